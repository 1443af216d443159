package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The sources this module compiled are what the current spec, templates and generator class give:
 * the build never compiles stale output.
 *
 * <p>It generates again, in-process, with the generator on this module's classpath (the one the
 * build just made) and the spec file the plugin read, and compares every file with the plugin's
 * output. A build that skipped generation, or kept files of a removed schema, fails here.
 */
final class GeneratedSourcesUpToDateTest {
  @Test
  void generatedSourcesMatchCurrentSpecAndGenerator(@TempDir Path fresh) {
    Path spec = Paths.get(System.getProperty("webrtc.spec"));
    Path compiled = Paths.get(System.getProperty("webrtc.generated"));
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName("webrtc-java")
            .setInputSpec(spec.toString())
            .setOutputDir(fresh.toString())
            // As the plugin does: the User-Agent carries the product and the version being built.
            .addAdditionalProperty("clientVersion", System.getProperty("webrtc.clientVersion"))
            .addAdditionalProperty("artifactId", "webrtc-sessions-java");

    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();

    Map<String, String> expected = read(fresh);
    Map<String, String> actual = read(compiled);
    assertTrue(expected.size() > 50, "generated " + expected.keySet());
    List<String> missing = new ArrayList<>(expected.keySet());
    missing.removeAll(actual.keySet());
    List<String> extra = new ArrayList<>(actual.keySet());
    extra.removeAll(expected.keySet());
    assertEquals(new ArrayList<String>(), missing, "files missing from " + compiled);
    assertEquals(new ArrayList<String>(), extra, "stale files in " + compiled);
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file : expected.entrySet()) {
      if (!file.getValue().equals(actual.get(file.getKey()))) {
        stale.add(file.getKey());
      }
    }
    assertEquals(new ArrayList<String>(), stale, "stale files in " + compiled);
  }

  private static Map<String, String> read(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(".openapi-generator")) {
          continue; // The plugin's bookkeeping (spec hash, file list), not sources.
        }
        files.put(relative, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
