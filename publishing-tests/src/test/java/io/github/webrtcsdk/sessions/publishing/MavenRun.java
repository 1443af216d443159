package io.github.webrtcsdk.sessions.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A separate Maven process, with the Maven that runs this build, its output in a log file. */
final class MavenRun {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private MavenRun() {}

  /** Runs {@code mvn ARGS} in {@code directory}; returns the exit status. */
  static int run(Path directory, Path log, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(BuildProperties.get("publishing.mavenHome"), "bin", "mvn").toString());
    command.add("--batch-mode");
    command.add("--no-transfer-progress");
    command.add("-Dstyle.color=never");
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // MAVEN_ARGS would add the outer build's options (Maven 3.9 reads it) to every run.
    builder.environment().remove("MAVEN_ARGS");
    try {
      Files.createDirectories(log.getParent());
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("mvn " + String.join(" ", args) + " took more than " + TIMEOUT
            + "; see " + log);
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Whether this build runs offline ({@code -o}). */
  static boolean offline() {
    return "offline=true".equals(System.getProperty("publishing.offline"));
  }

  /** The last {@code lines} lines of {@code log}, to explain a failure. */
  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
