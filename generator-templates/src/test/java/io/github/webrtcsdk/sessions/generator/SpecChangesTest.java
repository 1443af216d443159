package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new operation or property in the spec shows up as a new method or accessor. */
final class SpecChangesTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void newOperationAndPropertyAppear(@TempDir Path dir) throws IOException {
    Path original = Generation.spec("operations");
    ObjectNode spec = (ObjectNode) YAML.readTree(original.toFile());
    ((ObjectNode) spec.at("/components/schemas/Thing/properties"))
        .putObject("color")
        .put("type", "string")
        .put("description", "The thing's color.");
    ObjectNode archive =
        ((ObjectNode) spec.get("paths"))
            .putObject("/accounts/{accountId}/things/{thingId}/archive")
            .putObject("post");
    archive.putArray("tags").add("Things");
    archive.put("operationId", "archiveThing").put("summary", "Archive a thing.");
    ArrayNode parameters = archive.putArray("parameters");
    parameters.addObject().put("$ref", "#/components/parameters/AccountId");
    ObjectNode thingId =
        parameters.addObject().put("name", "thingId").put("in", "path").put("required", true);
    thingId.putObject("schema").put("type", "string");
    archive.putObject("responses").putObject("204").put("description", "Archived.");
    Path changed = dir.resolve("changed.yaml");
    YAML.writeValue(changed.toFile(), spec);

    Path before = Generation.generate(original, dir.resolve("before"));
    Path after = Generation.generate(changed, dir.resolve("after"));

    String service = Generation.source("", "ThingsService");
    String api = Generation.source("api/", "ThingsApi");
    String model = Generation.source("model/", "Thing");
    String adapter = Generation.source("model/", "ThingJsonAdapter");
    assertFalse(Generation.readFile(before, service).contains("archiveThing"));
    assertFalse(Generation.readFile(before, model).contains("color"));

    assertTrue(
        Generation.readFile(after, service).contains("public void archiveThing(String thingId) {"));
    assertTrue(
        Generation.readFile(after, service)
            .contains("public CompletableFuture<Void> archiveThingAsync(String thingId) {"));
    assertTrue(
        Generation.readFile(after, api)
            .contains("@POST(\"accounts/{accountId}/things/{thingId}/archive\")"));
    assertTrue(Generation.readFile(after, model).contains("public @Nullable String color() {"));
    assertTrue(
        Generation.readFile(after, model)
            .contains("public Builder color(@Nullable String color) {"));
    assertTrue(Generation.readFile(after, adapter).contains("\"color\""));
    assertTrue(Generation.readFile(after, "docs/ThingsService.md").contains("## archiveThing"));

    JavaCompilation.compile(after.resolve("src/main/java"), dir.resolve("classes"));
  }
}
