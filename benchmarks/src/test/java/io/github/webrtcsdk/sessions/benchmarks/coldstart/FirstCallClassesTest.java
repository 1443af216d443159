package io.github.webrtcsdk.sessions.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.benchmarks.call.LoopbackServer;
import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import io.github.webrtcsdk.sessions.benchmarks.coldstart.child.OurFirstCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the cold-start path: a fresh JVM's first call through our client loads no raw-response
 * view, which is made on first use. Retrofit, with the {@code Moshi} of its converter, the Kotlin
 * reflection of its request tag and OkHttp's request-body classes, is on the call path by design:
 * the services build their requests with the Retrofit interfaces.
 */
final class FirstCallClassesTest {
  @Test
  void firstCallGoesThroughRetrofitAndLoadsNoRawResponseView(@TempDir Path temp)
      throws Exception {
    Path log = temp.resolve("classes.log");
    List<String> loaded;
    try (LoopbackServer server = LoopbackServer.start(Payload.PARTICIPANT.json())) {
      List<String> command = new ArrayList<>();
      command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xlog:class+load=info:file=" + log);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(OurFirstCall.class.getName());
      command.add(server.baseUrl());
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = read(child);
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not exit");
      assertEquals(0, child.exitValue(), output);
      assertTrue(output.contains("first-call"), output);
      assertEquals(1, server.requestCount());
      loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    assertTrue(loaded.stream().anyMatch(line -> line.contains(" okhttp3.OkHttpClient ")),
        "the log lists loaded classes");
    assertTrue(
        loaded.stream().anyMatch(line -> line.contains(" retrofit2.Retrofit ")),
        "Retrofit builds the request");
    // Views and decoders that this call does not use are made on first use.
    assertEquals("", matching(loaded, "Service$WithRawResponse "));
  }

  private static String matching(List<String> loaded, String prefix) {
    return loaded.stream()
        .filter(line -> line.contains(prefix))
        .collect(Collectors.joining("\n"));
  }

  private static String read(Process child) throws IOException {
    byte[] bytes = child.getInputStream().readAllBytes();
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
