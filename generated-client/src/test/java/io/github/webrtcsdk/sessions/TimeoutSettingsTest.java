package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.internal.CallDeadlines;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeouts each attempt runs with, as a network interceptor sees them: the given OkHttp
 * client's, the client's, and one call's. The defaults without an OkHttp client are in
 * {@code TimeoutsTest}.
 */
final class TimeoutSettingsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final long[] seen = new long[4];

  @BeforeEach
  void setUp() throws Exception {
    server.enqueue(json(200, "{}"));
  }

  /**
   * A client whose network interceptor records connect, read, write and call timeouts (ms), with
   * a connect and a read timeout of 1 s and OkHttp's default write timeout, 10 s.
   */
  private OkHttpClient recording() {
    Interceptor recorder =
        chain -> {
          seen[0] = chain.connectTimeoutMillis();
          seen[1] = chain.readTimeoutMillis();
          seen[2] = chain.writeTimeoutMillis();
          seen[3] = callTimeLeftMillis(chain.call());
          return chain.proceed(chain.request());
        };
    return new OkHttpClient.Builder()
        .connectTimeout(1, TimeUnit.SECONDS)
        .readTimeout(1, TimeUnit.SECONDS)
        .addNetworkInterceptor(recorder)
        .build();
  }

  /**
   * What is left of the call's time: a blocking call's deadline is watched by
   * {@link CallDeadlines}, an async call's is OkHttp's own timeout; 0 for none.
   */
  private static long callTimeLeftMillis(Call call) {
    Long deadline = CallDeadlines.SHARED.deadlineOf(call);
    long okHttp = call.timeout().timeoutNanos();
    if (deadline != null) {
      assertEquals(0, okHttp, "a watched call has no OkHttp timeout too");
      return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }
    return TimeUnit.NANOSECONDS.toMillis(okHttp);
  }

  @Test
  void givenClientKeepsItsTimeoutsAndTheCallHasSixtySeconds() {
    TestServers.builder(server).okHttpClient(recording()).build().sessions().getSession("s1");

    assertEquals(1_000, seen[0]);
    assertEquals(1_000, seen[1]);
    assertEquals(10_000, seen[2]);
    assertTrue(seen[3] > 59_000 && seen[3] <= 60_000, seen[3] + " ms left of 60 s");
  }

  @Test
  void clientSettingsReplaceOnlyThoseOfTheGivenClientTheySet() {
    TestServers.builder(server)
        .okHttpClient(recording())
        .writeTimeout(Duration.ofSeconds(4))
        .build()
        .sessions()
        .getSession("s1");

    assertEquals(1_000, seen[0]);
    assertEquals(1_000, seen[1]);
    assertEquals(4_000, seen[2]);
  }

  @Test
  void clientSettingsReplaceTheDefaults() {
    TestServers.builder(server)
        .okHttpClient(recording())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(3))
        .writeTimeout(Duration.ofSeconds(4))
        .timeout(Duration.ofSeconds(5))
        .build()
        .sessions()
        .getSession("s1");

    assertEquals(2_000, seen[0]);
    assertEquals(3_000, seen[1]);
    assertEquals(4_000, seen[2]);
    assertTrue(seen[3] > 4_000 && seen[3] <= 5_000, seen[3] + " ms left of 5 s");
  }

  @Test
  void callSettingsReplaceTheClients() {
    WebRtcClient client =
        TestServers.builder(server)
            .okHttpClient(recording())
            .readTimeout(Duration.ofSeconds(3))
            .build();

    client
        .sessions()
        .getSession(
            "s1",
            RequestOptions.builder()
                .connectTimeout(Duration.ofMillis(700))
                .readTimeout(Duration.ofMillis(800))
                .writeTimeout(Duration.ofMillis(900))
                .timeout(Duration.ofSeconds(7))
                .build());

    assertEquals(700, seen[0]);
    assertEquals(800, seen[1]);
    assertEquals(900, seen[2]);
    assertTrue(seen[3] > 6_000 && seen[3] <= 7_000, seen[3] + " ms left of 7 s");
  }

  @Test
  void asyncCallsHaveTheSameSettings() throws Exception {
    TestServers.builder(server)
        .okHttpClient(recording())
        .readTimeout(Duration.ofSeconds(3))
        .timeout(Duration.ofSeconds(5))
        .build()
        .sessions()
        .getSessionAsync("s1")
        .get(10, TimeUnit.SECONDS);

    assertEquals(1_000, seen[0]);
    assertEquals(3_000, seen[1]);
    assertEquals(10_000, seen[2]);
    assertTrue(seen[3] > 4_000 && seen[3] <= 5_000, seen[3] + " ms left of 5 s");
  }

  @Test
  void zeroCallTimeoutMeansNoLimit() {
    TestServers.builder(server)
        .okHttpClient(recording())
        .timeout(Duration.ZERO)
        .build()
        .sessions()
        .getSession("s1");

    assertEquals(0, seen[3]);
  }
}
