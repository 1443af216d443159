package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules {@code operation-id-present}, {@code operation-id-camel-case} and
 * {@code operation-id-unique}: every operation has an operationId that is a lowerCamelCase Java
 * identifier, used once, since it becomes the generated method's name.
 */
final class OperationIdRule implements LintRule {
  static final String PRESENT = "operation-id-present";
  static final String CAMEL_CASE = "operation-id-camel-case";
  static final String UNIQUE = "operation-id-unique";

  private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

  @Override
  public void check(LintContext context) {
    Map<String, Operation> seen = new HashMap<>();
    for (Operation operation : context.operations()) {
      JsonNode id = operation.node().get("operationId");
      String where = operation.method().toUpperCase(Locale.ROOT) + " " + operation.path();
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        context.report(operation.pointer(), PRESENT, "operation " + where + " has no operationId");
        continue;
      }
      String pointer = Pointers.child(operation.pointer(), "operationId");
      String value = id.asText();
      if (!LOWER_CAMEL_CASE.matcher(value).matches()) {
        context.report(pointer, CAMEL_CASE, "operationId '" + value + "' of " + where
            + " is not lowerCamelCase (letters and digits, starting with a lower-case letter)");
      }
      Operation first = seen.putIfAbsent(value, operation);
      if (first != null) {
        int line = context.document().locate(Pointers.child(first.pointer(), "operationId")).line();
        context.report(pointer, UNIQUE, "operationId '" + value + "' of " + where
            + " is already used by " + first.method().toUpperCase(Locale.ROOT) + " "
            + first.path() + " (line " + line + ")");
      }
    }
  }
}
