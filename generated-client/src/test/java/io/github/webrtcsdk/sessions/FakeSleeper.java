package io.github.webrtcsdk.sessions;

import io.github.webrtcsdk.runtime.internal.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A clock whose waits are recorded instead of slept through: {@link #sleep} and {@link #schedule}
 * move time forward at once, so that a retry matrix runs in milliseconds and its waits can be
 * asserted exactly. Time otherwise passes as the real clock's.
 */
final class FakeSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();
  private final List<FutureTask<Void>> held = new ArrayList<>();
  private long offsetNanos;
  private boolean holdScheduled;

  /** Keeps scheduled tasks until {@link #runHeld()} instead of running them at once. */
  synchronized FakeSleeper holdScheduled() {
    this.holdScheduled = true;
    return this;
  }

  /** Moves the clock forward without a wait, as if {@code duration} had passed. */
  synchronized void advance(Duration duration) {
    offsetNanos += duration.toNanos();
  }

  /** Every wait asked for so far, in order. */
  synchronized List<Duration> waits() {
    return new ArrayList<>(waits);
  }

  /** How many tasks kept by {@link #holdScheduled()} are still to run: not run, not cancelled. */
  synchronized int heldTasks() {
    return (int) held.stream().filter(task -> !task.isCancelled()).count();
  }

  /** Runs the tasks kept by {@link #holdScheduled()}, except those cancelled. */
  void runHeld() {
    List<FutureTask<Void>> tasks;
    synchronized (this) {
      tasks = new ArrayList<>(held);
      held.clear();
    }
    tasks.forEach(FutureTask::run);
  }

  @Override
  public synchronized long nanoTime() {
    return System.nanoTime() + offsetNanos;
  }

  @Override
  public synchronized void sleep(long nanos) {
    waits.add(Duration.ofNanos(nanos));
    offsetNanos += nanos;
  }

  @Override
  public Future<?> schedule(Runnable task, long nanos) {
    FutureTask<Void> scheduled = new FutureTask<>(task, null);
    synchronized (this) {
      waits.add(Duration.ofNanos(nanos));
      offsetNanos += nanos;
      if (holdScheduled) {
        held.add(scheduled);
        return scheduled;
      }
    }
    scheduled.run();
    return scheduled;
  }
}
