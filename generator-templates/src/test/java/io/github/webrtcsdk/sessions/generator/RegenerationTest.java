package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generating again into the same folder never keeps stale output: a changed template or spec
 * changes the files, and an unchanged input gives byte-identical files (no timestamps).
 */
final class RegenerationTest {
  private static final String SESSION_MODEL = Generation.source("model/", "Thing");

  @Test
  void changedTemplateChangesOutputInPlace(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Generation.generate(Generation.spec("operations"), out);
    String before = Generation.readFile(out, SESSION_MODEL);

    Path templates = copyTemplates(dir.resolve("templates"));
    Path objectModel = templates.resolve("objectModel.mustache");
    String template = new String(Files.readAllBytes(objectModel), StandardCharsets.UTF_8);
    Files.write(
        objectModel,
        template
            .replace(
                "public final class {{className}} {",
                "public final class {{className}} {\n  // marker")
            .getBytes(StandardCharsets.UTF_8));
    Generation.generate(Generation.spec("operations"), out, templates);

    String after = Generation.readFile(out, SESSION_MODEL);
    assertFalse(before.contains("// marker"));
    assertTrue(after.contains("public final class Thing {\n  // marker\n"));
  }

  @Test
  void changedSpecChangesOutputInPlace(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Path spec = dir.resolve("spec.yaml");
    Files.copy(Generation.spec("operations"), spec);
    Generation.generate(spec, out);
    String before = Generation.readFile(out, SESSION_MODEL);

    String text = new String(Files.readAllBytes(spec), StandardCharsets.UTF_8);
    Files.write(
        spec,
        text.replace(
                "    Thing:\n      type: object\n",
                "    Thing:\n      type: object\n      description: Changed.\n")
            .getBytes(StandardCharsets.UTF_8));
    Generation.generate(spec, out);

    String after = Generation.readFile(out, SESSION_MODEL);
    assertNotEquals(before, after);
    assertTrue(after.contains(" * Changed.\n"));
  }

  @Test
  void sameInputGivesIdenticalOutput(@TempDir Path dir) {
    Map<String, String> first =
        Generation.read(Generation.generate(Generation.spec("models"), dir.resolve("a")));
    Map<String, String> second =
        Generation.read(Generation.generate(Generation.spec("models"), dir.resolve("b")));
    assertEquals(first, second);
  }

  /** Copies the embedded templates, as a user overriding them would. */
  private static Path copyTemplates(Path target) throws IOException, URISyntaxException {
    Path source =
        Paths.get(RegenerationTest.class.getResource("/" + WebRtcJavaCodegen.NAME).toURI());
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy);
        }
      }
    }
    return target;
  }
}
