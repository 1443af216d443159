package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

final class SourceDocumentTest {
  private static final String YAML = String.join("\n",
      "a: 1",
      "b:",
      "  - x",
      "  - k: v",
      "    'z/~': 2",
      "c: {d: e}",
      "");

  @Test
  void mappingValuesAreLocatedAtTheirKey() throws Exception {
    SourceDocument document = SourceDocument.parse(YAML);
    assertEquals(new Location(1, 1), document.locate("/a"));
    assertEquals(new Location(2, 1), document.locate("/b"));
    assertEquals(new Location(4, 5), document.locate("/b/1/k"));
    assertEquals(new Location(5, 5), document.locate("/b/1/z~1~0"));
    assertEquals(new Location(6, 5), document.locate("/c/d"));
  }

  @Test
  void sequenceItemsAreLocatedAtTheirFirstToken() throws Exception {
    SourceDocument document = SourceDocument.parse(YAML);
    assertEquals(new Location(3, 5), document.locate("/b/0"));
    assertEquals(new Location(4, 5), document.locate("/b/1"));
  }

  @Test
  void unknownPointersFallBackToTheNearestAncestor() throws Exception {
    SourceDocument document = SourceDocument.parse(YAML);
    assertEquals(new Location(4, 5), document.locate("/b/1/missing/deeper"));
    assertEquals(Location.START, document.locate("/nothing"));
  }

  @Test
  void scalarsResolveLikeSwaggerParser() throws Exception {
    JsonNode root = SourceDocument.parse("a: yes\nb: 010\nc: ~\nd: '1'\ne: 1.50\n").root();
    assertTrue(root.get("a").isBoolean());
    assertEquals(8, root.get("b").intValue());
    assertTrue(root.get("c").isNull());
    assertTrue(root.get("d").isTextual());
    assertEquals(1.5, root.get("e").doubleValue());
  }

  @Test
  void syntaxErrorCarriesTheProblemLocation() {
    YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
        () -> SourceDocument.parse("a:\n  b: 1\n c: 2\n"));
    assertEquals(new Location(3, 2), e.location());
    assertEquals("while parsing a block mapping: expected <block end>, but found '<block mapping"
        + " start>'", e.getMessage());
  }

  @Test
  void duplicateKeysAreSyntaxErrors() {
    YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
        () -> SourceDocument.parse("a:\n  b: 1\n  b: 2\n"));
    assertEquals(new Location(3, 3), e.location());
    assertEquals("duplicate key 'b' (first at line 2)", e.getMessage());
  }
}
