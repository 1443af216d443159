package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.body;
import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.RateLimitException;
import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.SdkIoException;
import io.github.webrtcsdk.runtime.UnexpectedStatusCodeException;
import io.github.webrtcsdk.runtime.internal.RetryPolicy;
import io.github.webrtcsdk.sessions.model.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which failures are retried, how often and after how long. Waits are recorded by a {@link
 * FakeSleeper}, never slept through.
 */
final class RetryTest {
  private static final String SESSION_JSON = "{\"id\":\"s1\",\"tag\":\"t\"}";
  private static final Session SESSION = Session.builder().id("s1").tag("t").build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    TestServers.failFast(server);
    client = TestServers.builder(server).sleeper(sleeper).build();
  }

  private static MockResponse status(int code, String... headers) {
    MockResponse.Builder builder = new MockResponse.Builder().code(code).body("attempt " + code);
    for (int i = 0; i < headers.length; i += 2) {
      builder.addHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  private static void assertBetween(Duration min, Duration max, Duration actual) {
    assertTrue(
        actual.compareTo(min) >= 0 && actual.compareTo(max) <= 0,
        actual + " is not within [" + min + ", " + max + "]");
  }

  @Test
  void rateLimitRetryAfterSecondsIsHonoured() {
    server.enqueue(status(429, "Retry-After", "7"));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));

    assertEquals(Collections.singletonList(Duration.ofSeconds(7)), sleeper.waits());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void rateLimitRetryAfterHttpDateIsHonoured() {
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().plusSeconds(10).atOffset(ZoneOffset.UTC));
    server.enqueue(status(429, "Retry-After", inTenSeconds));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));

    // An HTTP date has whole seconds: the wait is a little under ten seconds.
    assertBetween(Duration.ofSeconds(8), Duration.ofSeconds(10), sleeper.waits().get(0));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void rateLimitRetryAfterBeyondTheCapFailsAtOnce() {
    server.enqueue(status(429, "Retry-After", "61"));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> client.sessions().getSession("s1"));

    assertEquals(1, e.attempts());
    assertEquals(Duration.ofSeconds(61), e.retryAfter());
    assertEquals("attempt 429", e.rawBody());
    assertEquals("HTTP 429", e.getMessage());
    assertEquals(Collections.emptyList(), sleeper.waits());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void rateLimitRetryAfterWithinARaisedCapIsHonoured() {
    WebRtcClient patient =
        TestServers.builder(server)
            .sleeper(sleeper)
            .maxRetryAfter(Duration.ofMinutes(5))
            .timeout(Duration.ofMinutes(5))
            .build();
    server.enqueue(status(429, "Retry-After", "120"));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, patient.sessions().getSession("s1"));

    assertEquals(Collections.singletonList(Duration.ofSeconds(120)), sleeper.waits());
  }

  @Test
  void retryAfterLongerThanTheCallTimeoutFailsAtOnce() {
    server.enqueue(status(503, "Retry-After", "30"));

    InternalServerException e =
        assertThrows(
            InternalServerException.class,
            () ->
                client
                    .sessions()
                    .getSession(
                        "s1", RequestOptions.builder().timeout(Duration.ofSeconds(20)).build()));

    assertEquals(1, e.attempts());
    assertEquals(Collections.emptyList(), sleeper.waits());
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retryableStatusThenSuccess(int status) throws Exception {
    server.enqueue(status(status));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));

    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.waits().size());
    assertBetween(Duration.ofMillis(375), Duration.ofMillis(500), sleeper.waits().get(0));
    assertEquals(
        server.takeRequest().getTarget(), server.takeRequest().getTarget(), "the same request");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501, 505})
  void otherStatusesAreNotRetried(int status) {
    server.enqueue(status(status));

    ApiException e = assertThrows(ApiException.class, () -> client.sessions().getSession("s1"));

    assertEquals(status, e.statusCode());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void serviceUnavailableUntilRetriesRunOut() {
    server.enqueue(json(503, "{\"error\":\"first\",\"requestId\":\"r1\"}"));
    server.enqueue(json(503, "{\"error\":\"second\",\"requestId\":\"r2\"}"));
    server.enqueue(json(503, "{\"error\":\"third\",\"requestId\":\"r3\"}"));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.sessions().getSession("s1"));

    assertEquals(3, e.attempts());
    assertEquals(503, e.statusCode());
    assertEquals("{\"error\":\"third\",\"requestId\":\"r3\"}", e.rawBody());
    assertEquals("req-503", e.headers().get("X-Request-Id"));
    assertEquals("HTTP 503: third (requestId r3) after 3 attempts", e.getMessage());
    assertEquals(3, server.getRequestCount());
    List<Duration> waits = sleeper.waits();
    assertEquals(2, waits.size());
    assertBetween(Duration.ofMillis(375), Duration.ofMillis(500), waits.get(0));
    assertBetween(Duration.ofMillis(750), Duration.ofMillis(1000), waits.get(1));
  }

  @Test
  void backoffDoublesUpToEightSecondsWithJitter() {
    RetryPolicy policy =
        new RetryPolicy(
            10,
            RetryPolicy.DEFAULT_MAX_RETRY_AFTER,
            RetryPolicy.INITIAL_BACKOFF,
            RetryPolicy.MAX_BACKOFF);
    long[] fullMillis = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    for (int retry = 0; retry < fullMillis.length; retry++) {
      for (int sample = 0; sample < 50; sample++) {
        Duration wait = Duration.ofNanos(policy.backoffNanos(retry));
        assertBetween(
            Duration.ofMillis(fullMillis[retry] * 3 / 4),
            Duration.ofMillis(fullMillis[retry]),
            wait);
      }
    }
  }

  @Test
  void postIsNotRetriedOn503() {
    server.enqueue(status(503));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.sessions().createSession(SESSION));

    assertEquals(1, e.attempts());
    assertEquals("HTTP 503", e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void postIsRetriedWhenTheCallOptsIn() throws Exception {
    server.enqueue(status(503));
    server.enqueue(json(200, SESSION_JSON));

    Session created =
        client.sessions().createSession(SESSION, RequestOptions.builder().retryPost(true).build());

    assertEquals(SESSION, created);
    assertEquals(SESSION_JSON, body(server.takeRequest()));
    assertEquals(SESSION_JSON, body(server.takeRequest()), "the same body, sent again");
  }

  @Test
  void postIsNotRetriedOn503WithRetryAfterZero() {
    server.enqueue(status(503, "Retry-After", "0"));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.sessions().createSession(SESSION));

    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount(), "OkHttp does not resend it on its own either");
    assertEquals(Duration.ZERO, RetryPolicy.retryAfter(e.headers(), System.currentTimeMillis()));
  }

  @Test
  void getIsRetriedAtOnceOn503WithRetryAfterZero() {
    server.enqueue(status(503, "Retry-After", "0"));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession("s1"));

    assertEquals(Collections.emptyList(), sleeper.waits(), "no wait at all");
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void postIsNotRetriedOn408() {
    server.enqueue(status(408));

    UnexpectedStatusCodeException e =
        assertThrows(
            UnexpectedStatusCodeException.class, () -> client.sessions().createSession(SESSION));

    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void postConnectionFailureIsNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket())
            .build());

    SdkIoException e =
        assertThrows(SdkIoException.class, () -> client.participants().createParticipant());

    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void maxRetriesZeroTurnsRetriesOff() {
    WebRtcClient noRetries = TestServers.builder(server).sleeper(sleeper).maxRetries(0).build();
    server.enqueue(status(503));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> noRetries.sessions().getSession("s1"));

    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void maxRetriesOfTheCallOverridesTheClient() {
    WebRtcClient noRetries = TestServers.builder(server).sleeper(sleeper).maxRetries(0).build();
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(json(200, SESSION_JSON));

    Session session =
        noRetries.sessions().getSession("s1", RequestOptions.builder().maxRetries(3).build());

    assertEquals(SESSION, session);
    assertEquals(4, server.getRequestCount());

    server.enqueue(status(503));
    InternalServerException e =
        assertThrows(
            InternalServerException.class,
            () ->
                client.sessions().getSession("s1", RequestOptions.builder().maxRetries(0).build()));
    assertEquals(1, e.attempts());
  }

  @Test
  void retryStateBelongsToOneRequest() {
    // Each call uses both of its retries; a budget shared between calls would fail the second.
    for (int call = 0; call < 3; call++) {
      server.enqueue(status(503));
      server.enqueue(status(502));
      server.enqueue(json(200, SESSION_JSON));

      assertEquals(SESSION, client.sessions().getSession("s1"));
    }

    assertEquals(9, server.getRequestCount());
    assertEquals(6, sleeper.waits().size());
    for (int i = 0; i < 6; i += 2) {
      assertBetween(Duration.ofMillis(375), Duration.ofMillis(500), sleeper.waits().get(i));
      assertBetween(Duration.ofMillis(750), Duration.ofMillis(1000), sleeper.waits().get(i + 1));
    }
  }

  @Test
  void asyncCallIsRetried() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(429, "Retry-After", "3"));
    server.enqueue(json(200, SESSION_JSON));

    Session session = client.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS);

    assertEquals(SESSION, session);
    assertEquals(3, server.getRequestCount());
    assertEquals(Duration.ofSeconds(3), sleeper.waits().get(1));
  }

  @Test
  void asyncCallFailsWithTheLastAttemptsException() {
    server.enqueue(status(500));
    server.enqueue(status(502));
    server.enqueue(status(504));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS));

    InternalServerException cause = (InternalServerException) e.getCause();
    assertEquals(504, cause.statusCode());
    assertEquals(3, cause.attempts());
    assertEquals("HTTP 504 after 3 attempts", cause.getMessage());
  }

  @Test
  void cancellingAnAsyncCallStopsItsRetries() throws Exception {
    FakeSleeper holding = new FakeSleeper().holdScheduled();
    WebRtcClient held = TestServers.builder(server).sleeper(holding).build();
    server.enqueue(status(503));

    CompletableFuture<Session> future = held.sessions().getSessionAsync("s1");
    while (holding.waits().isEmpty()) {
      Thread.sleep(5); // Until the first attempt has failed and its retry is scheduled.
    }
    assertTrue(future.cancel(true));
    holding.runHeld();

    assertTrue(future.isCancelled());
    assertEquals(1, server.getRequestCount(), "no attempt after cancellation");
  }

  @Test
  void rawAndAsyncRawCallsTakeOptions() throws Exception {
    server.enqueue(status(503));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(status(503));

    ApiResponse<Session> raw =
        client.sessions().withRawResponse().getSession("s1", RequestOptions.none());
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .sessions()
                    .withRawResponse()
                    .getSessionAsync("s1", RequestOptions.builder().maxRetries(0).build())
                    .get(5, TimeUnit.SECONDS));

    assertEquals(200, raw.statusCode());
    assertEquals(SESSION, raw.body());
    assertEquals(1, ((ApiException) e.getCause()).attempts());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void nullOptionsAreRejectedBeforeAnyRequest() {
    assertEquals(
        "requestOptions == null",
        assertThrows(
                NullPointerException.class,
                () -> client.sessions().getSession("s1", (RequestOptions) null))
            .getMessage());
    assertEquals(
        "requestOptions == null",
        assertThrows(
                NullPointerException.class,
                () -> client.participants().createParticipantAsync((RequestOptions) null))
            .getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void retryAfterIsReadAsSecondsOrHttpDate() {
    long now = Instant.parse("2015-10-21T07:28:00Z").toEpochMilli();

    assertEquals(
        Duration.ofSeconds(2), RetryPolicy.retryAfter(Headers.of("Retry-After", " 2 "), now));
    assertEquals(
        Duration.ofSeconds(90),
        RetryPolicy.retryAfter(Headers.of("Retry-After", "Wed, 21 Oct 2015 07:29:30 GMT"), now));
    assertEquals(
        Duration.ZERO,
        RetryPolicy.retryAfter(Headers.of("Retry-After", "Wed, 21 Oct 2015 07:27:00 GMT"), now));
    for (String unreadable : Arrays.asList("-1", "soon", "")) {
      assertEquals(null, RetryPolicy.retryAfter(Headers.of("Retry-After", unreadable), now));
    }
    assertEquals(null, RetryPolicy.retryAfter(Headers.of(), now));
  }
}
