package io.github.webrtcsdk.sessions;

import io.github.webrtcsdk.sessions.model.Session;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/** Responses and clients for tests against MockWebServer. */
final class TestServers {
  static final String ACCOUNT_ID = "9900000";
  static final String USERNAME = "user";
  static final String PASSWORD = "p@ss";

  /** {@code Basic base64("user:p@ss")}. */
  static final String AUTHORIZATION = "Basic dXNlcjpwQHNz";

  private TestServers() {}

  /**
   * A client for {@code server}, under the {@code /v1/} base path like the real API, that does not
   * retry: tests of one response each see exactly that response.
   */
  static WebRtcClient client(MockWebServer server) {
    return builder(server).maxRetries(0).build();
  }

  /** A builder for {@code server} with the test credentials; the client's defaults otherwise. */
  static WebRtcClient.Builder builder(MockWebServer server) {
    return WebRtcClient.builder()
        .accountId(ACCOUNT_ID)
        .basicAuth(USERNAME, PASSWORD)
        .baseUrl(server.url("/v1/"));
  }

  /** Answers 404 at once when no response is queued, rather than waiting forever. */
  static void failFast(MockWebServer server) {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
  }

  /**
   * Starts an async call that {@code server} answers 503 with {@code Retry-After: 10}, and returns
   * its future once the retry waits on {@code sleeper}, which must hold scheduled tasks.
   */
  static CompletableFuture<Session> callWaitingToRetry(
      MockWebServer server, WebRtcClient client, FakeSleeper sleeper) throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "10").build());
    CompletableFuture<Session> future = client.sessions().getSessionAsync("s1");
    while (sleeper.heldTasks() == 0) {
      Thread.sleep(5); // Until the first attempt has failed and its retry waits on the timer.
    }
    return future;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "req-" + code)
        .body(body)
        .build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  /** The request body as UTF-8 text; empty when there was none. */
  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
  }
}
