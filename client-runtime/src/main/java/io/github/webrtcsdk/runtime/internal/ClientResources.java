package io.github.webrtcsdk.runtime.internal;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a client holds, and whether it is closed: the OkHttp client it was given or made, and the
 * futures of its async calls still running.
 *
 * <p>{@link #close()} releases only what the client made: the dispatcher's threads and the pooled
 * connections of an OkHttp client it created, which its token requests share too. An OkHttp client
 * the caller gave is shared, with its pool and dispatcher, and left alone. Async calls still
 * running fail with {@link #closedException()}; their completion cancels the attempt in flight and
 * the retry waiting on the timer ({@link CallExecutor}). Thread safe.
 */
public final class ClientResources {
  /** The message of the exception that calls on a closed client fail with. */
  public static final String CLOSED = "client is closed";

  private final OkHttpClient okHttpClient;
  private final boolean created;
  private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * @param given the caller's OkHttp client, or null to make one with the default timeouts, which
   *     {@link #close()} then releases
   */
  public ClientResources(@Nullable OkHttpClient given) {
    this.created = given == null;
    this.okHttpClient = given != null ? given : Timeouts.defaultClient();
  }

  /** The OkHttp client that the client's own are derived from: the caller's, or one made here. */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** Throws {@link #closedException()} if {@link #close()} was called. */
  void checkOpen() {
    if (closed) {
      throw closedException();
    }
  }

  static IllegalStateException closedException() {
    return new IllegalStateException(CLOSED);
  }

  /** Keeps {@code future} until {@link #untrack}, to fail it on {@link #close()}. */
  void track(CompletableFuture<?> future) {
    running.add(future);
    if (closed) {
      future.completeExceptionally(closedException()); // Closed while it was being added.
    }
  }

  void untrack(CompletableFuture<?> future) {
    running.remove(future);
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Fails the async calls still running and releases what the client made; later calls fail.
   * Idempotent.
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (CompletableFuture<?> future : running) {
      future.completeExceptionally(closedException());
    }
    if (created) {
      // OkHttp's own way of releasing a client: idle dispatcher threads end at once, busy ones
      // when their call does, and idle connections are closed.
      okHttpClient.dispatcher().executorService().shutdown();
      okHttpClient.connectionPool().evictAll();
    }
  }
}
