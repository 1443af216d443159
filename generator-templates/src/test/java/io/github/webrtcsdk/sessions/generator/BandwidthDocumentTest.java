package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-document proof: Bandwidth's combined document ({@code specs/bandwidth/}, 55 operations
 * and 278 schemas with query and header parameters, binary and XML bodies, per-path servers, oneOf
 * and anyOf with discriminators, callbacks) gives a client that compiles for Java 8 without one
 * warning, and whose models read and write back every example the document holds.
 */
final class BandwidthDocumentTest {
  static final Path SPEC = Paths.get("src/test/resources/specs/bandwidth/bandwidth-apis.yml");
  private static final String MODEL = "io.github.webrtcsdk.sessions.model.";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Examples that break their own schema, so that a client that checks {@code required} must reject
   * them: the error examples of phone number lookup leave out the required {@code code} of each
   * error. Each must fail exactly so; every other example must round-trip.
   */
  private static final Map<String, String> INVALID_EXAMPLES = new TreeMap<>();

  static {
    for (String name : new String[] {"badRequest", "mediaType", "notFound", "tooManyRequests"}) {
      INVALID_EXAMPLES.put(
          "lookupErrorResponse /components/responses/tnLookupDefaultResponse/content"
              + "/application/json#"
              + name,
          "com.squareup.moshi.JsonDataException: Missing required properties: code at"
              + " $.errors[0]");
    }
  }

  @TempDir static Path dir;
  private static Path out;
  private static URLClassLoader loader;
  private static Moshi moshi;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    out = Generation.generate(SPEC.toAbsolutePath(), dir.resolve("out"));
    Path classes = dir.resolve("classes");
    JavaCompilation.compile(out.resolve("src/main/java"), classes);
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, BandwidthDocumentTest.class.getClassLoader());
    Object factory =
        Class.forName(MODEL + "ModelJsonAdapterFactory", true, loader)
            .getConstructor()
            .newInstance();
    moshi = new Moshi.Builder().add((JsonAdapter.Factory) factory).build();
  }

  @AfterAll
  static void close() throws IOException {
    loader.close();
  }

  @Test
  void javadocPassesEveryDoclintCheck() {
    JavaCompilation.javadoc(
        out.resolve("src/main/java"), dir.resolve("classes"), dir.resolve("doc"));
  }

  @Test
  void everyOperationHasAMethod() throws IOException {
    JsonNode spec = new YAMLMapper().readTree(SPEC.toFile());
    List<String> missing = new ArrayList<>();
    int operations = 0;
    StringBuilder services = new StringBuilder();
    try (Stream<Path> files =
        Files.list(out.resolve("src/main/java/io/github/webrtcsdk/sessions"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.toString().endsWith("Service.java")) {
          services.append(new String(Files.readAllBytes(file), "UTF-8"));
        }
      }
    }
    for (Iterator<JsonNode> paths = spec.get("paths").elements(); paths.hasNext(); ) {
      for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (op.getValue().has("operationId")) {
          operations++;
          String id = op.getValue().get("operationId").asText();
          if (!services.toString().contains(" " + id + "(")) {
            missing.add(id);
          }
        }
      }
    }
    assertEquals(55, operations);
    assertEquals(new ArrayList<String>(), missing, "operations without a service method");
  }

  @Test
  void everyExampleRoundTrips() throws Exception {
    JsonNode spec = new YAMLMapper().readTree(SPEC.toFile());
    Map<String, JsonNode> examples = new TreeMap<>();
    collectExamples(spec, spec, "", examples);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
      String[] parts = example.getKey().split(" ", 2);
      Class<?> type = modelClass(parts[0]);
      if (type == null) {
        continue; // A string, number or array schema: not a model of its own.
      }
      checked++;
      String expectedFailure = INVALID_EXAMPLES.get(example.getKey());
      try {
        roundTrip(type, parts[1].startsWith("[]"), example.getValue());
        if (expectedFailure != null) {
          failures.add(example.getKey() + ": read although it breaks its schema");
        }
      } catch (Exception | AssertionError e) {
        if (!e.toString().equals(expectedFailure)) {
          failures.add(example.getKey() + ": " + e);
        }
      }
    }
    assertTrue(checked > 100, "only " + checked + " examples of models");
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " of "
              + checked
              + " examples do not round-trip:\n"
              + String.join("\n", failures));
    }
  }

  /**
   * Finds the examples of models: a schema's own {@code example}, and the {@code example} or {@code
   * examples} of every media type whose schema is a {@code $ref} (or an array of one). Keys are
   * {@code <schema> <where>}, with {@code []} before {@code where} for arrays.
   */
  private static void collectExamples(
      JsonNode root, JsonNode node, String where, Map<String, JsonNode> examples) {
    if (node.isObject()) {
      JsonNode schema = node.get("schema");
      if (schema != null && (node.has("example") || node.has("examples"))) {
        String ref = schema.path("$ref").asText(null);
        boolean array = false;
        if (ref == null && "array".equals(schema.path("type").asText())) {
          ref = schema.path("items").path("$ref").asText(null);
          array = true;
        }
        if (ref != null && ref.startsWith("#/components/schemas/")) {
          String name = ref.substring("#/components/schemas/".length());
          if (node.has("example")) {
            examples.put(name + " " + (array ? "[]" : "") + where, node.get("example"));
          }
          for (Iterator<Map.Entry<String, JsonNode>> e = node.path("examples").fields();
              e.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = e.next();
            JsonNode example = entry.getValue();
            String exampleRef = example.path("$ref").asText(null);
            if (exampleRef != null) {
              example = root.at(exampleRef.substring(1));
            }
            examples.put(
                name + " " + (array ? "[]" : "") + where + "#" + entry.getKey(),
                example.get("value"));
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        collectExamples(root, field.getValue(), where + "/" + field.getKey(), examples);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectExamples(root, node.get(i), where + "/" + i, examples);
      }
    }
    if (where.matches("/components/schemas/[^/]+") && node.has("example")) {
      examples.put(
          where.substring("/components/schemas/".length()) + " " + where, node.get("example"));
    }
  }

  private static Class<?> modelClass(String schema) {
    try {
      return Class.forName(MODEL + new WebRtcJavaCodegen().toModelName(schema), true, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked") // The adapter is for the model class it was asked for.
  private static void roundTrip(Class<?> type, boolean array, JsonNode example) throws Exception {
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(type);
    if (array) {
      assertTrue(example.isArray(), "not an array: " + example);
      for (JsonNode element : example) {
        roundTrip(adapter, element);
      }
    } else {
      roundTrip(adapter, example);
    }
  }

  private static void roundTrip(JsonAdapter<Object> adapter, JsonNode example) throws Exception {
    Object value = adapter.fromJson(JSON.writeValueAsString(example));
    String written = adapter.toJson(value);
    assertSameJson(example, JSON.readTree(written), "$");
    assertEquals(value, adapter.fromJson(written), "read again");
  }

  /**
   * Whether {@code actual} says what {@code expected} says: numbers by value, date-times by
   * instant, UUIDs ignoring case, objects ignoring property order; a null property that the model
   * does not declare nullable may be left out, as the model documents.
   */
  static void assertSameJson(JsonNode expected, JsonNode actual, String path) {
    if (expected.isNumber() && actual.isNumber()) {
      assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), path);
    } else if (expected.isTextual() && actual.isTextual()) {
      assertEquals(normalize(expected.asText()), normalize(actual.asText()), path);
    } else if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode other = actual.get(field.getKey());
        if (other == null && field.getValue().isNull()) {
          continue;
        }
        assertTrue(other != null, path + "." + field.getKey() + " was dropped");
        assertSameJson(field.getValue(), other, path + "." + field.getKey());
      }
      for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        assertTrue(expected.has(name), path + "." + name + " was added");
      }
    } else if (expected.isArray() && actual.isArray()) {
      assertEquals(expected.size(), actual.size(), path + " size");
      for (int i = 0; i < expected.size(); i++) {
        assertSameJson(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else {
      assertEquals(expected, actual, path);
    }
  }

  private static Object normalize(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // Not a date-time.
    }
    try {
      if (text.length() == 36) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      // Not a UUID.
    }
    return text;
  }
}
