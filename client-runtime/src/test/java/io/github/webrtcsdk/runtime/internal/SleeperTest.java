package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class SleeperTest {
  @Test
  void aCancelledTaskLeavesTheTimerAtOnce() {
    int before = Sleeper.SystemSleeper.scheduledTasks();
    Future<?> task = Sleeper.SYSTEM.schedule(() -> {}, TimeUnit.HOURS.toNanos(1));
    assertEquals(before + 1, Sleeper.SystemSleeper.scheduledTasks());

    assertTrue(task.cancel(false));

    assertEquals(before, Sleeper.SystemSleeper.scheduledTasks());
  }
}
