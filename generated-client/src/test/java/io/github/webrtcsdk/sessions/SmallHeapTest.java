package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No endless body, error or success, blocking or async, brings an {@link OutOfMemoryError} into
 * the application: {@link EndlessBodyChild} runs in a JVM with a 64 MiB heap.
 */
final class SmallHeapTest {
  @Test
  void endlessBodiesFailWithTypedExceptionsOnASmallHeap() throws Exception {
    List<String> command =
        Arrays.asList(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            System.getProperty("java.class.path"),
            EndlessBodyChild.class.getName());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read to the end before waiting, so that a full pipe never blocks the child.
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not exit");
    assertEquals(0, child.exitValue(), output);
    assertEquals("bounded", output.trim());
  }
}
