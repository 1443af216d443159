package io.github.webrtcsdk.sessions.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An in-memory fake of the Bandwidth WebRTC Sessions HTTP API, served on {@code 127.0.0.1} at an
 * ephemeral port, for testing code that calls the API without a network.
 *
 * <pre>{@code
 * try (FakeWebRtcServer fake = FakeWebRtcServer.builder().build().start()) {
 *   // Point the code under test at fake.baseUrl(), e.g. http://127.0.0.1:41234/v1, with
 *   // fake.accountId(), fake.username() and fake.password().
 *   assertEquals(1, fake.sessions().size());
 *   assertEquals(Collections.emptyList(), fake.validationReports());
 * }
 * }</pre>
 *
 * <p>In JUnit 5 tests, {@link FakeWebRtcExtension} starts, resets and closes it.
 *
 * <h2>Behaviour</h2>
 *
 * <p>The fake serves every operation of the API below {@code /v1/accounts/{accountId}} and keeps
 * sessions and participants until {@link #reset()} or {@link #close()}. It enforces the API's
 * rules:
 *
 * <ul>
 *   <li>Ids are random UUIDs; an unknown session or participant id answers 404, and so does a
 *       participant that is not in the session named by the path.
 *   <li>A session holds at most 20 participants: adding a 21st answers 400.
 *   <li>A participant is in at most one session: adding it to another answers 409. Adding it again
 *       to its own session answers 204 and sets its subscriptions from the body, as a first add
 *       would.
 *   <li>Tags longer than 50 characters answer 400.
 *   <li>Subscriptions: no body, {@code {}} or an empty {@code participants} list means no media; a
 *       non-empty {@code participants} list subscribes to exactly those participants, which must be
 *       members of the session (else 400), each listed once; a {@code sessionId} alone subscribes
 *       to the whole session, later members included. A {@code sessionId} other than the path's
 *       answers 400. An update replaces the subscriptions, never merges. Getting subscriptions
 *       answers them in the form they were set, with the path's {@code sessionId} filled in, or 204
 *       when there are none; {@link FakeParticipant#subscribedTo()} shows whom they resolve to.
 *   <li>Listing a session's participants answers 204 when it has none, as the spec allows.
 *   <li>A participant that leaves its session (removed, deleted, or the session deleted) loses its
 *       subscriptions, and the other members' explicit subscriptions to it are dropped too, since
 *       they may only name members.
 *   <li>Create-participant returns a token shaped like a JWT ({@code header.payload.signature},
 *       base64url, {@code HS256}) whose payload names the participant ({@code sub}) and
 *       account. Its signature uses a random key known to no one: it is not a real device token.
 *   <li>The fake sends no webhooks.
 * </ul>
 *
 * <p>Before any of that it answers as Bandwidth's API gateway would: 403 {@code {"message":
 * "Missing Authentication Token"}} for a path or method the API does not have; 401 {@code
 * {"message":"Unauthorized"}} without credentials or with wrong ones (HTTP Basic with {@link
 * #username()} and {@link #password()}, or {@code Authorization: Bearer} with one of {@link
 * #bearerTokens()}); 403 {@code {"message":"User is not authorized to access this resource"}} for
 * an account other than {@link #accountId()}, since the credentials belong to that account only.
 *
 * <h2>Spec validation</h2>
 *
 * <p>Each request that passes those gateway checks, and each response, is checked against {@code
 * webrtc-sessions.yaml} with Atlassian's swagger-request-validator; a request for an unknown path
 * is reported too. A request that does not match is answered 400 {@code {"error": "The request
 * does not match the API spec: ...", "requestId": "..."}} without touching any state. The
 * validator treats schemas as closed, so a property the spec does not define, such as a
 * misspelled one, fails validation too. Request and response failures are both kept as {@link
 * #validationReports()}, which {@link FakeWebRtcExtension} turns into a failed test. A test that
 * sends an invalid request on purpose asserts on the reports and then calls {@link
 * #clearValidationReports()}.
 *
 * <h2>Faults</h2>
 *
 * <p>{@link #failNext(Fault)} makes the next request fail instead, whatever it is, to test retries.
 * Faulted exchanges are counted but not validated, and change nothing.
 *
 * <h2>OAuth 2.0</h2>
 *
 * <p>The fake also serves an OAuth 2.0 client credentials token endpoint at {@link
 * #oauth2TokenUrl()}: {@code POST} with {@link #clientId()} and {@link #clientSecret()} as HTTP
 * Basic and the form body {@code grant_type=client_credentials} answers 200 {@code
 * {"access_token": "...", "token_type": "Bearer", "expires_in": 3600}}, and the API then accepts
 * {@code Authorization: Bearer} with that token until it expires. Wrong client credentials answer
 * 401 {@code {"error": "invalid_client"}}, a missing grant type 400 {@code {"error":
 * "invalid_request"}} and another one 400 {@code {"error": "unsupported_grant_type"}}. {@link
 * #tokenLifetime(Duration)} shortens the lifetime of the tokens issued next, and {@link
 * #failNextTokenRequest(Fault)} makes the next token request fail. Token requests are neither
 * counted in {@link #requestCount()} nor validated against the spec, and {@link #failNext(Fault)}
 * does not apply to them.
 *
 * <p>Thread safety: all methods may be called from any thread, and the fake serves concurrent
 * requests; each request sees and leaves a consistent state.
 */
public final class FakeWebRtcServer implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final String accountId;
  private final String username;
  private final String password;
  private final List<String> bearerTokens;
  private final String clientId;
  private final String clientSecret;
  private final FakeTokenEndpoint tokenEndpoint;
  private final FakeApi api;

  private HttpServer server;
  private ExecutorService executor;
  private boolean closed;

  private FakeWebRtcServer(Builder builder) {
    this.accountId = builder.accountId;
    this.username = builder.username;
    this.password = builder.password;
    this.bearerTokens = Collections.unmodifiableList(new ArrayList<>(builder.bearerTokens));
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.tokenEndpoint = new FakeTokenEndpoint(clientId, clientSecret);
    this.api = new FakeApi(
        accountId, username, password, bearerTokens, tokenEndpoint, SpecValidator.shared());
  }

  /**
   * Returns a builder with the default configuration: account {@code 9900000}, username {@code
   * fake-user}, password {@code fake-password}, bearer token {@code fake-access-token}, and OAuth
   * 2.0 client id {@code fake-client-id} with secret {@code fake-client-secret}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds an ephemeral port on {@code 127.0.0.1} and starts serving.
   *
   * @return this server, for chaining
   * @throws IllegalStateException if the server was already started or is closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized FakeWebRtcServer start() {
    if (closed) throw new IllegalStateException("closed");
    if (server != null) throw new IllegalStateException("already started");
    enableNoDelay();
    HttpServer created;
    try {
      created = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), 0), 128);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind " + HOST, e);
    }
    int port = created.getAddress().getPort();
    executor = Executors.newFixedThreadPool(8, new DaemonThreadFactory("FakeWebRtcServer-" + port));
    created.setExecutor(executor);
    created.createContext("/", api);
    created.start();
    server = created;
    return this;
  }

  /**
   * Turns on TCP_NODELAY for the JDK's HTTP server, unless the property is set already. Without it
   * Nagle's algorithm holds back each response body until the client acknowledges the headers,
   * which costs about 40 ms a request. The JDK reads the property once, when the first server
   * starts, and it affects every such server in the JVM, for which it is harmless.
   */
  private static void enableNoDelay() {
    try {
      if (System.getProperty(NO_DELAY_PROPERTY) == null) {
        System.setProperty(NO_DELAY_PROPERTY, "true");
      }
    } catch (SecurityException ignored) {
      // Slower, not broken.
    }
  }

  /**
   * Returns the base URL to configure the code under test with, the counterpart of {@code
   * https://api.webrtc.bandwidth.com/v1}: {@code http://127.0.0.1:PORT/v1}, without a trailing
   * slash.
   *
   * @return the base URL
   * @throws IllegalStateException if the server is not started
   */
  public synchronized String baseUrl() {
    return origin() + SpecValidator.BASE_PATH;
  }

  /**
   * Returns the URL of the fake's OAuth 2.0 token endpoint, the counterpart of Bandwidth's {@code
   * https://api.bandwidth.com/api/v1/oauth2/token}: {@code http://127.0.0.1:PORT/oauth2/token}.
   *
   * @return the token URL
   * @throws IllegalStateException if the server is not started
   */
  public synchronized String oauth2TokenUrl() {
    return origin() + FakeTokenEndpoint.PATH;
  }

  private String origin() {
    if (server == null || closed) throw new IllegalStateException("not started");
    return "http://" + HOST + ":" + server.getAddress().getPort();
  }

  /**
   * Returns the only account id the fake serves.
   *
   * @return the account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * Returns the username that HTTP Basic requests must send.
   *
   * @return the username
   */
  public String username() {
    return username;
  }

  /**
   * Returns the password that HTTP Basic requests must send.
   *
   * @return the password
   */
  public String password() {
    return password;
  }

  /**
   * Returns the OAuth 2.0 client id that token requests must send.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the OAuth 2.0 client secret that token requests must send.
   *
   * @return the client secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Sets how long the tokens issued from now on are accepted; by default an hour, and again after
   * {@link #reset()}. Their {@code expires_in} says so in whole seconds, rounded up. Tokens issued
   * before keep their lifetime.
   *
   * @param lifetime the lifetime; {@link Duration#ZERO} issues tokens that are already expired
   * @throws NullPointerException if {@code lifetime} is null
   * @throws IllegalArgumentException if {@code lifetime} is negative
   */
  public void tokenLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.isNegative()) {
      throw new IllegalArgumentException("lifetime is negative: " + lifetime);
    }
    tokenEndpoint.lifetime(lifetime);
  }

  /**
   * Makes the next token request fail with {@code fault}. Faults queue up, as with {@link
   * #failNext(Fault)}, but apart from it. A status fault without a body of its own sends the body
   * of a token endpoint: {@code {"error": "invalid_client"}} for 401, {@code "invalid_request"} for
   * 400, {@code "temporarily_unavailable"} for 429 and 503, {@code "server_error"} for other
   * errors, and {@code {}} (no token) for a 2xx.
   *
   * @param fault what to answer instead
   * @throws NullPointerException if {@code fault} is null
   */
  public void failNextTokenRequest(Fault fault) {
    tokenEndpoint.enqueue(Objects.requireNonNull(fault, "fault == null"));
  }

  /**
   * Returns how many token requests the fake received since it started or was last reset, refused
   * and faulted ones included.
   *
   * @return the count
   */
  public int tokenRequestCount() {
    return tokenEndpoint.requestCount();
  }

  /**
   * Returns the first accepted bearer token.
   *
   * @return the token
   * @throws IllegalStateException if bearer authentication was turned off
   */
  public String bearerToken() {
    if (bearerTokens.isEmpty()) throw new IllegalStateException("no bearer token is accepted");
    return bearerTokens.get(0);
  }

  /**
   * Returns every bearer token the fake accepts in {@code Authorization: Bearer}.
   *
   * @return the tokens, empty if bearer authentication is off
   */
  public List<String> bearerTokens() {
    return bearerTokens;
  }

  /**
   * Returns the sessions that exist now, in the order they were created.
   *
   * @return immutable snapshots
   */
  public List<FakeSession> sessions() {
    return api.state().sessionSnapshots();
  }

  /**
   * Returns the participants that exist now, in the order they were created.
   *
   * @return immutable snapshots
   */
  public List<FakeParticipant> participants() {
    return api.state().participantSnapshots();
  }

  /**
   * Returns how many requests the fake received since it started or was last reset, rejected and
   * faulted ones included.
   *
   * @return the count
   */
  public int requestCount() {
    return api.requestCount();
  }

  /**
   * Returns the requests and responses that did not match the spec, oldest first.
   *
   * @return an immutable copy; empty when every exchange matched
   */
  public List<ValidationReport> validationReports() {
    return api.validationReports();
  }

  /** Forgets the validation reports, for a test that sent invalid requests on purpose. */
  public void clearValidationReports() {
    api.clearValidationReports();
  }

  /**
   * Makes the next request fail with {@code statusCode} and the body the API would send for it.
   *
   * @param statusCode an HTTP status from 200 to 599
   * @see Fault#status(int)
   */
  public void failNext(int statusCode) {
    failNext(Fault.status(statusCode));
  }

  /**
   * Makes the next request fail with {@code fault}. Faults queue up: calling this twice makes the
   * next two requests fail, in order.
   *
   * @param fault what to answer instead
   */
  public void failNext(Fault fault) {
    api.enqueue(Objects.requireNonNull(fault, "fault == null"));
  }

  /**
   * Deletes every session and participant, forgets the request counts, the validation reports and
   * the pending faults, and restores the default token lifetime. The port, the credentials and the
   * tokens issued stay.
   */
  public void reset() {
    api.reset();
  }

  /** Replaces each response before it is validated and sent; for tests of the fake itself. */
  void setResponseInterceptor(UnaryOperator<Reply> interceptor) {
    api.setResponseInterceptor(Objects.requireNonNull(interceptor, "interceptor == null"));
  }

  /** Stops serving and releases the port. Closing again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    if (server == null) return;
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized String toString() {
    String state = closed ? "closed" : server == null ? "not started" : baseUrl();
    return "FakeWebRtcServer{" + state + ", accountId=" + accountId + "}";
  }

  /**
   * Configures a {@link FakeWebRtcServer}. Each {@link #build()} returns a new, unstarted server,
   * so one builder can serve many tests.
   */
  public static final class Builder {
    private String accountId = "9900000";
    private String username = "fake-user";
    private String password = "fake-password";
    private List<String> bearerTokens = Collections.singletonList("fake-access-token");
    private String clientId = "fake-client-id";
    private String clientSecret = "fake-client-secret";

    private Builder() {}

    /**
     * Sets the account id the fake serves; requests for any other account answer 403.
     *
     * @param accountId a non-empty id without {@code /}
     * @return this builder
     */
    public Builder accountId(String accountId) {
      Objects.requireNonNull(accountId, "accountId == null");
      if (accountId.isEmpty()) throw new IllegalArgumentException("accountId is empty");
      if (accountId.indexOf('/') != -1) {
        throw new IllegalArgumentException("accountId contains '/': " + accountId);
      }
      this.accountId = accountId;
      return this;
    }

    /**
     * Sets the credentials HTTP Basic requests must send.
     *
     * @param username a username without {@code :}, as HTTP Basic requires
     * @param password the password
     * @return this builder
     */
    public Builder basicCredentials(String username, String password) {
      String checked = basicUser(username, "username");
      this.password = Objects.requireNonNull(password, "password == null");
      this.username = checked;
      return this;
    }

    /** Returns {@code user}, checked as the user part of HTTP Basic credentials. */
    private static String basicUser(String user, String name) {
      Objects.requireNonNull(user, name + " == null");
      if (user.indexOf(':') != -1) {
        throw new IllegalArgumentException(name + " contains ':': " + user);
      }
      return user;
    }

    /**
     * Sets the OAuth 2.0 client credentials that token requests must send.
     *
     * @param clientId a client id without {@code :}, as HTTP Basic requires
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder oauth2Client(String clientId, String clientSecret) {
      String checked = basicUser(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      this.clientId = checked;
      return this;
    }

    /**
     * Sets the fixed tokens accepted in {@code Authorization: Bearer}, replacing the default one.
     * No tokens turns them off; tokens issued by the fake's OAuth 2.0 token endpoint are still
     * accepted.
     *
     * @param tokens the accepted tokens
     * @return this builder
     */
    public Builder bearerTokens(String... tokens) {
      Objects.requireNonNull(tokens, "tokens == null");
      List<String> list = new ArrayList<>(Arrays.asList(tokens));
      for (String token : list) {
        Objects.requireNonNull(token, "tokens contains null");
        if (token.trim().isEmpty()) throw new IllegalArgumentException("tokens contains a blank");
      }
      this.bearerTokens = list;
      return this;
    }

    /**
     * Returns a new, unstarted server with this configuration. Parsing the spec happens once per
     * JVM, on the first call.
     *
     * @return the server; call {@link FakeWebRtcServer#start()} on it
     */
    public FakeWebRtcServer build() {
      return new FakeWebRtcServer(this);
    }
  }

  private static final class DaemonThreadFactory implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreadFactory(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      // Daemon: a test that forgets close() must not keep the JVM alive.
      thread.setDaemon(true);
      return thread;
    }
  }
}
