package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class RefRuleTest {
  @Test
  void danglingExternalAndWrongKindRefs() {
    assertEquals(List.of(
        "lint/refs.yaml:21:17: [ref-resolves] $ref '#/components/schemas/Pets' does not resolve",
        "lint/refs.yaml:23:11: [openapi-parse] paths.'/pets'(get).responses.404.$ref target"
            + " #/components/schemas/Problem is not of expected type Response",
        "lint/refs.yaml:23:11: [ref-kind] $ref '#/components/schemas/Problem' of a response must"
            + " name an entry of #/components/responses",
        "lint/refs.yaml:25:11: [ref-resolves] $ref 'common.yaml#/components/responses/Problem'"
            + " points outside this file; keep the spec in one self-contained file"),
        Corpus.lint("refs.yaml"));
  }
}
