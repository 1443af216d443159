package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class OperationIdRuleTest {
  @Test
  void duplicateOperationIdPointsAtTheSecondUse() {
    assertEquals(List.of(
        "lint/operation-id-duplicate.yaml:24:7: [openapi-parse] attribute"
            + " paths.'/cats'(get).operationId is repeated",
        "lint/operation-id-duplicate.yaml:24:7: [operation-id-unique] operationId 'getPets' of"
            + " GET /cats is already used by GET /pets (line 13)"),
        Corpus.lint("operation-id-duplicate.yaml"));
  }

  @Test
  void operationIdMustBePresentAndLowerCamelCase() {
    assertEquals(List.of(
        "lint/operation-id-style.yaml:13:7: [operation-id-camel-case] operationId 'List_pets' of"
            + " GET /pets is not lowerCamelCase (letters and digits, starting with a lower-case"
            + " letter)",
        "lint/operation-id-style.yaml:20:5: [operation-id-present] operation DELETE /pets has no"
            + " operationId"),
        Corpus.lint("operation-id-style.yaml"));
  }
}
