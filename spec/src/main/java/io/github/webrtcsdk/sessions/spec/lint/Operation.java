package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One operation of the spec.
 *
 * @param pointer where it is, such as {@code /paths/~1sessions/post}
 * @param path its path template
 * @param method its HTTP method, lower case as written in the spec
 * @param node the operation object
 */
record Operation(String pointer, String path, String method, JsonNode node) {
  /** Returns how messages name the operation: its operationId, else method and path. */
  String label() {
    JsonNode id = node.get("operationId");
    if (id != null && id.isTextual() && !id.asText().isBlank()) return id.asText();
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }
}
