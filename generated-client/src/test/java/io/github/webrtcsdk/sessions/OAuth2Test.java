package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.body;
import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.AuthenticationException;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import io.github.webrtcsdk.sessions.model.Session;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth 2.0 client credentials: fetching, caching, refreshing, and every way it can fail. */
final class OAuth2Test {
  private static final String CLIENT_ID = "client-1";
  private static final String CLIENT_SECRET = "s3cr3t-Shh";

  /** {@code Basic base64("client-1:s3cr3t-Shh")}. */
  private static final String CLIENT_AUTHORIZATION = "Basic Y2xpZW50LTE6czNjcjN0LVNoaA==";

  private static final String SESSION_JSON = "{\"id\":\"s1\"}";
  private static final Session SESSION = Session.builder().id("s1").build();

  private final MockWebServer api = new MockWebServer();
  private final MockWebServer tokens = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    api.start();
    tokens.start();
    TestServers.failFast(api);
    TestServers.failFast(tokens);
    client = builder().build();
  }

  @AfterEach
  void tearDown() {
    api.close();
    tokens.close();
  }

  private WebRtcClient.Builder builder() {
    return WebRtcClient.builder()
        .accountId(TestServers.ACCOUNT_ID)
        .oauth2(CLIENT_ID, CLIENT_SECRET)
        .oauth2TokenUrl(tokens.url("/api/v1/oauth2/token"))
        .baseUrl(api.url("/v1/"))
        .sleeper(sleeper);
  }

  private static MockResponse token(String accessToken, long expiresIn) {
    return json(
        200,
        "{\"access_token\":\""
            + accessToken
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresIn
            + "}");
  }

  @Test
  void tokenIsFetchedWhenFirstNeededAndReused() throws Exception {
    tokens.enqueue(token("tok-A", 3600));
    api.enqueue(json(200, SESSION_JSON));
    api.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));
    assertEquals(SESSION, client.sessions().getSession("s1"));

    RecordedRequest tokenRequest = tokens.takeRequest();
    assertEquals("POST", tokenRequest.getMethod());
    assertEquals("/api/v1/oauth2/token", tokenRequest.getTarget());
    assertEquals(CLIENT_AUTHORIZATION, tokenRequest.getHeaders().get("Authorization"));
    assertEquals("application/json", tokenRequest.getHeaders().get("Accept"));
    assertEquals(
        "application/x-www-form-urlencoded", tokenRequest.getHeaders().get("Content-Type"));
    assertEquals("grant_type=client_credentials", body(tokenRequest));
    assertEquals(1, tokens.getRequestCount());
    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void unauthorizedRefreshesTheTokenOnceAndRetries() throws Exception {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(token("tok-B", 3600));
    api.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    api.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));

    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer tok-B", api.takeRequest().getHeaders().get("Authorization"));
    assertEquals(2, tokens.getRequestCount());
    assertEquals(0, sleeper.waits().size(), "a refused token is replaced at once");
  }

  @Test
  void unauthorizedRefreshAlsoRetriesAPost() throws Exception {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(token("tok-B", 3600));
    api.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    api.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().createSession(SESSION));

    assertEquals(2, api.getRequestCount());
  }

  @Test
  void secondUnauthorizedAfterRefreshFails() {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(token("tok-B", 3600));
    api.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    api.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.sessions().getSession("s1"));

    assertEquals(2, e.attempts());
    assertEquals("HTTP 401: Unauthorized after 2 attempts", e.getMessage());
    assertEquals(2, tokens.getRequestCount());
    assertEquals(2, api.getRequestCount());
  }

  @Test
  void persistentUnauthorizedReplacesTheTokenOncePerInterval() {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(token("tok-B", 3600));
    tokens.enqueue(token("tok-C", 3600));
    for (int i = 0; i < 13; i++) {
      api.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    }

    assertEquals(2, assertThrows(UnauthorizedException.class, this::getSession).attempts());
    for (int i = 0; i < 9; i++) {
      UnauthorizedException e = assertThrows(UnauthorizedException.class, this::getSession);
      assertEquals("HTTP 401: Unauthorized", e.getMessage());
    }
    assertEquals(2, tokens.getRequestCount(), "the new token was refused too: kept");
    assertEquals(11, api.getRequestCount());

    sleeper.advance(Duration.ofSeconds(60));
    assertEquals(2, assertThrows(UnauthorizedException.class, this::getSession).attempts());
    assertEquals(3, tokens.getRequestCount(), "a minute later, one more try");
  }

  private Session getSession() {
    return client.sessions().getSession("s1");
  }

  @Test
  void failedRenewalKeepsTheTokenUntilItExpires() throws Exception {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(json(503, "{}"));
    tokens.enqueue(token("tok-B", 3600));
    for (int i = 0; i < 4; i++) {
      api.enqueue(json(200, SESSION_JSON));
    }

    getSession();
    sleeper.advance(Duration.ofSeconds(3545)); // Due for renewal, 55 s before expiry.
    assertEquals(SESSION, getSession());
    assertEquals(SESSION, getSession());
    assertEquals(2, tokens.getRequestCount(), "the failed renewal waits before it tries again");
    sleeper.advance(Duration.ofSeconds(10));
    assertEquals(SESSION, getSession());

    assertEquals(3, tokens.getRequestCount());
    for (String expected : new String[] {"tok-A", "tok-A", "tok-A", "tok-B"}) {
      assertEquals("Bearer " + expected, api.takeRequest().getHeaders().get("Authorization"));
    }
  }

  @Test
  void failedRenewalAfterExpiryFailsTheCall() {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(json(403, "{\"error\":\"unauthorized_client\"}"));
    api.enqueue(json(200, SESSION_JSON));

    getSession();
    sleeper.advance(Duration.ofSeconds(3600));
    AuthenticationException e = assertThrows(AuthenticationException.class, this::getSession);

    assertEquals(403, e.statusCode());
    assertEquals(1, api.getRequestCount());
  }

  @Test
  void tokenIsRenewedAMinuteBeforeItExpires() throws Exception {
    tokens.enqueue(token("tok-A", 3600));
    tokens.enqueue(token("tok-B", 3600));
    for (int i = 0; i < 3; i++) {
      api.enqueue(json(200, SESSION_JSON));
    }

    client.sessions().getSession("s1");
    sleeper.advance(Duration.ofSeconds(3535));
    client.sessions().getSession("s1");
    sleeper.advance(Duration.ofSeconds(5));
    client.sessions().getSession("s1");

    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer tok-B", api.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void shortLivedTokenIsRenewedAtHalfItsLifetime() throws Exception {
    tokens.enqueue(token("tok-A", 20));
    tokens.enqueue(token("tok-B", 20));
    api.enqueue(json(200, SESSION_JSON));
    api.enqueue(json(200, SESSION_JSON));

    client.sessions().getSession("s1");
    sleeper.advance(Duration.ofSeconds(10));
    client.sessions().getSession("s1");

    assertEquals(2, tokens.getRequestCount());
  }

  @Test
  void tokenEndpointDownFailsAfterRetries() throws Exception {
    tokens.close();
    WebRtcClient down = builder().build();

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> down.sessions().getSession("s1"));

    assertEquals(3, e.attempts());
    assertEquals(0, e.statusCode());
    assertEquals("", e.rawBody());
    assertTrue(e.getCause() instanceof ConnectException, String.valueOf(e.getCause()));
    assertTrue(
        e.getMessage().startsWith("Could not get an OAuth 2.0 access token after 3 attempts: "),
        e.getMessage());
    assertEquals(0, api.getRequestCount(), "no API request without a token");
  }

  @Test
  void tokenEndpointRefusalIsNotRetried() {
    String refusal = "{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}";
    tokens.enqueue(json(401, refusal));

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> client.sessions().getSession("s1"));

    assertEquals(
        "Could not get an OAuth 2.0 access token: HTTP 401 (invalid_client)", e.getMessage());
    assertEquals(401, e.statusCode());
    assertEquals(refusal, e.rawBody());
    assertEquals("req-401", e.headers().get("X-Request-Id"));
    assertEquals(1, e.attempts());
    assertNull(e.getCause());
    assertEquals(1, tokens.getRequestCount());
  }

  @Test
  void tokenEndpointServerErrorIsRetried() throws Exception {
    tokens.enqueue(new MockResponse.Builder().code(503).body("<html>down</html>").build());
    tokens.enqueue(token("tok-A", 3600));
    api.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));

    assertEquals(2, tokens.getRequestCount());
    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void tokenEndpointServerErrorUntilRetriesRunOut() {
    for (int i = 0; i < 3; i++) {
      tokens.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    }

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> client.sessions().getSession("s1"));

    assertEquals(
        "Could not get an OAuth 2.0 access token after 3 attempts: HTTP 500", e.getMessage());
    assertEquals("<html>oops</html>", e.rawBody());
    assertEquals(500, e.statusCode());
  }

  @Test
  void tokenResponseWithEmptyBody() {
    tokens.enqueue(new MockResponse.Builder().code(200).build());

    assertTokenFailure("the response body is empty", "");
  }

  @Test
  void tokenResponseThatIsNotJson() {
    tokens.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html>login</html>")
            .build());

    assertTokenFailure("the response is not a JSON object", "<html>login</html>");
  }

  @Test
  void tokenResponseWithoutAccessToken() {
    tokens.enqueue(json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600}"));

    assertTokenFailure(
        "the response has no access_token", "{\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  @Test
  void tokenResponseWithUnsupportedTokenTypeHidesTheToken() {
    tokens.enqueue(json(200, "{\"access_token\":\"tok-MAC\",\"token_type\":\"mac\"}"));

    assertTokenFailure(
        "token_type \"mac\" is not supported, only Bearer",
        "{\"access_token\":\"***\",\"token_type\":\"mac\"}");
  }

  @Test
  void tokenResponseWithBadExpiresIn() {
    tokens.enqueue(json(200, "{\"access_token\":\"tok-A\",\"expires_in\":\"soon\"}"));

    assertTokenFailure(
        "expires_in is not a positive number of seconds",
        "{\"access_token\":\"***\",\"expires_in\":\"soon\"}");
  }

  @Test
  void tokenSpeltWithJsonEscapesIsHidden() {
    tokens.enqueue(
        json(
            200,
            "{\"\\u0069d_token\":\"id-A\",\"access_token\":\"tok\\u002dA\","
                + "\"expires_in\":\"soon\"}"));

    assertTokenFailure(
        "expires_in is not a positive number of seconds",
        "{\"\\u0069d_token\":\"***\",\"access_token\":\"***\",\"expires_in\":\"soon\"}");
  }

  private void assertTokenFailure(String detail, String rawBody) {
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> client.sessions().getSession("s1"));

    assertEquals("Could not get an OAuth 2.0 access token: " + detail, e.getMessage());
    assertEquals(200, e.statusCode());
    assertEquals(rawBody, e.rawBody());
    assertEquals(1, e.attempts());
    assertEquals(0, api.getRequestCount());
  }

  @Test
  void slowTokenEndpointTimesOut() {
    tokens.enqueue(token("tok-A", 3600).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
    WebRtcClient impatient = builder().readTimeout(Duration.ofMillis(200)).maxRetries(0).build();
    long start = System.nanoTime();

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> impatient.sessions().getSession("s1"));

    assertEquals(SocketTimeoutException.class, e.getCause().getClass());
    assertEquals(
        "Could not get an OAuth 2.0 access token: " + e.getCause().getMessage(), e.getMessage());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "did not wait 5 s");
  }

  @Test
  void tokenEndpointRedirectIsNotFollowed() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      tokens.enqueue(
          new MockResponse.Builder()
              .code(307)
              .addHeader("Location", elsewhere.url("/steal"))
              .build());

      AuthenticationException e =
          assertThrows(AuthenticationException.class, () -> client.sessions().getSession("s1"));

      assertEquals("Could not get an OAuth 2.0 access token: HTTP 307", e.getMessage());
      assertEquals(0, elsewhere.getRequestCount());
    }
  }

  @Test
  void secretEchoedByTheTokenEndpointIsHidden() {
    tokens.enqueue(
        json(
            400,
            "{\"error\":\"invalid_request\",\"error_description\":\"secret "
                + CLIENT_SECRET
                + " rejected\",\"client_secret\":\""
                + CLIENT_SECRET
                + "\"}"));

    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> client.sessions().getSession("s1"));

    assertEquals(
        "{\"error\":\"invalid_request\",\"error_description\":\"secret *** rejected\","
            + "\"client_secret\":\"***\"}",
        e.rawBody());
    assertEquals(
        "Could not get an OAuth 2.0 access token: HTTP 400 (invalid_request)", e.getMessage());
    assertFalse(e.toString().contains(CLIENT_SECRET));
  }

  @Test
  void fiftyConcurrentCallsShareOneTokenFetch() throws Exception {
    List<String> authorizations = new ArrayList<>();
    api.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            synchronized (authorizations) {
              authorizations.add(request.getHeaders().get("Authorization"));
            }
            return json(200, SESSION_JSON);
          }
        });
    tokens.enqueue(
        token("tok-A", 3600).newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build());

    List<Session> results = concurrently(50, () -> client.sessions().getSession("s1"));

    assertEquals(50, results.size());
    results.forEach(session -> assertEquals(SESSION, session));
    assertEquals(1, tokens.getRequestCount());
    assertEquals(50, authorizations.size());
    authorizations.forEach(value -> assertEquals("Bearer tok-A", value));
  }

  @Test
  void fiftyConcurrentCallsShareOneTokenFailure() throws Exception {
    tokens.enqueue(
        json(400, "{\"error\":\"invalid_client\"}")
            .newBuilder()
            .headersDelay(300, TimeUnit.MILLISECONDS)
            .build());

    List<Object> outcomes =
        concurrently(
            50,
            () -> {
              try {
                return client.sessions().getSession("s1");
              } catch (AuthenticationException e) {
                return e;
              }
            });

    assertEquals(1, tokens.getRequestCount());
    for (Object outcome : outcomes) {
      AuthenticationException e = (AuthenticationException) outcome;
      assertEquals(400, e.statusCode());
      assertEquals(1, e.attempts());
    }
  }

  @Test
  void asyncCallsGetTheirTokenToo() throws Exception {
    tokens.enqueue(token("tok-A", 3600));
    api.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    tokens.enqueue(token("tok-B", 3600));
    api.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS));

    assertEquals("Bearer tok-A", api.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer tok-B", api.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void asyncTokenFailureCompletesTheFuture() {
    tokens.enqueue(json(403, "{\"error\":\"unauthorized_client\"}"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.participants().getParticipantAsync("p1").get(5, TimeUnit.SECONDS));

    assertEquals(
        "Could not get an OAuth 2.0 access token: HTTP 403 (unauthorized_client)",
        e.getCause().getMessage());
  }

  @Test
  void defaultTokenUrlIsBandwidths() {
    assertEquals(
        "https://api.bandwidth.com/api/v1/oauth2/token", WebRtcClient.DEFAULT_OAUTH2_TOKEN_URL);
  }

  @Test
  void builderChecksOAuth2Settings() {
    assertEquals(
        "oauth2 and basicAuth are set; choose one way of authenticating",
        assertThrows(
                IllegalStateException.class,
                () ->
                    WebRtcClient.builder()
                        .accountId("1")
                        .basicAuth("u", "p")
                        .oauth2("id", "secret")
                        .build())
            .getMessage());
    assertEquals(
        "oauth2TokenUrl is set without oauth2",
        assertThrows(
                IllegalStateException.class,
                () ->
                    WebRtcClient.builder()
                        .accountId("1")
                        .basicAuth("u", "p")
                        .oauth2TokenUrl("https://example.com/token")
                        .build())
            .getMessage());
    assertEquals(
        "clientSecret == null",
        assertThrows(NullPointerException.class, () -> WebRtcClient.builder().oauth2("id", null))
            .getMessage());
    assertEquals(
        "tokenUrl is not an http or https URL",
        assertThrows(
                IllegalArgumentException.class,
                () -> WebRtcClient.builder().oauth2TokenUrl("ftp://user:pw@host/"))
            .getMessage());
  }

  @Test
  void toStringNamesTheSchemeOnly() {
    String text = client.toString();

    assertTrue(text.contains("authentication=OAuth 2.0 client credentials"), text);
    assertFalse(text.contains(CLIENT_SECRET), text);
    assertFalse(text.contains(CLIENT_ID), text);
  }

  /** Runs {@code task} on {@code threads} threads released at the same moment. */
  static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
