package io.github.webrtcsdk.runtime.internal;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * Cancels blocking calls still running at their deadline: the whole-call timeout of
 * {@link CallExecutor}, without OkHttp's per-call timer.
 *
 * <p>OkHttp's call timeout is an okio {@code AsyncTimeout}, and entering one that expires before
 * every other wakes okio's watchdog thread: for calls made one after another, that is a thread
 * wake-up per call, about a microsecond each (benchmarks/README.md). Here a call joins a queue,
 * and the watchdog is woken only when the call's deadline comes before the one it sleeps until.
 * Calls with the same timeout join in deadline order, so the watchdog wakes about once per timeout
 * period, not once per call; a finished call leaves the queue at once, so it holds only the calls
 * in flight.
 *
 * <p>One daemon thread for all clients, started with the first watched call and ended after a
 * minute without one. Thread safe.
 */
public final class CallDeadlines {
  public static final CallDeadlines SHARED = new CallDeadlines(TimeUnit.MINUTES.toNanos(1));

  private final long idleNanos;
  private final ConcurrentLinkedQueue<Watch> watches = new ConcurrentLinkedQueue<>();
  private final Object threadLock = new Object();
  private volatile @Nullable Thread watchdog;
  /** Whether the watchdog sleeps until {@link #wakeAt}, which then is the earliest deadline. */
  private volatile boolean sleepingUntilDeadline;
  private volatile long wakeAt;
  /** How many times the watchdog has looked through the queue: for tests. */
  private volatile long rounds;

  public CallDeadlines(long idleNanos) {
    this.idleNanos = idleNanos;
  }

  /** A call being watched; {@link #expired()} once it has been cancelled for its deadline. */
  public static final class Watch {
    private final Call call;
    private final long deadline;
    private volatile boolean expired;

    private Watch(Call call, long deadline) {
      this.call = call;
      this.deadline = deadline;
    }

    boolean expired() {
      return expired;
    }
  }

  /** Cancels {@code call} if it is still watched after {@code timeoutNanos} (more than 0). */
  public Watch watch(Call call, long timeoutNanos) {
    Watch watch = new Watch(call, System.nanoTime() + timeoutNanos);
    watches.add(watch);
    // Read after the add: a watchdog that missed the new call has published what it sleeps for.
    if (!sleepingUntilDeadline || watch.deadline - wakeAt < 0) {
      wake();
    }
    return watch;
  }

  /** Stops watching: the call is over, whatever its outcome. */
  public void unwatch(Watch watch) {
    watches.remove(watch); // Scans from the oldest call in flight: usually the first.
  }

  /** The number of calls watched: for tests. */
  public int size() {
    return watches.size();
  }

  /** How many times the watchdog has looked through the queue: for tests. */
  public long rounds() {
    return rounds;
  }

  /** Whether the watchdog thread is running: for tests. */
  public boolean running() {
    return watchdog != null;
  }

  /** The deadline {@code call} is watched for, in {@link System#nanoTime()}; for tests. */
  public @Nullable Long deadlineOf(Call call) {
    for (Watch watch : watches) {
      if (watch.call == call) {
        return watch.deadline;
      }
    }
    return null;
  }

  private void wake() {
    Thread thread = watchdog;
    if (thread != null) {
      LockSupport.unpark(thread);
      return;
    }
    synchronized (threadLock) {
      if (watchdog == null) {
        // A class rather than a method reference, which would cost the first call a lambda's link.
        Thread started = new Thread(new Watchdog(), "API client call deadlines");
        started.setDaemon(true);
        watchdog = started;
        started.start();
      }
    }
  }

  /** The watchdog thread's loop. */
  private final class Watchdog implements Runnable {
    @Override
    public void run() {
      watchUntilIdle();
    }
  }

  private void watchUntilIdle() {
    long idleSince = System.nanoTime();
    while (true) {
      // From here until the next sleep, every new call wakes this thread again: none is missed.
      sleepingUntilDeadline = false;
      rounds++; // Only this thread writes it.
      long now = System.nanoTime();
      boolean any = false;
      long earliest = 0;
      for (Iterator<Watch> i = watches.iterator(); i.hasNext(); ) {
        Watch watch = i.next();
        if (watch.deadline - now <= 0) {
          i.remove();
          watch.expired = true;
          watch.call.cancel();
        } else if (!any || watch.deadline - earliest < 0) {
          any = true;
          earliest = watch.deadline;
        }
      }
      if (any) {
        idleSince = now;
        wakeAt = earliest;
        sleepingUntilDeadline = true;
        LockSupport.parkNanos(this, earliest - now);
      } else if (now - idleSince < idleNanos) {
        LockSupport.parkNanos(this, idleNanos - (now - idleSince));
      } else if (stop()) {
        return;
      }
    }
  }

  /** Ends the watchdog after an idle period, unless a call came in meanwhile. */
  private boolean stop() {
    synchronized (threadLock) {
      watchdog = null;
    }
    // A call added before the thread was cleared may have unparked this thread: take it over.
    if (watches.isEmpty()) {
      return true;
    }
    synchronized (threadLock) {
      if (watchdog == null) {
        watchdog = Thread.currentThread();
        return false;
      }
    }
    return true; // Another thread started meanwhile, and sees the queue.
  }
}
