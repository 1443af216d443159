package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SchemaValidatorTest {
  private static final String DOCUMENT = String.join("\n",
      "components:",
      "  schemas:",
      "    Pet:",
      "      type: object",
      "      properties:",
      "        id: {type: string, readOnly: true}",
      "        tags: {type: array, uniqueItems: true, items: {type: string}}",
      "");

  @Test
  void validValueHasNoViolations() throws Exception {
    assertEquals(List.of(), validate("{id: p1, tags: [a, b]}", Usage.RESPONSE));
  }

  @Test
  void violationsCarryTheInstancePointer() throws Exception {
    assertEquals(List.of(new SchemaValidator.Violation("/tags",
        "must have only unique items in the array")), validate("{tags: [a, a]}", Usage.ANY));
  }

  @Test
  void readOnlyPropertyInARequestIsNamed() throws Exception {
    assertEquals(List.of(new SchemaValidator.Violation("/id",
        "'id' is read-only and must not appear in a request")),
        validate("{id: p1}", Usage.REQUEST));
  }

  @Test
  void undeclaredPropertyIsPointedAt() throws Exception {
    assertEquals(List.of(new SchemaValidator.Violation("/a~1b",
        "'a/b' is not a declared property")), validate("{a/b: 1}", Usage.ANY));
  }

  @Test
  void eachCallUsesItsOwnSchema() throws Exception {
    SchemaValidator validator = validator();
    assertEquals(1, validator.validate(node("{type: string}"), node("1"), Usage.ANY).size());
    assertEquals(0, validator.validate(node("{type: integer}"), node("1"), Usage.ANY).size());
  }

  private static List<SchemaValidator.Violation> validate(String value, Usage usage)
      throws Exception {
    return validator().validate(node("{$ref: '#/components/schemas/Pet'}"), node(value), usage);
  }

  private static SchemaValidator validator() throws Exception {
    return new SchemaValidator(new SchemaConverter(node(DOCUMENT)));
  }

  private static JsonNode node(String yaml) throws Exception {
    return SourceDocument.parse(yaml).root();
  }
}
