package io.github.webrtcsdk.sessions;

import io.github.webrtcsdk.runtime.internal.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock whose waits are recorded instead of slept through: {@link #sleep} and {@link #schedule}
 * move time forward at once, so that a retry matrix runs in milliseconds and its waits can be
 * asserted exactly. Time otherwise passes as the real clock's.
 */
final class FakeSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();
  private final List<Runnable> held = new ArrayList<>();
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

  /** Runs the tasks kept by {@link #holdScheduled()}. */
  void runHeld() {
    List<Runnable> tasks;
    synchronized (this) {
      tasks = new ArrayList<>(held);
      held.clear();
    }
    tasks.forEach(Runnable::run);
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
  public void schedule(Runnable task, long nanos) {
    synchronized (this) {
      waits.add(Duration.ofNanos(nanos));
      offsetNanos += nanos;
      if (holdScheduled) {
        held.add(task);
        return;
      }
    }
    task.run();
  }
}
