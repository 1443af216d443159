package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node of the spec that a rule looks at.
 *
 * @param pointer where the node is, as a JSON pointer
 * @param node the node itself, possibly a {@code $ref}
 * @param label how messages name it, such as {@code 'Session.tag'}
 * @param usage which side of an exchange its values travel on
 */
record Site(String pointer, JsonNode node, String label, Usage usage) {
  boolean isRef() {
    return node.has("$ref");
  }
}
