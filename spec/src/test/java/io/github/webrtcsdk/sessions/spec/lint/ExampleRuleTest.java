package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ExampleRuleTest {
  @Test
  void examplesAndDefaultsAreValidatedAgainstTheirSchemas() {
    assertEquals(List.of(
        "lint/example-invalid.yaml:22:11: [example-valid] example does not match its schema:"
            + " must have a minimum value of 1",
        "lint/example-invalid.yaml:32:19: [example-valid] example 'readOnlyId' does not match"
            + " its schema at /id: 'id' is read-only and must not appear in a request",
        "lint/example-invalid.yaml:47:17: [example-valid] example does not match its schema at"
            + " /kind: does not have a value in the enumeration [\"DOG\"]",
        "lint/example-invalid.yaml:48:17: [example-valid] example does not match its schema at"
            + " /age: must have an exclusive minimum value of 0",
        "lint/example-invalid.yaml:57:7: [example-valid] example 'typo' does not match its"
            + " schema: required property 'name' not found",
        "lint/example-invalid.yaml:58:9: [example-valid] example 'typo' does not match its"
            + " schema at /nmae: 'nmae' is not a declared property",
        "lint/example-invalid.yaml:59:5: [example-unreferenced] example 'Orphan' is referenced by"
            + " no media type, parameter or header, so no schema checks it",
        "lint/example-invalid.yaml:78:11: [example-valid] example does not match its schema:"
            + " must be at most 10 characters long",
        "lint/example-invalid.yaml:95:7: [example-valid] default does not match its schema: does"
            + " not have a value in the enumeration [\"DOG\"]"),
        Corpus.lint("example-invalid.yaml"));
  }

  @Test
  void breakingOneExampleOfTheCleanSpecIsFound() {
    String text = Corpus.read("clean.yaml").replace("                name: Rex\n",
        "                name: 7\n");
    assertEquals(List.of("clean.yaml:25:17: [example-valid] example does not match its schema at"
        + " /name: integer found, string expected"),
        SpecLinter.create().lint("clean.yaml", text).stream().map(Finding::toString).toList());
  }

  @Test
  void exampleWithoutSchema() {
    String text = Corpus.read("clean.yaml").replace(
        "              schema:\n                $ref: '#/components/schemas/Pet'\n", "");
    assertEquals(List.of("clean.yaml:22:15: [example-valid] example of media type"
        + " 'application/json' of response '200' of 'getPet' has no schema to check it against"),
        SpecLinter.create().lint("clean.yaml", text).stream().map(Finding::toString).toList());
  }
}
