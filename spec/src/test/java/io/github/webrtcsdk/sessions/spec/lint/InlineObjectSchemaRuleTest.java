package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class InlineObjectSchemaRuleTest {
  @Test
  void inlineObjectsInBodiesArrayItemsAndProperties() {
    assertEquals(List.of(
        "lint/inline-object.yaml:19:13: [inline-object-schema] body of request body of"
            + " 'createPet' is an inline object schema; define it under components/schemas and"
            + " $ref it",
        "lint/inline-object.yaml:32:17: [inline-object-schema] items of body of response '200'"
            + " of 'createPet' is an inline object schema; define it under components/schemas"
            + " and $ref it",
        "lint/inline-object.yaml:44:9: [inline-object-schema] property 'Pet.owner' is an inline"
            + " object schema; define it under components/schemas and $ref it"),
        Corpus.lint("inline-object.yaml"));
  }

  @Test
  void mapsAreNotObjects() throws Exception {
    assertTrue(InlineObjectSchemaRule.isObject(node("{type: object}")));
    assertTrue(InlineObjectSchemaRule.isObject(node("{properties: {a: {type: string}}}")));
    assertTrue(InlineObjectSchemaRule.isObject(node("{allOf: [{$ref: '#/x'}]}")));
    assertFalse(InlineObjectSchemaRule.isObject(
        node("{type: object, additionalProperties: {type: string}}")));
    assertFalse(InlineObjectSchemaRule.isObject(node("{type: array, items: {type: object}}")));
  }

  private static com.fasterxml.jackson.databind.JsonNode node(String yaml) throws Exception {
    return SourceDocument.parse(yaml).root();
  }
}
