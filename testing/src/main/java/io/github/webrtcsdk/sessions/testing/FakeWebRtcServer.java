package io.github.webrtcsdk.sessions.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
  private final FakeApi api;

  private HttpServer server;
  private ExecutorService executor;
  private boolean closed;

  private FakeWebRtcServer(Builder builder) {
    this.accountId = builder.accountId;
    this.username = builder.username;
    this.password = builder.password;
    this.bearerTokens = Collections.unmodifiableList(new ArrayList<>(builder.bearerTokens));
    this.api = new FakeApi(accountId, username, password, bearerTokens, SpecValidator.shared());
  }

  /**
   * Returns a builder with the default configuration: account {@code 9900000}, username {@code
   * fake-user}, password {@code fake-password} and bearer token {@code fake-access-token}.
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
    if (server == null || closed) throw new IllegalStateException("not started");
    return "http://" + HOST + ":" + server.getAddress().getPort() + SpecValidator.BASE_PATH;
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
   * Deletes every session and participant, and forgets the request count, the validation reports
   * and the pending faults. The port and the credentials stay.
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
      Objects.requireNonNull(username, "username == null");
      Objects.requireNonNull(password, "password == null");
      if (username.indexOf(':') != -1) {
        throw new IllegalArgumentException("username contains ':': " + username);
      }
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Sets the tokens accepted in {@code Authorization: Bearer}, replacing the default one. No
     * tokens turns bearer authentication off.
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
