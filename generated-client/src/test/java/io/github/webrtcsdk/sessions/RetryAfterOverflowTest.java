package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.RateLimitException;
import io.github.webrtcsdk.runtime.internal.RetryAfterZeroInterceptor;
import io.github.webrtcsdk.runtime.internal.RetryPolicy;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code Retry-After} too large to represent means too long to wait, on every status, and never
 * reaches OkHttp's own parsing, which throws on digits beyond an {@code int}.
 */
final class RetryAfterOverflowTest {
  private static final String BEYOND_AN_INT = "2147483648";
  private static final String BEYOND_A_LONG = "99999999999999999999";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();
  private WebRtcClient client;

  @BeforeEach
  void setUp() {
    TestServers.failFast(server);
    client = TestServers.builder(server).sleeper(sleeper).build();
  }

  private void enqueue(int status, String retryAfter) {
    server.enqueue(
        new MockResponse.Builder().code(status).addHeader("Retry-After", retryAfter).build());
  }

  @ParameterizedTest
  @CsvSource({
    "429, 2147483648", "429, 99999999999999999999",
    "500, 99999999999999999999", "502, 99999999999999999999",
    "503, 2147483648", "503, 99999999999999999999",
    "504, 99999999999999999999"
  })
  void blockingCallFailsAtOnceWithoutWaiting(int status, String retryAfter) {
    enqueue(status, retryAfter);

    ApiException e = assertThrows(ApiException.class, () -> client.sessions().getSession("s1"));

    assertEquals(status, e.statusCode());
    assertEquals("HTTP " + status, e.getMessage());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertEquals(Collections.emptyList(), sleeper.waits());
  }

  @ParameterizedTest
  @CsvSource({"503, 2147483648", "503, 99999999999999999999", "429, 99999999999999999999"})
  void asyncCallFailsAtOnceWithoutWaiting(int status, String retryAfter) {
    enqueue(status, retryAfter);

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS));

    ApiException cause = (ApiException) e.getCause();
    assertEquals(status, cause.statusCode());
    assertEquals(1, cause.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void rateLimitBeyondALongAsksForTheLongestWait() {
    enqueue(429, BEYOND_A_LONG);

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> client.sessions().getSession("s1"));

    assertEquals(RetryPolicy.TOO_LONG, e.retryAfter());
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), e.retryAfter());
  }

  @Test
  void serviceUnavailableBeyondAnIntIsRewrittenToTheFarFuture() {
    enqueue(503, BEYOND_AN_INT);

    ApiException e = assertThrows(ApiException.class, () -> client.sessions().getSession("s1"));

    assertEquals(RetryAfterZeroInterceptor.FAR_FUTURE, e.headers().get("Retry-After"));
  }

  @Test
  void serviceUnavailableWithinAnIntIsLeftAlone() {
    enqueue(503, "2147483647");

    ApiException e = assertThrows(ApiException.class, () -> client.sessions().getSession("s1"));

    assertEquals("2147483647", e.headers().get("Retry-After"));
    assertEquals(1, e.attempts());
  }
}
