package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Rule {@code error-responses}: every operation documents at least one 4xx and one 5xx response,
 * so the generated client maps errors to typed exceptions. {@code default} does not count: it
 * says nothing about which failures happen.
 */
final class ErrorResponsesRule implements LintRule {
  static final String ID = "error-responses";

  private static final Pattern CLIENT_ERROR = Pattern.compile("4(\\d\\d|XX)");
  private static final Pattern SERVER_ERROR = Pattern.compile("5(\\d\\d|XX)");

  @Override
  public void check(LintContext context) {
    for (Operation operation : context.operations()) {
      JsonNode responses = operation.node().path("responses");
      boolean clientError = false;
      boolean serverError = false;
      for (String status : (Iterable<String>) responses::fieldNames) {
        clientError |= CLIENT_ERROR.matcher(status).matches();
        serverError |= SERVER_ERROR.matcher(status).matches();
      }
      String pointer = responses.isObject()
          ? Pointers.child(operation.pointer(), "responses")
          : operation.pointer();
      if (!clientError) {
        context.report(pointer, ID,
            "operation '" + operation.label() + "' documents no 4xx response");
      }
      if (!serverError) {
        context.report(pointer, ID,
            "operation '" + operation.label() + "' documents no 5xx response");
      }
    }
  }
}
