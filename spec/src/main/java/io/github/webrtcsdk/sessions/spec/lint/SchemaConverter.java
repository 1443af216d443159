package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Converts an OpenAPI 3.0 schema object into a JSON Schema 2020-12 document that a standard
 * validator checks values against.
 *
 * <ul>
 *   <li>{@code $ref: '#/components/schemas/X'} becomes {@code $ref: '#/$defs/X'}, and every
 *       component schema is converted into {@code $defs};
 *   <li>{@code nullable: true} adds {@code "null"} to {@code type} (and to {@code enum});
 *   <li>a {@code readOnly} property is forbidden in a request, a {@code writeOnly} one in a
 *       response (a {@code false} schema), and dropped from {@code required} there;
 *   <li>boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become numbers;
 *   <li>OpenAPI-only keywords ({@code example}, {@code discriminator}, {@code xml},
 *       extensions...) are dropped;
 *   <li>objects are closed ({@code unevaluatedProperties: false}) unless they declare
 *       {@code additionalProperties}: an example that shows an undeclared property documents
 *       something the API does not have. Members of {@code allOf}, inline or named, stay open,
 *       since the composing schema closes over all of them.
 * </ul>
 *
 * <p>Not thread-safe: caches the converted components per {@link Usage}.
 */
final class SchemaConverter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String COMPONENTS = "#/components/schemas/";
  private static final Set<String> OPENAPI_ONLY = Set.of("nullable", "discriminator", "xml",
      "externalDocs", "example", "deprecated", "readOnly", "writeOnly");
  private static final Set<String> SUBSCHEMA = Set.of("items", "not", "additionalProperties");
  private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf");

  private final JsonNode components;
  private final Set<String> composed = new HashSet<>();
  private final Map<Usage, ObjectNode> defs = new EnumMap<>(Usage.class);

  /** @param root the whole OpenAPI document */
  SchemaConverter(JsonNode root) {
    this.components = root.path("components").path("schemas");
    collectComposed(root);
  }

  /** Collects the component schemas that some {@code allOf} extends. */
  private void collectComposed(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode element : node) collectComposed(element);
    } else if (node.isObject()) {
      for (JsonNode member : node.path("allOf")) {
        String ref = member.path("$ref").asText("");
        if (ref.startsWith(COMPONENTS)) composed.add(ref.substring(COMPONENTS.length()));
      }
      for (JsonNode child : node) collectComposed(child);
    }
  }

  /** Returns a self-contained JSON Schema for values of {@code schema} used as {@code usage}. */
  ObjectNode toJsonSchema(JsonNode schema, Usage usage) {
    ObjectNode root = convert(schema, usage, true);
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("$defs", defs.computeIfAbsent(usage, this::convertComponents));
    return root;
  }

  private ObjectNode convertComponents(Usage usage) {
    ObjectNode out = NODES.objectNode();
    LintContext.forEachField(components, "", (name, schema, pointer) ->
        out.set(name, convert(schema, usage, !composed.contains(name))));
    return out;
  }

  private ObjectNode convert(JsonNode schema, Usage usage, boolean closable) {
    ObjectNode out = NODES.objectNode();
    if (!schema.isObject()) return out;
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.startsWith("x-") || OPENAPI_ONLY.contains(name)) continue;
      if (name.equals("$ref")) {
        String ref = value.asText();
        out.put("$ref", ref.startsWith(COMPONENTS)
            ? "#/$defs/" + ref.substring(COMPONENTS.length())
            : ref);
      } else if (name.equals("properties") && value.isObject()) {
        ObjectNode properties = out.putObject("properties");
        for (Map.Entry<String, JsonNode> property : value.properties()) {
          properties.set(property.getKey(), forbidden(property.getValue(), usage)
              ? BooleanNode.FALSE
              : convert(property.getValue(), usage, true));
        }
      } else if (name.equals("required") && value.isArray()) {
        ArrayNode required = out.putArray("required");
        for (JsonNode property : value) {
          if (!forbidden(schema.path("properties").path(property.asText()), usage)) {
            required.add(property);
          }
        }
      } else if (SUBSCHEMA.contains(name) && value.isObject()) {
        out.set(name, convert(value, usage, true));
      } else if (SUBSCHEMA_LISTS.contains(name) && value.isArray()) {
        ArrayNode members = out.putArray(name);
        for (JsonNode member : value) {
          members.add(convert(member, usage, !name.equals("allOf")));
        }
      } else if ((name.equals("exclusiveMinimum") || name.equals("exclusiveMaximum"))
          && value.isBoolean()) {
        String bound = name.equals("exclusiveMinimum") ? "minimum" : "maximum";
        if (value.booleanValue() && schema.has(bound)) out.set(name, schema.get(bound));
      } else {
        out.set(name, value.deepCopy());
      }
    }
    // An exclusive bound replaces the inclusive one it was written with.
    if (out.has("exclusiveMinimum")) out.remove("minimum");
    if (out.has("exclusiveMaximum")) out.remove("maximum");
    if (closable && (out.has("properties") || out.has("allOf"))
        && !schema.has("additionalProperties")) {
      out.put("unevaluatedProperties", false);
    }
    if (schema.path("nullable").asBoolean(false)) return nullable(out);
    return out;
  }

  private static boolean forbidden(JsonNode property, Usage usage) {
    return usage == Usage.REQUEST && property.path("readOnly").asBoolean(false)
        || usage == Usage.RESPONSE && property.path("writeOnly").asBoolean(false);
  }

  private static ObjectNode nullable(ObjectNode schema) {
    JsonNode enumeration = schema.get("enum");
    if (enumeration != null && enumeration.isArray()) {
      boolean hasNull = false;
      for (JsonNode value : enumeration) hasNull |= value.isNull();
      if (!hasNull) ((ArrayNode) enumeration).addNull();
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      schema.putArray("type").add(type.asText()).add("null");
      return schema;
    }
    ObjectNode either = NODES.objectNode();
    either.putArray("anyOf").add(schema).addObject().put("type", "null");
    return either;
  }
}
