package io.github.webrtcsdk.sessions.testing;

import com.sun.net.httpserver.Headers;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth 2.0 client credentials token endpoint, as Bandwidth's is called: {@code POST} with the
 * client id and secret as HTTP Basic and the form body {@code grant_type=client_credentials},
 * answered with {@code {"access_token", "token_type": "Bearer", "expires_in"}}. It remembers the
 * tokens it issued until they expire, so that the API accepts them.
 *
 * <p>Thread safe: the HTTP server calls it from several threads at once.
 */
final class FakeTokenEndpoint {
  static final String PATH = "/oauth2/token";
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] clientCredentials;
  private final SecureRandom random = new SecureRandom();
  /** Issued tokens and the {@link System#nanoTime()} at which each expires. */
  private final Map<String, Long> issued = new ConcurrentHashMap<>();
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private volatile Duration lifetime = DEFAULT_LIFETIME;

  FakeTokenEndpoint(String clientId, String clientSecret) {
    this.clientCredentials = (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8);
  }

  void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  void enqueue(Fault fault) {
    faults.add(fault);
  }

  int requestCount() {
    return requestCount.get();
  }

  /** Forgets the faults and the count, and restores the default lifetime; tokens stay valid. */
  void reset() {
    faults.clear();
    requestCount.set(0);
    lifetime = DEFAULT_LIFETIME;
  }

  /** Whether {@code token} was issued here and has not expired. */
  boolean accepts(String token) {
    Long expiresAt = issued.get(token);
    if (expiresAt == null) return false;
    if (System.nanoTime() - expiresAt < 0) return true;
    issued.remove(token);
    return false;
  }

  /** Answers a token request; null for a disconnect fault. */
  Reply answer(String method, Headers headers, String body) {
    requestCount.incrementAndGet();
    Fault fault = faults.poll();
    if (fault != null) {
      return fault.isDisconnect() ? null : faultReply(fault);
    }
    if (!method.equals("POST")) {
      Map<String, String> allow = Collections.singletonMap("Allow", "POST");
      return new Reply(405, allow, Json.write(error("invalid_request")));
    }
    if (!authenticated(headers.getFirst("Authorization"))) {
      // RFC 6749 5.2: a client that sent HTTP Basic is told which scheme to use.
      Map<String, String> challenge =
          Collections.singletonMap("WWW-Authenticate", "Basic realm=\"fake\"");
      return new Reply(401, challenge, Json.write(error("invalid_client")));
    }
    String grantType = formValue(body, "grant_type");
    if (grantType == null) return Reply.json(400, error("invalid_request"));
    if (!grantType.equals("client_credentials")) {
      return Reply.json(400, error("unsupported_grant_type"));
    }
    return issue();
  }

  private Reply issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = "fake-oauth2-" + BASE64URL.encodeToString(bytes);
    Duration tokenLifetime = lifetime;
    issued.put(token, System.nanoTime() + tokenLifetime.toNanos());
    dropExpired();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("access_token", token);
    json.put("token_type", "Bearer");
    // Whole seconds, rounded up: a lifetime under a second still says 1.
    json.put("expires_in", (tokenLifetime.toMillis() + 999) / 1000);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cache-Control", "no-store");
    headers.put("Pragma", "no-cache");
    return new Reply(200, headers, Json.write(json));
  }

  private void dropExpired() {
    long now = System.nanoTime();
    for (Iterator<Long> expiries = issued.values().iterator(); expiries.hasNext(); ) {
      if (now - expiries.next() >= 0) expiries.remove();
    }
  }

  private boolean authenticated(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      byte[] decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
      return MessageDigest.isEqual(decoded, clientCredentials);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The first value of {@code name} in a form body, or null. */
  private static String formValue(String body, String name) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (key.equals(name)) return equals < 0 ? "" : decode(pair.substring(equals + 1));
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, "UTF-8");
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return text;
    }
  }

  /** A fault's reply; without a body of its own, the error body a token endpoint sends. */
  private static Reply faultReply(Fault fault) {
    int status = fault.statusCode();
    String body = fault.body();
    if (body == null && status < 300) {
      body = "{}"; // A success without a token.
    } else if (body == null) {
      String code = status == 400 ? "invalid_request"
          : status == 401 ? "invalid_client"
          : status == 429 || status == 503 ? "temporarily_unavailable"
          : "server_error";
      body = Json.write(error(code));
    }
    return new Reply(status, fault.headers(), body);
  }

  private static Map<String, Object> error(String code) {
    return Collections.singletonMap("error", code);
  }
}
