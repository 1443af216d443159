package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules {@code operation-single-tag} and {@code tag-declared}: every operation has exactly one
 * tag, which picks the one generated API class it lands in, and that tag is declared under the
 * top-level {@code tags}, whose description documents the class.
 */
final class TagRule implements LintRule {
  static final String SINGLE = "operation-single-tag";
  static final String DECLARED = "tag-declared";

  @Override
  public void check(LintContext context) {
    Set<String> declared = new HashSet<>();
    for (JsonNode tag : context.root().path("tags")) {
      if (tag.path("name").isTextual()) declared.add(tag.path("name").asText());
    }
    for (Operation operation : context.operations()) {
      JsonNode tags = operation.node().path("tags");
      List<String> names = new ArrayList<>();
      for (JsonNode tag : tags) names.add(tag.asText());
      String pointer = Pointers.child(operation.pointer(), "tags");
      if (names.isEmpty()) {
        context.report(tags.isMissingNode() ? operation.pointer() : pointer, SINGLE,
            "operation '" + operation.label() + "' has no tag; give it exactly one");
        continue;
      }
      if (names.size() > 1) {
        context.report(pointer, SINGLE, "operation '" + operation.label() + "' has "
            + names.size() + " tags " + names + "; give it exactly one");
      }
      for (int i = 0; i < names.size(); i++) {
        if (!declared.contains(names.get(i))) {
          context.report(Pointers.child(pointer, i), DECLARED, "tag '" + names.get(i)
              + "' of operation '" + operation.label() + "' is not declared under the top-level"
              + " tags");
        }
      }
    }
  }
}
