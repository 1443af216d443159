package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AcceptedBreaksTest {
  private static final String DELETE = "DELETE /accounts/{accountId}/sessions/{sessionId}";

  private static String failure(String text) {
    return assertThrows(DiffInputException.class, () -> AcceptedBreaks.parse(text, "a.yaml"))
        .getMessage();
  }

  @Test
  void yamlListIsRead() throws DiffInputException {
    AcceptedBreaks accepted = AcceptedBreaks.parse(
        "# why\n- rule: operation-removed\n  location: " + DELETE + "\n  reason: ' Gone. '\n",
        "a.yaml");
    assertEquals(List.of(new AcceptedBreaks.Entry(Rule.OPERATION_REMOVED, DELETE, "Gone.")),
        accepted.entries());
  }

  @Test
  void jsonListIsRead() throws DiffInputException {
    AcceptedBreaks accepted = AcceptedBreaks.parse("[{\"rule\": \"schema-removed\", "
        + "\"location\": \"#/components/schemas/Old\", \"reason\": \"Unused.\"}]", "a.json");
    assertEquals(List.of(new AcceptedBreaks.Entry(Rule.SCHEMA_REMOVED,
        "#/components/schemas/Old", "Unused.")), accepted.entries());
  }

  @Test
  void commentsOnlyAndEmptyListAcceptNothing() throws DiffInputException {
    assertEquals(List.of(), AcceptedBreaks.parse("# nothing yet\n", "a.yaml").entries());
    assertEquals(List.of(), AcceptedBreaks.parse("[]\n", "a.yaml").entries());
  }

  @Test
  void malformedFilesNameTheProblem() {
    assertEquals("invalid accepted breaks a.yaml: expected a list of {rule, location, reason}",
        failure("rule: operation-removed\n"));
    assertEquals("invalid accepted breaks a.yaml: entry 1: expected a mapping with rule, "
        + "location and reason", failure("- operation-removed\n"));
    assertEquals("invalid accepted breaks a.yaml: entry 1: missing reason",
        failure("- {rule: operation-removed, location: x}\n"));
    assertEquals("invalid accepted breaks a.yaml: entry 1: location must be a non-empty string",
        failure("- {rule: operation-removed, location: ' ', reason: r}\n"));
    assertEquals("invalid accepted breaks a.yaml: entry 1: unknown rule operation-deleted",
        failure("- {rule: operation-deleted, location: x, reason: r}\n"));
    assertEquals("invalid accepted breaks a.yaml: entry 1: unknown field severity",
        failure("- {rule: operation-removed, location: x, reason: r, severity: info}\n"));
    assertEquals("invalid accepted breaks a.yaml: entry 2: duplicate of an earlier entry",
        failure("- {rule: operation-removed, location: x, reason: r}\n"
            + "- {rule: operation-removed, location: x, reason: again}\n"));
  }

  @Test
  void unparsableYamlIsReported() {
    String message = failure("- {rule: [\n");
    assertEquals(true, message.startsWith("invalid accepted breaks a.yaml: "), message);
  }

  @Test
  void missingFileIsReported(@TempDir Path dir) {
    DiffInputException e = assertThrows(DiffInputException.class,
        () -> AcceptedBreaks.load(dir.resolve("nope.yaml"), "nope.yaml"));
    assertEquals("cannot read accepted breaks nope.yaml: no such file", e.getMessage());
  }

  @Test
  void fileIsLoaded(@TempDir Path dir) throws IOException, DiffInputException {
    Path file = dir.resolve("accepted.yaml");
    Files.writeString(file, "- {rule: operation-removed, location: x, reason: r}\n");
    assertEquals(1, AcceptedBreaks.load(file, "accepted.yaml").entries().size());
  }

  @Test
  void matchingChangesAreMarkedAndUnusedEntriesReported() throws DiffInputException {
    AcceptedBreaks accepted = AcceptedBreaks.parse(
        "- {rule: request-enum-value-removed, location: '#/e', reason: V2 is dead.}\n"
            + "- {rule: operation-removed, location: GET /gone, reason: Stale.}\n"
            + "- {rule: operation-removed, location: '#/e', reason: Wrong rule.}\n", "a.yaml");
    List<Change> changes = List.of(
        Change.of(Rule.REQUEST_ENUM_VALUE_REMOVED, "#/e", "enum value V1 removed"),
        Change.of(Rule.REQUEST_ENUM_VALUE_REMOVED, "#/e", "enum value V2 removed"),
        Change.of(Rule.REQUEST_ENUM_VALUE_REMOVED, "#/f", "enum value V2 removed"));
    assertEquals(List.of(
        new Change(Rule.REQUEST_ENUM_VALUE_REMOVED, "#/e", "enum value V1 removed", "V2 is dead."),
        new Change(Rule.REQUEST_ENUM_VALUE_REMOVED, "#/e", "enum value V2 removed", "V2 is dead."),
        Change.of(Rule.REQUEST_ENUM_VALUE_REMOVED, "#/f", "enum value V2 removed"),
        Change.of(Rule.ACCEPTED_BREAK_UNUSED, "#/e",
            "accepted operation-removed matches no change: remove the entry"),
        Change.of(Rule.ACCEPTED_BREAK_UNUSED, "GET /gone",
            "accepted operation-removed matches no change: remove the entry")),
        accepted.apply(changes));
  }
}
