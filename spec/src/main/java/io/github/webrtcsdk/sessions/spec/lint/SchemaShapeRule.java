package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Rule {@code schema-shape}: mistakes in schemas that Swagger Parser lets through but that break
 * code generation or example checks: a {@code type} that OpenAPI 3.0 does not have, an array
 * without {@code items}, a non-boolean {@code nullable}, a required property that is not
 * defined.
 */
final class SchemaShapeRule implements LintRule {
  static final String ID = "schema-shape";

  private static final Set<String> TYPES =
      Set.of("string", "number", "integer", "boolean", "array", "object");

  @Override
  public void check(LintContext context) {
    for (SchemaSite schema : context.schemas()) {
      Site site = schema.site();
      if (site.isRef()) continue;
      JsonNode node = site.node();
      String name = "'" + site.label() + "'";
      JsonNode type = node.get("type");
      if (type != null && !(type.isTextual() && TYPES.contains(type.asText()))) {
        context.report(Pointers.child(site.pointer(), "type"), ID, "type " + type + " of " + name
            + " is not an OpenAPI 3.0 type (string, number, integer, boolean, array, object)");
      }
      if (type != null && type.asText().equals("array") && !node.has("items")) {
        context.report(site.pointer(), ID, "array schema " + name + " has no items");
      }
      JsonNode nullable = node.get("nullable");
      if (nullable != null && !nullable.isBoolean()) {
        context.report(Pointers.child(site.pointer(), "nullable"), ID,
            "nullable of " + name + " must be true or false, found " + nullable);
      }
      JsonNode required = node.path("required");
      JsonNode properties = node.path("properties");
      if (!properties.isObject()) continue;
      for (int i = 0; i < required.size(); i++) {
        String property = required.get(i).asText();
        if (!properties.has(property)) {
          context.report(Pointers.child(Pointers.child(site.pointer(), "required"), i), ID,
              "required property '" + property + "' of " + name + " is not defined");
        }
      }
    }
  }
}
