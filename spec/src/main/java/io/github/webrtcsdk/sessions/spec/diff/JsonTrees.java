package io.github.webrtcsdk.sessions.spec.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parsed values (examples, defaults, discriminators, whole schemas) as JSON trees in one canonical
 * form: every object lists its keys sorted. The order a document writes keys in means nothing, so
 * neither the equality of two trees nor their text may depend on it.
 */
final class JsonTrees {
  private JsonTrees() {}

  /** {@code value} as a canonical tree, or null for null. */
  static JsonNode of(Object value) {
    return value == null ? null : sorted(Json.mapper().valueToTree(value));
  }

  /** How a value reads in a message: scalars as they are, maps and lists as canonical JSON. */
  static String text(Object value) {
    boolean container = value instanceof Map || value instanceof Collection
        || value instanceof JsonNode node && node.isContainerNode();
    return container ? of(value).toString() : String.valueOf(value);
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        fields.put(field.getKey(), sorted(field.getValue()));
      }
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      result.setAll(fields);
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> result.add(sorted(element)));
      return result;
    }
    return node;
  }
}
