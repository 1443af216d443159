package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.model.Session;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whoever completes an async call's future, and however, the HTTP call in flight is cancelled
 * and the retry waiting on the timer dropped.
 */
final class FutureCancellationTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  /** Completes {@code future} the way {@code how} names, as a caller would. */
  private static void complete(CompletableFuture<Session> future, String how) throws Exception {
    switch (how) {
      case "cancel":
        assertTrue(future.cancel(true));
        break;
      case "complete":
        assertTrue(future.complete(Session.builder().id("mine").tag("t").build()));
        break;
      case "completeExceptionally":
        assertTrue(future.completeExceptionally(new IllegalStateException("given up")));
        break;
      case "orTimeout":
        future.orTimeout(10, TimeUnit.MILLISECONDS);
        while (!future.isDone()) {
          Thread.sleep(5);
        }
        break;
      default:
        throw new AssertionError(how);
    }
  }

  /** A client whose OkHttp calls count {@code cancelled} down when they are cancelled. */
  private WebRtcClient clientCountingCancels(CountDownLatch cancelled) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    cancelled.countDown();
                  }
                })
            .build();
    return TestServers.builder(server).okHttpClient(http).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cancel", "complete", "completeExceptionally", "orTimeout"})
  void completingTheFutureCancelsTheCallInFlight(String how) throws Exception {
    server.enqueue(
        new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).body("{}").build());
    CountDownLatch cancelled = new CountDownLatch(1);
    WebRtcClient client = clientCountingCancels(cancelled);

    CompletableFuture<Session> future = client.sessions().getSessionAsync("s1");
    server.takeRequest(); // The request is on the wire; the response is 30 s away.
    complete(future, how);

    assertTrue(cancelled.await(5, TimeUnit.SECONDS), "the HTTP call is cancelled");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cancel", "complete", "completeExceptionally", "orTimeout"})
  void completingTheFutureDropsTheRetryWaitingOnTheTimer(String how) throws Exception {
    FakeSleeper sleeper = new FakeSleeper().holdScheduled();
    WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();

    CompletableFuture<Session> future = TestServers.callWaitingToRetry(server, client, sleeper);
    complete(future, how);

    assertEquals(0, sleeper.heldTasks(), "the retry is dropped from the timer");
    sleeper.runHeld();
    assertEquals(1, server.getRequestCount(), "no attempt after completion");
  }

  @Test
  void theClientsOwnCompletionLeavesTheCallAlone() throws Exception {
    server.enqueue(TestServers.json(200, "{\"id\":\"s1\"}"));
    CountDownLatch cancelled = new CountDownLatch(1);
    WebRtcClient client = clientCountingCancels(cancelled);

    assertEquals("s1", client.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS).id());

    assertEquals(1, cancelled.getCount(), "a call that ended is not reported cancelled");
  }
}
