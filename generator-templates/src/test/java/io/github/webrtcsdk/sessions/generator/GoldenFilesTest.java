package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the output for small specs with the expected files committed under {@code
 * src/test/resources/golden/<spec>/}.
 *
 * <p>Covered by the specs: nullable properties, open enums (named, inline, with descriptions),
 * arrays, {@code uniqueItems} sets, maps, free-form objects, nested inline objects, required
 * fields, read-only, deprecated and sensitive properties; optional request bodies, 204 alternatives
 * to a list and to an object, {@code $ref} responses, path parameters declared out of path order,
 * bound and unbound, and every mapped error status ({@code models}, {@code operations}); query and
 * header parameters of every style ({@code parameters}); formats, defaults, constraints, names,
 * maps and allOf ({@code types}); oneOf and anyOf ({@code composition}); binary and text bodies,
 * several success bodies, servers and callbacks ({@code bodies}).
 *
 * <p>After an intended change, rewrite the expected files and review the diff:
 *
 * <pre>./mvnw -pl generator-templates test -Dtest=GoldenFilesTest -Dgolden.update=true</pre>
 *
 * <p>The runtime that does not depend on the spec is the client-runtime module, tested there.
 */
final class GoldenFilesTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"models", "operations", "parameters", "types", "composition", "bodies"})
  void outputMatchesGoldenFiles(String spec, @TempDir Path out) throws IOException {
    Generation.generate(Generation.spec(spec), out);
    Map<String, String> actual = specDependent(Generation.read(out));
    Path expectedRoot = GOLDEN.resolve(spec);

    if (Boolean.getBoolean("golden.update")) {
      rewrite(expectedRoot, actual);
      return;
    }
    if (!Files.isDirectory(expectedRoot)) {
      fail("No golden files in " + expectedRoot + "; run with -Dgolden.update=true");
    }
    Map<String, String> expected = Generation.read(expectedRoot);
    assertEquals(expected.keySet(), actual.keySet(), "generated files");
    List<String> different = new ArrayList<>();
    for (Map.Entry<String, String> file : expected.entrySet()) {
      if (!file.getValue().equals(actual.get(file.getKey()))) {
        different.add(file.getKey());
      }
    }
    // One failure names every file that changed; the first difference shows in full.
    if (!different.isEmpty()) {
      String first = different.get(0);
      assertEquals(
          expected.get(first),
          actual.get(first),
          "differs from golden files: " + different + " (-Dgolden.update=true rewrites them)");
    }
  }

  /** Drops the generator's metadata. */
  static Map<String, String> specDependent(Map<String, String> files) {
    Map<String, String> kept = new TreeMap<>(files);
    kept.keySet().removeIf(path -> path.startsWith(".openapi-generator"));
    return kept;
  }

  private static void rewrite(Path root, Map<String, String> files) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }
}
