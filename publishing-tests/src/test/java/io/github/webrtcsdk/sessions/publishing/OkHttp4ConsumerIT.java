package io.github.webrtcsdk.sessions.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * An application with OkHttp 4 ({@code src/it/okhttp4-consumer}) adds the SDK, whose client is
 * built on OkHttp 5: what its class path loads, and what the README's advice changes.
 *
 * <p>Both {@code okhttp} 4 and {@code okhttp-jvm} 5 hold {@code okhttp3.*}. The application's
 * own dependency comes first on the class path, so the client runs on OkHttp 4's classes; the
 * calls it makes there work today, which is what the first test pins down (a change that makes
 * them fail shows up here, and the README's paragraph on OkHttp 4 must change with it).
 */
final class OkHttp4ConsumerIT {
  @Test
  void okHttp4DeclaredFirstWinsAndTheClientRunsOnIt() throws IOException {
    String okhttp4 = BuildProperties.get("publishing.okhttp4Version");
    Properties found = build("okhttp4");

    assertEquals("okhttp-" + okhttp4 + ".jar", found.getProperty("okHttpClientJar"));
    assertEquals(okhttp4, found.getProperty("okHttpVersion"));
    assertEquals("ok: tag legacy", found.getProperty("call"));
    assertEquals("ok: tag async", found.getProperty("asyncCall"));
  }

  @Test
  void upgradingTheApplicationToOkHttp5LeavesOneCopyAndTheCallWorks() throws IOException {
    String okhttp5 = BuildProperties.get("publishing.okhttpVersion");
    Properties found = build("okhttp5", "-Pokhttp5");

    assertEquals("okhttp-jvm-" + okhttp5 + ".jar", found.getProperty("okHttpClientJar"));
    assertEquals(okhttp5, found.getProperty("okHttpVersion"));
    assertEquals("ok: tag legacy", found.getProperty("call"));
    assertEquals("ok: tag async", found.getProperty("asyncCall"));
  }

  private static Properties build(String name, String... args) throws IOException {
    StagingRepository.ofThisBuild();
    Path project = Path.of(BuildProperties.get("publishing.okhttp4ConsumerDirectory"));
    Path log = project.resolve("build-" + name + ".log");
    String[] command = new String[args.length + 3];
    command[0] = "-Dmaven.repo.local=" + BuildProperties.get("publishing.consumerRepository");
    System.arraycopy(args, 0, command, 1, args.length);
    command[args.length + 1] = "clean";
    command[args.length + 2] = "test";
    int status = MavenRun.run(project, log, command);

    assertEquals(0, status, "The build failed; " + log + " ends with:\n" + MavenRun.tail(log, 60));
    Properties found = new Properties();
    try (InputStream in = Files.newInputStream(project.resolve("target/okhttp.properties"))) {
      found.load(in);
    }
    return found;
  }
}
