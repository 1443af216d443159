package io.github.webrtcsdk.runtime.internal;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The passing of time, for retries: waits between attempts, call deadlines and token expiry.
 *
 * <p>{@link #SYSTEM} is the real clock; tests replace it (package-private
 * {@code Builder.sleeper}) so that backoff is recorded rather than slept through.
 */
public interface Sleeper {
  /** The real clock, with one shared daemon thread for the waits of async calls. */
  Sleeper SYSTEM = new SystemSleeper();

  /** A monotonic time in nanoseconds, like {@link System#nanoTime()}. */
  long nanoTime();

  /** Blocks the calling thread for {@code nanos}. */
  void sleep(long nanos) throws InterruptedException;

  /**
   * Runs {@code task} once, after {@code nanos}, on some other thread; never blocks.
   *
   * @return the scheduled task: cancelling it drops the task (and what it holds) from the timer
   */
  Future<?> schedule(Runnable task, long nanos);

  /** {@link Sleeper#SYSTEM}. */
  final class SystemSleeper implements Sleeper {
    private SystemSleeper() {}

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }

    @Override
    public Future<?> schedule(Runnable task, long nanos) {
      return Timer.EXECUTOR.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    /** How many tasks wait on the timer; for tests. */
    static int scheduledTasks() {
      return Timer.EXECUTOR.getQueue().size();
    }

    /** Created on first use: a client that never retries asynchronously starts no thread. */
    private static final class Timer {
      static final ScheduledThreadPoolExecutor EXECUTOR = newExecutor();

      private static ScheduledThreadPoolExecutor newExecutor() {
        ScheduledThreadPoolExecutor executor =
            new ScheduledThreadPoolExecutor(
                1,
                task -> {
                  Thread thread = new Thread(task, "API client retry timer");
                  thread.setDaemon(true);
                  return thread;
                });
        // The task only enqueues the next attempt; an idle timer lets its thread go. A cancelled
        // task leaves the queue at once, with the request it holds.
        executor.setKeepAliveTime(10, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
      }
    }
  }
}
