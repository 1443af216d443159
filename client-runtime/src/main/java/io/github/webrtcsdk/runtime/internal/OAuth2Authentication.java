package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonReader;
import io.github.webrtcsdk.runtime.AuthenticationException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 client credentials: a bearer token, fetched when first needed and kept until shortly
 * before it expires.
 *
 * <p>The token request is {@code POST tokenUrl} with the client id and secret as HTTP Basic and
 * the form body {@code grant_type=client_credentials}; the answer is JSON with
 * {@code access_token}, and optionally {@code expires_in} (seconds) and {@code token_type}
 * ({@code Bearer}). The token is renewed {@code min(60 s, lifetime / 2)} before it expires; while
 * one call renews it, the others go on with the current token, and if the renewal fails they all
 * do until it expires, trying again every {@value #RENEWAL_RETRY_SECONDS} s. After a 401 from the
 * API the token is replaced, at most once per {@value #FORCED_REFRESH_INTERVAL_SECONDS} s: an API
 * that refuses every token (a missing role) costs one token request per interval, not one per
 * call.
 *
 * <p>One thread fetches while the others that need a token wait for that same fetch, and share its
 * result or its failure: a burst of calls makes one token request. The token requests go through
 * their own OkHttp client (see {@code tokenHttp}) with their own timeouts, without redirects and
 * without the caller's interceptors. Thread safe.
 */
public final class OAuth2Authentication extends Authentication {

  private static final long MAX_EXPIRY_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(60);
  static final long RENEWAL_RETRY_SECONDS = 10;
  static final long FORCED_REFRESH_INTERVAL_SECONDS = 60;
  private static final long MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
  private static final RequestBody GRANT =
      new FormBody.Builder().add("grant_type", "client_credentials").build();

  private final HttpUrl tokenUrl;
  private final String clientAuthorization;
  private final String clientSecret;
  private final Call.Factory tokenHttp;
  private final Sleeper clock;
  private final Redaction redaction;

  private final Object lock = new Object();
  // Guarded by lock.
  private @Nullable Token token;
  // Guarded by lock: the fetch in progress, which threads that need a token wait for.
  private @Nullable CompletableFuture<Token> fetching;
  // Guarded by lock: when a 401 last replaced the token, if one has.
  private boolean forcedRefresh;
  private long forcedRefreshAt;

  public OAuth2Authentication(
      List<HttpUrl> origins,
      HttpUrl tokenUrl,
      String clientId,
      String clientSecret,
      Call.Factory tokenHttp,
      Sleeper clock,
      Redaction redaction) {
    super(origins);
    this.tokenUrl = tokenUrl;
    this.clientAuthorization = Credentials.basic(clientId, clientSecret, StandardCharsets.UTF_8);
    this.clientSecret = clientSecret;
    this.tokenHttp = tokenHttp;
    this.clock = clock;
    this.redaction = redaction;
  }

  @Override
  public String authorization() throws IOException {
    CompletableFuture<Token> flight;
    boolean fetcher = false;
    // A token due for renewal but not yet expired: used if the renewal is elsewhere, or fails.
    Token current;
    synchronized (lock) {
      long now = clock.nanoTime();
      if (token != null && !token.needsRefresh(now)) {
        return token.authorization;
      }
      current = token != null && token.isValid(now) ? token : null;
      if (fetching == null) {
        fetching = new CompletableFuture<>();
        fetcher = true;
      } else if (current != null) {
        return current.authorization;
      }
      flight = fetching;
    }
    if (fetcher) {
      Token fetched = null;
      Throwable failure = null;
      try {
        fetched = fetch();
      } catch (Throwable t) {
        failure = t;
      }
      synchronized (lock) {
        fetching = null;
        if (fetched != null) {
          token = fetched;
        } else if (current != null && token == current) {
          token = current.renewLater(clock.nanoTime());
        }
      }
      if (fetched != null) {
        flight.complete(fetched);
      } else {
        flight.completeExceptionally(failure);
        if (current != null) {
          return current.authorization; // Renewal failed early enough: this token still works.
        }
      }
    }
    try {
      return flight.get().authorization;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for an access token");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TokenException) {
        // A copy for each waiter: the same instance must not be thrown on several threads.
        throw new TokenException((TokenException) cause);
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
    }
  }

  @Override
  public boolean refreshAfterUnauthorized(@Nullable String used) {
    if (used == null) {
      return false;
    }
    synchronized (lock) {
      // Only the token that was refused: another thread may already hold a newer one.
      if (token != null && token.authorization.equals(used)) {
        long now = clock.nanoTime();
        if (forcedRefresh
            && now - forcedRefreshAt < TimeUnit.SECONDS.toNanos(FORCED_REFRESH_INTERVAL_SECONDS)) {
          return false; // The last new token was refused too: another would be, at a cost to all.
        }
        forcedRefresh = true;
        forcedRefreshAt = now;
        token = null;
      }
    }
    return true;
  }

  @Override
  public String scheme() {
    return "OAuth 2.0 client credentials";
  }

  private Token fetch() throws TokenException {
    long sentAt = clock.nanoTime();
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .header("Authorization", clientAuthorization)
            .header("Accept", "application/json")
            .post(GRANT)
            .build();
    try (Response response = tokenHttp.newCall(request).execute()) {
      int status = response.code();
      Headers headers = response.headers();
      String body = response.peekBody(MAX_TOKEN_RESPONSE_BYTES).string();
      String kept = redaction.scrub(body, Collections.singletonList(clientSecret));
      if (status < 200 || status > 299) {
        throw new TokenException("HTTP " + status + oauthError(body), status, headers, kept, null);
      }
      return parse(body, status, headers, kept, sentAt);
    } catch (TokenException e) {
      throw e;
    } catch (IOException e) {
      String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      throw new TokenException(detail, 0, Headers.of(), "", e);
    }
  }

  private Token parse(String body, int status, Headers headers, String kept, long sentAt)
      throws TokenException {
    if (body.trim().isEmpty()) {
      throw new TokenException("the response body is empty", status, headers, kept, null);
    }
    Object value;
    try {
      JsonReader reader = JsonNumberLimit.reader(body);
      value = JsonValues.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        value = null;
      }
    } catch (IOException | RuntimeException e) {
      value = null;
    }
    if (!(value instanceof Map)) {
      throw new TokenException("the response is not a JSON object", status, headers, kept, null);
    }
    Map<?, ?> json = (Map<?, ?>) value;
    Object accessToken = json.get("access_token");
    if (!(accessToken instanceof String) || ((String) accessToken).trim().isEmpty()) {
      throw new TokenException("the response has no access_token", status, headers, kept, null);
    }
    if (!isToken68((String) accessToken)) {
      throw new TokenException(
          "the access_token has characters a header cannot carry", status, headers, kept, null);
    }
    Object tokenType = json.get("token_type");
    if (tokenType != null && !"bearer".equals(tokenType.toString().toLowerCase(Locale.ROOT))) {
      throw new TokenException(
          "token_type " + quote(tokenType) + " is not supported, only Bearer",
          status,
          headers,
          kept,
          null);
    }
    Object expiresIn = json.get("expires_in");
    long lifetimeNanos = -1;
    if (expiresIn != null) {
      BigDecimal seconds;
      try {
        seconds = new BigDecimal(expiresIn.toString().trim());
      } catch (NumberFormatException e) {
        seconds = null;
      }
      if (seconds == null
          || seconds.signum() <= 0
          || seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        throw new TokenException(
            "expires_in is not a positive number of seconds", status, headers, kept, null);
      }
      lifetimeNanos = seconds.movePointRight(9).longValue();
    }
    return new Token("Bearer " + accessToken, sentAt, lifetimeNanos);
  }

  /** {@code " (invalid_client)"} for an OAuth error body, else empty: the code, not the text. */
  private static String oauthError(String body) {
    try {
      Object value = JsonValues.read(JsonNumberLimit.reader(body));
      if (value instanceof Map) {
        Object error = ((Map<?, ?>) value).get("error");
        if (error instanceof String && ((String) error).matches("[A-Za-z0-9_.\\-]{1,64}")) {
          return " (" + error + ")";
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON: the status alone.
    }
    return "";
  }

  private static String quote(Object value) {
    String text = value.toString();
    return "\"" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "\"";
  }

  /** The characters of RFC 6750's b64token, so that the header value is valid. */
  private static boolean isToken68(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || Arrays.asList('-', '.', '_', '~', '+', '/', '=').contains(c);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A fetched token, when to renew it and when it expires. */
  private static final class Token {
    final String authorization;
    final boolean expires;
    final long refreshAt;
    final long expiresAt;

    Token(String authorization, long sentAt, long lifetimeNanos) {
      this(
          authorization,
          lifetimeNanos >= 0,
          sentAt + lifetimeNanos - Math.min(MAX_EXPIRY_MARGIN_NANOS, lifetimeNanos / 2),
          sentAt + lifetimeNanos);
    }

    private Token(String authorization, boolean expires, long refreshAt, long expiresAt) {
      this.authorization = authorization;
      this.expires = expires;
      this.refreshAt = refreshAt;
      this.expiresAt = expiresAt;
    }

    boolean needsRefresh(long now) {
      return expires && now - refreshAt >= 0;
    }

    boolean isValid(long now) {
      return !expires || now - expiresAt < 0;
    }

    /** This token, to be renewed again a little later, and by its expiry at the latest. */
    Token renewLater(long now) {
      long retryAt = now + TimeUnit.SECONDS.toNanos(RENEWAL_RETRY_SECONDS);
      long refreshAt = retryAt - expiresAt < 0 ? retryAt : expiresAt;
      return new Token(authorization, expires, refreshAt, expiresAt);
    }
  }

  /**
   * The token request failed: thrown from the interceptor as an {@link IOException}, as OkHttp
   * requires, and turned into an {@link AuthenticationException} by {@link CallExecutor}.
   */
  public static final class TokenException extends IOException {
    private static final long serialVersionUID = 1L;

    final int statusCode;
    final transient Headers headers;
    final String rawBody;

    TokenException(
        String detail,
        int statusCode,
        Headers headers,
        String rawBody,
        @Nullable Throwable cause) {
      super(detail, cause);
      this.statusCode = statusCode;
      this.headers = headers;
      this.rawBody = rawBody;
    }

    TokenException(TokenException original) {
      this(
          original.getMessage(),
          original.statusCode,
          original.headers,
          original.rawBody,
          original.getCause());
    }

    AuthenticationException toAuthenticationException(int attempts) {
      return new AuthenticationException(
          String.valueOf(getMessage()), statusCode, headers, rawBody, getCause(), attempts);
    }
  }
}
