package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates values against OpenAPI 3.0 schemas with networknt's JSON Schema validator, after
 * {@link SchemaConverter} has turned them into JSON Schema 2020-12.
 */
final class SchemaValidator {
  /** One way a value breaks its schema. */
  record Violation(String pointer, String message) {}

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final SchemaConverter converter;
  private final com.fasterxml.jackson.databind.ObjectMapper jackson2 =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final tools.jackson.databind.ObjectMapper jackson3 =
      new tools.jackson.databind.ObjectMapper();

  SchemaValidator(SchemaConverter converter) {
    this.converter = converter;
  }

  /**
   * Returns how {@code value} breaks {@code schema}, empty when it does not.
   *
   * @throws IllegalArgumentException when the schema itself cannot be compiled
   */
  List<Violation> validate(JsonNode schema, JsonNode value, Usage usage) {
    Schema compiled;
    try {
      compiled = registry.getSchema(toJackson3(converter.toJsonSchema(schema, usage)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<Error> errors;
    try {
      errors = compiled.validate(toJackson3(value));
    } catch (RuntimeException e) {
      // A $ref the validator cannot follow surfaces only now; RefRule names it.
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<Violation> violations = new ArrayList<>();
    for (Error error : errors) {
      String pointer = pointer(error.getInstanceLocation());
      String message = error.getMessage();
      String keyword = error.getKeyword();
      if (("unevaluatedProperties".equals(keyword) || "additionalProperties".equals(keyword))
          && error.getProperty() != null) {
        // Point at the undeclared property itself, not at the object holding it.
        pointer = pointer + "/" + Pointers.escape(error.getProperty());
        message = "'" + error.getProperty() + "' is not a declared property";
      } else if ("false".equals(keyword)) {
        // Only SchemaConverter writes false schemas: for read-only or write-only properties.
        String property = Pointers.last(pointer);
        message = usage == Usage.REQUEST
            ? "'" + property + "' is read-only and must not appear in a request"
            : "'" + property + "' is write-only and must not appear in a response";
      }
      violations.add(new Violation(pointer, message));
    }
    return violations;
  }

  private tools.jackson.databind.JsonNode toJackson3(JsonNode node) {
    try {
      return jackson3.readTree(jackson2.writeValueAsString(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree did not serialize", e);
    }
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(element instanceof Integer
          ? element.toString()
          : Pointers.escape(String.valueOf(element)));
    }
    return pointer.toString();
  }
}
