package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metamorphic proof: neither the order of the keys in a map nor the choice of YAML or JSON is part
 * of an API, so rewriting a document in those ways changes no finding. Checked on a large real
 * document, Bandwidth's (about 10,000 lines), and on every corpus case. Shuffles are seeded.
 */
final class ReorderedDocumentTest {
  /** Surefire runs in the module directory; the document is the generator module's test input. */
  private static final Path BANDWIDTH =
      Path.of("../generator-templates/src/test/resources/specs/bandwidth/bandwidth-apis.yml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  static List<String> cases() {
    return Corpus.cases();
  }

  @Test
  void bandwidthDocumentAgainstItsJsonFormAndShuffledCopiesHasNoChanges()
      throws IOException, DiffInputException {
    // The tree the parser itself reads from the YAML, so every form below means the same.
    JsonNode tree = DeserializationUtils.deserializeIntoTree(
        Files.readString(BANDWIDTH), BANDWIDTH.toString());
    OpenAPI original = SpecSource.load(BANDWIDTH.toAbsolutePath().toString(), work);
    assertEquals(List.of(), findings(original, load("bandwidth.json", JSON, tree)));
    for (long seed = 1; seed <= 3; seed++) {
      JsonNode shuffled = shuffle(tree, new Random(seed));
      assertEquals(List.of(), findings(original, load("shuffled.yaml", Corpus.YAML, shuffled)),
          "seed " + seed);
      assertEquals(List.of(), findings(original, load("shuffled.json", JSON, shuffled)),
          "seed " + seed + ", JSON");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusCaseReportsTheSameInAnyKeyOrderAndForm(String name)
      throws IOException, DiffInputException {
    Random random = new Random(name.hashCode());
    OpenAPI before = load("before.yaml", Corpus.YAML, Corpus.before(name));
    OpenAPI after = load("after.yaml", Corpus.YAML, Corpus.after(name));
    List<String> expected = findings(before, after);
    assertEquals(expected, findings(before,
        load("after.json", JSON, shuffle(Corpus.after(name), random))));
    assertEquals(expected, findings(
        load("before.json", JSON, shuffle(Corpus.before(name), random)), after));
  }

  private OpenAPI load(String file, ObjectMapper format, JsonNode tree)
      throws IOException, DiffInputException {
    format.writeValue(work.resolve(file).toFile(), tree);
    return SpecSource.load(file, work);
  }

  private static List<String> findings(OpenAPI base, OpenAPI head) {
    return SpecComparator.compare(base, head).stream()
        .map(c -> c.rule().id() + " @ " + c.location() + " :: " + c.message()).toList();
  }

  /** A copy of {@code node} with the keys of every object, at every depth, in random order. */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      Collections.shuffle(fields, random);
      ObjectNode result = ((ObjectNode) node).objectNode();
      fields.forEach(field -> result.set(field.getKey(), shuffle(field.getValue(), random)));
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = ((ArrayNode) node).arrayNode();
      node.forEach(element -> result.add(shuffle(element, random)));
      return result;
    }
    return node;
  }
}
