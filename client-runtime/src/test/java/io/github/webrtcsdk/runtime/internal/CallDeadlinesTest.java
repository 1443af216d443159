package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * The watchdog behind blocking calls' whole-call timeout: it cancels what outlives its deadline,
 * and only that, whatever order deadlines come in. Calls here are never executed: a cancelled
 * call says so with {@link Call#isCanceled()}.
 */
final class CallDeadlinesTest {
  private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
  private final OkHttpClient client = new OkHttpClient();
  private final CallDeadlines deadlines = new CallDeadlines(TimeUnit.MINUTES.toNanos(1));

  private Call newCall() {
    return client.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
  }

  @Test
  void aCallStillWatchedAtItsDeadlineIsCancelled() throws Exception {
    Call call = newCall();
    long start = System.nanoTime();
    CallDeadlines.Watch watch = deadlines.watch(call, 100 * MILLI);

    awaitCancelled(call);

    long elapsedMillis = (System.nanoTime() - start) / MILLI;
    assertTrue(watch.expired());
    assertTrue(elapsedMillis >= 95 && elapsedMillis < 2_000, elapsedMillis + " ms");
    assertEquals(0, deadlines.size());
  }

  @Test
  void aCallUnwatchedBeforeItsDeadlineIsLeftAlone() throws Exception {
    Call call = newCall();
    CallDeadlines.Watch watch = deadlines.watch(call, 100 * MILLI);
    deadlines.unwatch(watch);

    Thread.sleep(300);

    assertFalse(call.isCanceled());
    assertFalse(watch.expired());
    assertEquals(0, deadlines.size());
  }

  @Test
  void anEarlierDeadlineWakesAWatchdogAsleepUntilALaterOne() throws Exception {
    Call late = newCall();
    Call early = newCall();
    CallDeadlines.Watch lateWatch = deadlines.watch(late, TimeUnit.SECONDS.toNanos(30));
    Thread.sleep(100); // The watchdog is now asleep until the late deadline.
    long start = System.nanoTime();
    deadlines.watch(early, 100 * MILLI);

    awaitCancelled(early);

    assertTrue((System.nanoTime() - start) / MILLI < 2_000);
    assertFalse(late.isCanceled());
    deadlines.unwatch(lateWatch);
    assertEquals(0, deadlines.size());
  }

  @Test
  void callsWatchedOneAfterAnotherDoNotWakeTheWatchdogEachTime() throws Exception {
    // The first call wakes it; the rest have later deadlines than the one it sleeps until.
    CallDeadlines.Watch first = deadlines.watch(newCall(), TimeUnit.SECONDS.toNanos(30));
    while (deadlines.rounds() == 0) {
      Thread.sleep(10);
    }
    Thread.sleep(200); // Past its first look at the queue, and asleep until the deadline.
    long rounds = deadlines.rounds();
    deadlines.unwatch(first);
    for (int i = 0; i < 1_000; i++) {
      deadlines.unwatch(deadlines.watch(newCall(), TimeUnit.SECONDS.toNanos(30)));
    }
    Thread.sleep(50);

    assertEquals(rounds, deadlines.rounds());
    assertEquals(0, deadlines.size());
  }

  @Test
  void theIdleWatchdogStopsAndAnotherStartsForTheNextCall() throws Exception {
    CallDeadlines quick = new CallDeadlines(50 * MILLI);
    // The watchdog may sleep until this call's deadline before it finds the queue empty.
    quick.unwatch(quick.watch(newCall(), 100 * MILLI));
    assertTrue(quick.running());

    long waited = 0;
    while (quick.running() && waited < 5_000) {
      Thread.sleep(20);
      waited += 20;
    }
    assertFalse(quick.running(), "stopped after 50 ms idle");

    Call call = newCall();
    CallDeadlines.Watch watch = quick.watch(call, 50 * MILLI);
    awaitCancelled(call);
    assertTrue(watch.expired());
  }

  @Test
  void callsFromManyThreadsAreWatchedAndReleased() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    AtomicInteger cancelled = new AtomicInteger();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 5_000; i++) {
                    Call call = newCall();
                    deadlines.unwatch(deadlines.watch(call, TimeUnit.SECONDS.toNanos(30)));
                    if (call.isCanceled()) {
                      cancelled.incrementAndGet();
                    }
                  }
                }));
      }
      Call expiring = newCall();
      deadlines.watch(expiring, 50 * MILLI);
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
      awaitCancelled(expiring);
    } finally {
      threads.shutdownNow();
    }
    assertEquals(0, cancelled.get());
    assertEquals(0, deadlines.size());
  }

  private static void awaitCancelled(Call call) throws InterruptedException {
    long start = System.nanoTime();
    while (!call.isCanceled() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
      Thread.sleep(5);
    }
    assertTrue(call.isCanceled(), "cancelled within 5 s");
  }
}
