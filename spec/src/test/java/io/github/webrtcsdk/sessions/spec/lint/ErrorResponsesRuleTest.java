package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ErrorResponsesRuleTest {
  @Test
  void operationsWithout4xxOr5xxResponses() {
    assertEquals(List.of(
        "lint/no-error-responses.yaml:15:7: [error-responses] operation 'listPets' documents no"
            + " 4xx response",
        "lint/no-error-responses.yaml:15:7: [error-responses] operation 'listPets' documents no"
            + " 5xx response",
        "lint/no-error-responses.yaml:25:7: [error-responses] operation 'deletePets' documents no"
            + " 5xx response"),
        Corpus.lint("no-error-responses.yaml"));
  }
}
