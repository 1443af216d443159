package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages and the finer points of classification; the corpus in {@link DiffReportTest} covers
 * every rule's severity and location.
 */
final class SpecComparatorTest {
  /** One operation that sends {@code In} and returns {@code Out}; components are the test's. */
  private static OpenAPI spec(String schemas) {
    String text = String.join("\n",
        "openapi: 3.0.3",
        "info: {title: t, version: 1.0.0}",
        "paths:",
        "  /things:",
        "    post:",
        "      operationId: createThing",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema: {$ref: '#/components/schemas/In'}",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/Out'}",
        "components:",
        "  schemas:",
        schemas.indent(4));
    return parse(text);
  }

  private static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertEquals(List.of(), result.getMessages());
    return result.getOpenAPI();
  }

  private static List<String> diff(String before, String after) {
    return SpecComparator.compare(spec(before), spec(after)).stream()
        .map(c -> c.rule().id() + " @ " + c.location() + " :: " + c.message()).toList();
  }

  @TempDir Path work;

  private List<String> corpus(String name) throws DiffInputException {
    Path dir = Corpus.write(name, work);
    return SpecComparator.compare(SpecSource.load("before.yaml", dir),
            SpecSource.load("after.yaml", dir)).stream()
        .map(c -> c.rule().id() + " :: " + c.message()).toList();
  }

  @Test
  void messagesSayWhatChanged() throws DiffInputException {
    assertEquals(List.of("operation-id-changed :: operationId getSession -> fetchSession: "
        + "the Java method is renamed"), corpus("operation-id-changed"));
    assertEquals(List.of("operation-tag-changed :: tag Sessions -> Participants: "
        + "the Java method moves from the Sessions API classes to the Participants ones"),
        corpus("operation-tag-changed"));
    assertEquals(List.of("path-removed :: path removed with POST (createParticipant), "
        + "GET (listParticipants)"), corpus("path-removed"));
    assertEquals(List.of("parameter-type-changed :: type integer (int32) -> integer (int64)"),
        corpus("parameter-format-changed"));
    assertEquals(List.of("parameter-renamed :: query parameter limit renamed to pageSize"),
        corpus("parameter-renamed"));
    assertEquals(List.of("response-success-status-changed :: success status 200 -> 201"),
        corpus("response-success-status-changed"));
    assertEquals(List.of("schema-renamed :: schema Error renamed to ServiceError: "
        + "the model class is renamed"), corpus("schema-renamed"));
    assertEquals(List.of("security-tightened :: security Basic or OAuth2 -> Basic: "
        + "OAuth2 no longer accepted"), corpus("security-tightened"));
    assertEquals(List.of("schema-type-changed :: type object -> string: "
        + "the model class Error disappears from the Java client"),
        corpus("schema-type-changed"));
    assertEquals(List.of("schema-composition-changed :: oneOf [Session, Participant] -> "
        + "[Session, Participant, Error]"), corpus("schema-composition-changed"));
    assertEquals(List.of("request-constraint-tightened :: maxLength 50 -> 40",
        "request-constraint-tightened :: pattern none -> ^[a-z]+$"),
        corpus("request-constraint-tightened"));
  }

  @Test
  void uniqueItemsChangeSaysSetAndList() throws DiffInputException {
    assertEquals(List.of(
        "request-property-type-changed :: type unique array<PublishPermission> -> "
            + "array<PublishPermission>: the Java type changes between Set and List",
        "response-property-type-changed :: type unique array<PublishPermission> -> "
            + "array<PublishPermission>: the Java type changes between Set and List"),
        corpus("unique-items-changed"));
  }

  @Test
  void identicalSpecsHaveNoChanges() {
    String schemas = "In: {type: object, properties: {a: {type: string}}}\n"
        + "Out: {type: object, properties: {b: {type: integer}}}\n";
    assertEquals(List.of(), diff(schemas, schemas));
  }

  @Test
  void reorderedOAuthScopesAreNoChange() {
    String spec = String.join("\n",
        "openapi: 3.0.3",
        "info: {title: t, version: 1.0.0}",
        "paths: {}",
        "components:",
        "  securitySchemes:",
        "    OAuth2:",
        "      type: oauth2",
        "      flows:",
        "        clientCredentials:",
        "          tokenUrl: https://example.com/token",
        "          scopes: {read: Read things., write: Write things.}",
        "");
    assertEquals(List.of(), SpecComparator.compare(parse(spec), parse(spec.replace(
        "{read: Read things., write: Write things.}",
        "{write: Write things., read: Read things.}"))));
  }

  @Test
  void becomingAnEnumIsATypeChange() {
    assertEquals(List.of("request-property-type-changed @ #/components/schemas/In/properties/a"
        + " :: type string -> string enum"), diff(
        "In: {type: object, properties: {a: {type: string}}}\nOut: {type: object}\n",
        "In: {type: object, properties: {a: {type: string, enum: [X]}}}\nOut: {type: object}\n"));
  }

  /** Findings when {@code A}, used by a request property and a response, goes from one to two. */
  private static List<String> schemaTypeChange(String one, String two) {
    String before = "In: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}\n"
        + "Out: {$ref: '#/components/schemas/A'}\nA: " + one + "\n";
    return diff(before, before.replace("A: " + one, "A: " + two));
  }

  @Test
  void namedSchemaTypeChangeIsOneFindingAtTheSchema() {
    assertEquals(List.of("schema-type-changed @ #/components/schemas/A :: type string -> object:"
        + " the Java client gains a model class A where it used string"),
        schemaTypeChange("{type: string}", "{type: object, properties: {v: {type: string}}}"));
    assertEquals(List.of("schema-type-changed @ #/components/schemas/A :: type object -> "
        + "string enum: the model class A changes in the Java client"),
        schemaTypeChange("{type: object, properties: {v: {type: string}}}",
            "{type: string, enum: [X]}"));
  }

  @Test
  void multipleOfIsRelaxedOnlyWhenTheNewStepDividesTheOld() {
    String before = "In: {type: object, properties: {a: {type: integer, multipleOf: 4}}}\n"
        + "Out: {type: object}\n";
    assertEquals(List.of("request-constraint-relaxed @ #/components/schemas/In/properties/a"
        + " :: multipleOf 4 -> 2"), diff(before, before.replace("multipleOf: 4", "multipleOf: 2")));
    assertEquals(List.of("request-constraint-tightened @ #/components/schemas/In/properties/a"
        + " :: multipleOf 4 -> 3"), diff(before, before.replace("multipleOf: 4", "multipleOf: 3")));
  }

  @Test
  void exclusiveBoundTightensAtTheSameValue() {
    String before = "In: {type: object, properties: {a: {type: number, minimum: 0}}}\n"
        + "Out: {type: object}\n";
    assertEquals(List.of("request-constraint-tightened @ #/components/schemas/In/properties/a"
        + " :: exclusiveMinimum false -> true"),
        diff(before, before.replace("minimum: 0", "minimum: 0, exclusiveMinimum: true")));
  }

  @Test
  void renameIsNotGuessedBetweenTwoIdenticalCandidates() {
    String before = "In: {type: object}\nOut: {type: object}\n"
        + "Old: {type: object, properties: {a: {type: string}}}\n";
    String after = "In: {type: object}\nOut: {type: object}\n"
        + "New1: {type: object, properties: {a: {type: string}}}\n"
        + "New2: {type: object, properties: {a: {type: string}}}\n";
    assertEquals(List.of(
        "schema-removed @ #/components/schemas/Old :: schema Old removed: "
            + "the model class disappears",
        "schema-added @ #/components/schemas/New1 :: schema New1 added",
        "schema-added @ #/components/schemas/New2 :: schema New2 added"), diff(before, after));
  }

  @Test
  void writeOnlyPropertyOfAResponseOnlySchemaStillTakesItsAccessor() {
    String before = "In: {type: object}\n"
        + "Out: {type: object, properties: {secret: {type: string, writeOnly: true}}}\n";
    assertEquals(List.of("response-property-removed @ #/components/schemas/Out/properties/secret"
        + " :: write-only property secret removed: the model loses its accessor"), diff(before,
        "In: {type: object}\nOut: {type: object}\n"));
  }

  @Test
  void readOnlyPropertyOfASharedSchemaIsRemovedFromResponsesOnly() {
    String before = "In: {$ref: '#/components/schemas/Out'}\n"
        + "Out: {type: object, properties: {id: {type: string, readOnly: true}}}\n";
    assertEquals(List.of("response-property-removed @ #/components/schemas/Out/properties/id"
        + " :: property id removed"), diff(before, before.replace(
        "properties: {id: {type: string, readOnly: true}}", "properties: {}")));
  }

  @Test
  void becomingWriteOnlyRemovesAPropertyFromResponses() {
    String before = "In: {type: object}\n"
        + "Out: {type: object, properties: {secret: {type: string}}}\n";
    assertEquals(List.of("response-property-removed @ #/components/schemas/Out/properties/secret"
        + " :: property secret removed: it is now write-only"),
        diff(before, before.replace("{type: string}", "{type: string, writeOnly: true}")));
  }

  @Test
  void nestedModelChangesReportAtTheNestedComponentOnce() {
    String before = "In: {type: object, properties: {x: {$ref: '#/components/schemas/X'}}}\n"
        + "Out: {type: object, properties: {x: {$ref: '#/components/schemas/X'}}}\n"
        + "X: {type: object, properties: {v: {type: string}}}\n";
    assertEquals(List.of(
        "request-property-removed @ #/components/schemas/X/properties/v :: property v removed",
        "response-property-removed @ #/components/schemas/X/properties/v :: property v removed"),
        diff(before, before.replace("X: {type: object, properties: {v: {type: string}}}",
            "X: {type: object}")));
  }

  @Test
  void recursiveSchemasTerminate() {
    String before = "In: {type: object, properties: {next: {$ref: '#/components/schemas/In'},"
        + " v: {type: string}}}\nOut: {$ref: '#/components/schemas/In'}\n";
    assertEquals(List.of(
        "request-property-type-changed @ #/components/schemas/In/properties/v"
            + " :: type string -> integer",
        "response-property-type-changed @ #/components/schemas/In/properties/v"
            + " :: type string -> integer"),
        diff(before, before.replace("v: {type: string}", "v: {type: integer}")));
  }
}
