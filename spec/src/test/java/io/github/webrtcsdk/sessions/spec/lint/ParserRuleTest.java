package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ParserRuleTest {
  @Test
  void swaggerParserMessagesPointAtTheNamedNode() {
    assertEquals(List.of(
        "lint/invalid-openapi.yaml:2:1: [openapi-parse] attribute info.version is missing",
        "lint/invalid-openapi.yaml:14:7: [openapi-parse] attribute paths.'/pets'(get).colour is"
            + " unexpected"),
        Corpus.lint("invalid-openapi.yaml"));
  }

  @Test
  void openApi31IsRefused() {
    assertEquals(List.of("lint/openapi-3-1.yaml:1:1: [openapi-parse] openapi is \"3.1.0\"; this"
        + " tool checks OpenAPI 3.0.x documents only"), Corpus.lint("openapi-3-1.yaml"));
  }

  @Test
  void missingOpenApiField() {
    assertEquals(List.of("x:1:1: [openapi-parse] the document has no openapi field; this tool"
        + " checks OpenAPI 3.0.x"),
        SpecLinter.create().lint("x", "info: {}\n").stream().map(Finding::toString).toList());
  }

  @Test
  void tokensSplitDottedPathsKeepingQuotedKeys() {
    assertEquals(List.of("paths", "/a.b/{id}", "get", "responses", "200"),
        ParserRule.tokens("paths.'/a.b/{id}'(get).responses.200"));
    assertEquals(List.of("content", "application/json", "schema"),
        ParserRule.tokens("content.'application/json'.schema"));
  }

  @Test
  void pointerOfStopsAtTheDeepestExistingNode() throws Exception {
    SourceDocument document = SourceDocument.parse("paths:\n  /a:\n    get:\n      x: 1\n");
    assertEquals("/paths/~1a/get",
        ParserRule.pointerOf(document.root(), "attribute paths.'/a'(get).responses is missing"));
    assertEquals("/paths/~1a/get/x",
        ParserRule.pointerOf(document.root(), "paths.'/a'(get).x target is wrong"));
    assertEquals("", ParserRule.pointerOf(document.root(), "something unrelated"));
  }
}
