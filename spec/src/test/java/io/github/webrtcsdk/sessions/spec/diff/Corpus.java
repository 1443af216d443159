package io.github.webrtcsdk.sessions.spec.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The diff corpus in {@code src/test/resources/diff}: one {@code base.yaml}, and a directory per
 * case with {@code change.yaml}, {@code expected.txt} and, optionally, {@code accepted.yaml}.
 *
 * <p>{@code change.yaml} holds up to two merge patches ({@link MergePatch}): {@code before} turns
 * the base into the case's BASE document, {@code after} turns that BASE into its HEAD. Either may
 * be left out, meaning no change, so a case shows only what it changes.
 */
final class Corpus {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Corpus() {}

  static Path root() {
    try {
      return Path.of(Corpus.class.getResource("/diff").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Case names, sorted. */
  static List<String> cases() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's BASE document. */
  static JsonNode before(String name) {
    return patch(read(root().resolve("base.yaml")), change(name).get("before"));
  }

  /** The case's HEAD document. */
  static JsonNode after(String name) {
    return patch(before(name), change(name).get("after"));
  }

  /**
   * Writes the case as files a command line can name: {@code before.yaml}, {@code after.yaml}
   * and {@code accepted.yaml} when the case has one, in {@code directory/name}.
   *
   * @return that directory
   */
  static Path write(String name, Path directory) {
    Path dir = directory.resolve(name);
    try {
      Files.createDirectories(dir);
      YAML.writeValue(dir.resolve("before.yaml").toFile(), before(name));
      YAML.writeValue(dir.resolve("after.yaml").toFile(), after(name));
      Path accepted = root().resolve(name).resolve("accepted.yaml");
      if (Files.exists(accepted)) {
        Files.copy(accepted, dir.resolve("accepted.yaml"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static JsonNode change(String name) {
    JsonNode change = read(root().resolve(name).resolve("change.yaml"));
    if (!change.isObject()) {
      throw new IllegalStateException(name + "/change.yaml: expected a mapping");
    }
    return change;
  }

  private static JsonNode patch(JsonNode document, JsonNode patch) {
    return patch == null ? document : MergePatch.apply(document, patch);
  }

  private static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
