package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

final class ClientResourcesTest {
  @Test
  void closeReleasesTheOkHttpClientItMade() {
    ClientResources resources = new ClientResources(null);
    OkHttpClient made = resources.okHttpClient();

    resources.close();

    assertTrue(made.dispatcher().executorService().isShutdown());
    assertEquals(0, made.connectionPool().connectionCount());
  }

  @Test
  void closeLeavesAGivenOkHttpClientAlone() {
    OkHttpClient given = new OkHttpClient();
    ClientResources resources = new ClientResources(given);
    assertSame(given, resources.okHttpClient());

    resources.close();

    assertFalse(given.dispatcher().executorService().isShutdown());
  }

  @Test
  void aClosedClientRefusesCallsAndCloseIsIdempotent() {
    ClientResources resources = new ClientResources(null);
    resources.checkOpen();

    resources.close();
    resources.close();

    assertTrue(resources.isClosed());
    IllegalStateException e = assertThrows(IllegalStateException.class, resources::checkOpen);
    assertEquals("client is closed", e.getMessage());
  }

  @Test
  void closeFailsTheFuturesStillRunning() {
    ClientResources resources = new ClientResources(null);
    CompletableFuture<String> running = new CompletableFuture<>();
    CompletableFuture<String> ended = new CompletableFuture<>();
    resources.track(running);
    resources.track(ended);
    resources.untrack(ended);

    resources.close();

    ExecutionException e = assertThrows(ExecutionException.class, running::get);
    assertEquals("client is closed", e.getCause().getMessage());
    assertFalse(ended.isDone(), "an untracked future is not touched");
  }

  @Test
  void aFutureTrackedAfterCloseFailsAtOnce() {
    ClientResources resources = new ClientResources(null);
    resources.close();
    CompletableFuture<String> late = new CompletableFuture<>();

    resources.track(late);

    assertTrue(late.isCompletedExceptionally());
  }
}
