package io.github.webrtcsdk.sessions.spec.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Checks an OpenAPI 3.0 document against the rules our code generation relies on, and reports
 * each problem with the line and column of the offending node.
 *
 * <p>Rules, by id:
 *
 * <ul>
 *   <li>{@code yaml-syntax}: the file is well-formed YAML without duplicate keys;
 *   <li>{@code openapi-parse}: it is OpenAPI 3.0.x and Swagger Parser reports nothing;
 *   <li>{@code ref-resolves}, {@code ref-kind}: every {@code $ref} is local, resolves, and names
 *       a component of its kind;
 *   <li>{@code operation-id-present}, {@code operation-id-camel-case},
 *       {@code operation-id-unique}: operationIds make good, unique method names;
 *   <li>{@code operation-single-tag}, {@code tag-declared}: one declared tag per operation;
 *   <li>{@code inline-object-schema}: object bodies, parameters and properties are named models;
 *   <li>{@code error-responses}: every operation documents a 4xx and a 5xx response;
 *   <li>{@code description-required}: everything that becomes Javadoc has a description;
 *   <li>{@code schema-shape}: types, array items and required properties make sense;
 *   <li>{@code example-valid}, {@code example-unreferenced}: every example and default validates
 *       against its schema.
 * </ul>
 *
 * <pre>{@code
 * for (Finding finding : SpecLinter.create().lint(Path.of("spec/webrtc-sessions.yaml"))) {
 *   System.out.println(finding); // spec/webrtc-sessions.yaml:42:9: [rule-id] message
 * }
 * }</pre>
 *
 * <p>Instances hold no state between calls and are thread-safe.
 */
public final class SpecLinter {
  private static final List<LintRule> RULES = List.of(
      new ParserRule(),
      new RefRule(),
      new OperationIdRule(),
      new TagRule(),
      new InlineObjectSchemaRule(),
      new ErrorResponsesRule(),
      new DescriptionRule(),
      new SchemaShapeRule(),
      new ExampleRule());

  private SpecLinter() {}

  /** Returns a linter with all rules. */
  public static SpecLinter create() {
    return new SpecLinter();
  }

  /**
   * Lints the UTF-8 file at {@code file}; findings name it as {@code file.toString()}.
   *
   * @return the findings, sorted by line and column; empty when the spec is clean
   * @throws IOException when the file cannot be read or is not UTF-8
   */
  public List<Finding> lint(Path file) throws IOException {
    Objects.requireNonNull(file, "file == null");
    return lint(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Lints {@code text}, naming it {@code fileName} in findings.
   *
   * @return the findings, sorted by line and column; empty when the spec is clean
   */
  public List<Finding> lint(String fileName, String text) {
    Objects.requireNonNull(fileName, "fileName == null");
    Objects.requireNonNull(text, "text == null");
    SourceDocument document;
    try {
      document = SourceDocument.parse(text);
    } catch (YamlSyntaxException e) {
      Location at = e.location();
      return List.of(new Finding(fileName, at.line(), at.column(), "yaml-syntax", e.getMessage()));
    }
    if (!document.root().isObject()) {
      return List.of(new Finding(fileName, 1, 1, "yaml-syntax",
          "the document is not a YAML mapping"));
    }
    LintContext context = new LintContext(fileName, text, document);
    for (LintRule rule : RULES) rule.check(context);
    return context.findings().stream().distinct().sorted().toList();
  }
}
