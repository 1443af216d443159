package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SchemaShapeRuleTest {
  @Test
  void unknownTypeArrayWithoutItemsBadNullableUndefinedRequired() {
    assertEquals(List.of(
        "lint/schema-shape.yaml:8:5: [openapi-parse] attribute components.schemas.Pet.items is"
            + " missing",
        "lint/schema-shape.yaml:13:11: [schema-shape] required property 'colour' of 'Pet' is not"
            + " defined",
        "lint/schema-shape.yaml:16:11: [schema-shape] type \"strng\" of 'Pet.name' is not an"
            + " OpenAPI 3.0 type (string, number, integer, boolean, array, object)",
        "lint/schema-shape.yaml:18:9: [schema-shape] array schema 'Pet.toys' has no items",
        "lint/schema-shape.yaml:23:11: [schema-shape] nullable of 'Pet.nickname' must be true or"
            + " false, found \"yes\""),
        Corpus.lint("schema-shape.yaml"));
  }
}
