package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webrtcsdk.sessions.spec.SpecTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DiffCommandTest {
  private static final String REMOVED_BEFORE = "operation-removed/before.yaml";
  private static final String REMOVED_AFTER = "operation-removed/after.yaml";

  /** The corpus cases these tests name, written out as files. */
  @TempDir static Path corpus;

  private final Output out = new Output();
  private final Output err = new Output();

  @BeforeAll
  static void writeCorpus() {
    for (String name : List.of("identical", "operation-removed", "accepted-break", "mixed")) {
      Corpus.write(name, corpus);
    }
  }

  private int run(String... args) {
    return DiffCommand.run(args, out.stream, err.stream, corpus);
  }

  @Test
  void identicalSpecsExitZero() {
    assertEquals(0, run("identical/before.yaml", "identical/after.yaml"));
    assertEquals(List.of(
        "OK: no changes. 0 breaking, 0 warnings, 0 info. Suggested version bump: none.",
        "info.version: 1.0.0 -> 1.0.0"), out.lines());
    assertEquals("", err.text());
  }

  @Test
  void projectSpecDiffsCleanAgainstItself() {
    // Surefire runs in the module directory, where the spec lives.
    int code = DiffCommand.run(new String[] {"webrtc-sessions.yaml", "webrtc-sessions.yaml"},
        out.stream, err.stream, Path.of("").toAbsolutePath());
    assertEquals(0, code, err.text());
    assertTrue(out.text().startsWith("OK: no changes."), out.text());
  }

  @Test
  void projectAcceptedBreaksFileIsValid() throws DiffInputException {
    AcceptedBreaks.load(Path.of("accepted-breaks.yaml"), "accepted-breaks.yaml");
  }

  @Test
  void unacceptedBreakExitsOneWithText() {
    assertEquals(1, run(REMOVED_BEFORE, REMOVED_AFTER));
    assertEquals(List.of(
        "FAIL: 1 unaccepted breaking change. 1 breaking, 0 warnings, 0 info. "
            + "Suggested version bump: major.",
        "info.version: 1.0.0 -> 2.0.0, expected 2.0.0 or later",
        "",
        "Breaking (1)",
        "  operation-removed  DELETE /accounts/{accountId}/sessions/{sessionId}",
        "      operation deleteSession removed"), out.lines());
    assertEquals("", err.text());
  }

  @Test
  void acceptedBreakExitsZeroAndStaysListed() {
    assertEquals(0, run("accepted-break/before.yaml", "accepted-break/after.yaml",
        "--accepted", "accepted-break/accepted.yaml"));
    assertEquals(List.of(
        "OK: no unaccepted breaking changes. 1 breaking (1 accepted), 1 warning, 0 info. "
            + "Suggested version bump: major.",
        "info.version: 1.0.0 -> 2.0.0, expected 2.0.0 or later",
        "",
        "Breaking (1)",
        "  operation-removed  DELETE /accounts/{accountId}/sessions/{sessionId}"
            + "  [accepted: Sessions now expire on their own.]",
        "      operation deleteSession removed",
        "",
        "Warnings (1)",
        "  accepted-break-unused  GET /accounts/{accountId}/participants",
        "      accepted operation-removed matches no change: remove the entry"), out.lines());
  }

  @Test
  void sameBreakWithoutTheAcceptedFileExitsOne() {
    assertEquals(1, run("accepted-break/before.yaml", "accepted-break/after.yaml"));
  }

  @Test
  void markdownStartsWithTheSummaryLineThenATablePerSeverity() {
    assertEquals(1, run("mixed/before.yaml", "mixed/after.yaml", "--format", "markdown"));
    assertEquals(List.of(
        ":x: **Spec diff: 1 unaccepted breaking change.** 1 breaking, 1 warning, 3 info. "
            + "Suggested version bump: **major** (info.version 1.0.0 -> 2.0.0, expected 2.0.0 "
            + "or later).",
        "",
        "#### Breaking (1)",
        "",
        "| Rule | Location | Change | Accepted |",
        "|---|---|---|---|",
        "| `operation-removed` | `DELETE /accounts/{accountId}/sessions/{sessionId}` "
            + "| operation deleteSession removed | no |",
        "",
        "#### Warnings (1)",
        "",
        "| Rule | Location | Change | Accepted |",
        "|---|---|---|---|",
        "| `property-deprecated` | `#/components/schemas/Participant/properties/tag` "
            + "| deprecated | no |",
        "",
        "#### Info (3)",
        "",
        "| Rule | Location | Change | Accepted |",
        "|---|---|---|---|",
        "| `response-property-added` | `#/components/schemas/Participant/properties/createdAt` "
            + "| property createdAt added | no |",
        "| `parameter-added-optional` "
            + "| `GET /accounts/{accountId}/participants parameter query offset` "
            + "| optional query parameter offset added | no |",
        "| `description-changed` | `info` | description changed | no |"), out.lines());
  }

  @Test
  void jsonCarriesBreakingBumpAndChanges() throws IOException {
    assertEquals(0, run("accepted-break/before.yaml", "accepted-break/after.yaml",
        "--format=json", "--accepted=accepted-break/accepted.yaml"));
    JsonNode json = new ObjectMapper().readTree(out.text());
    assertEquals(false, json.get("breaking").asBoolean());
    assertEquals("major", json.get("bump").asText());
    assertEquals("1.0.0", json.get("baseVersion").asText());
    assertEquals("2.0.0", json.get("headVersion").asText());
    assertEquals("2.0.0", json.get("expectedVersion").asText());
    assertEquals(new ObjectMapper().readTree(
        "{\"breaking\":1,\"accepted\":1,\"warning\":1,\"info\":0}"), json.get("counts"));
    assertEquals(new ObjectMapper().readTree("["
        + "{\"rule\":\"operation-removed\",\"severity\":\"breaking\","
        + "\"location\":\"DELETE /accounts/{accountId}/sessions/{sessionId}\","
        + "\"message\":\"operation deleteSession removed\",\"accepted\":true,"
        + "\"reason\":\"Sessions now expire on their own.\"},"
        + "{\"rule\":\"accepted-break-unused\",\"severity\":\"warning\","
        + "\"location\":\"GET /accounts/{accountId}/participants\","
        + "\"message\":\"accepted operation-removed matches no change: remove the entry\","
        + "\"accepted\":false}]"), json.get("changes"));
  }

  @Test
  void jsonBreakingIsTrueForAnUnacceptedBreak() throws IOException {
    assertEquals(1, run(REMOVED_BEFORE, REMOVED_AFTER, "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(out.text());
    assertEquals(true, json.get("breaking").asBoolean());
    assertEquals(false, json.get("changes").get(0).get("accepted").asBoolean());
  }

  @Test
  void gitRevisionIsReadWithGitShow(@TempDir Path dir) throws Exception {
    GitRepo repo = GitRepo.init(dir);
    repo.write("spec/api.yaml", corpus.resolve(REMOVED_BEFORE));
    repo.commit("base");
    repo.write("spec/api.yaml", corpus.resolve(REMOVED_AFTER));
    int code = DiffCommand.run(new String[] {"HEAD:spec/api.yaml", "spec/api.yaml"},
        out.stream, err.stream, dir);
    assertEquals(1, code, err.text());
    assertTrue(out.lines().contains(
        "  operation-removed  DELETE /accounts/{accountId}/sessions/{sessionId}"), out.text());
  }

  @Test
  void unknownGitRevisionIsBadInput(@TempDir Path dir) throws Exception {
    GitRepo repo = GitRepo.init(dir);
    repo.write("spec/api.yaml", corpus.resolve(REMOVED_BEFORE));
    repo.commit("base");
    int code = DiffCommand.run(new String[] {"no-such-branch:spec/api.yaml", "spec/api.yaml"},
        out.stream, err.stream, dir);
    assertEquals(2, code);
    assertEquals("", out.text());
    assertEquals(List.of("spec-tools diff: cannot read no-such-branch:spec/api.yaml from git: "
        + "fatal: invalid object name 'no-such-branch'."), err.lines());
  }

  @Test
  void missingFileIsBadInput() {
    assertEquals(2, run("nope.yaml", REMOVED_AFTER));
    assertEquals(List.of("spec-tools diff: cannot read nope.yaml: no such file"), err.lines());
    assertEquals("", out.text());
  }

  @Test
  void invalidSpecIsBadInput(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("not-openapi.yaml"), "title: not an OpenAPI document\n");
    int code = DiffCommand.run(new String[] {"not-openapi.yaml", "not-openapi.yaml"},
        out.stream, err.stream, dir);
    assertEquals(2, code);
    assertEquals(List.of("spec-tools diff: invalid spec not-openapi.yaml: "
        + "attribute openapi is missing"), err.lines());
  }

  @Test
  void invalidAcceptedFileIsBadInput(@TempDir Path dir) throws IOException {
    Path accepted = dir.resolve("accepted.yaml");
    Files.writeString(accepted, "- rule: no-such-rule\n  location: x\n  reason: y\n");
    assertEquals(2, run(REMOVED_BEFORE, REMOVED_AFTER, "--accepted", accepted.toString()));
    assertEquals(List.of("spec-tools diff: invalid accepted breaks " + accepted
        + ": entry 1: unknown rule no-such-rule"), err.lines());
  }

  @Test
  void oneSpecIsAUsageError() {
    assertEquals(2, run(REMOVED_BEFORE));
    assertEquals("spec-tools diff: expected BASE and HEAD, got 1 spec argument",
        err.lines().get(0));
    assertEquals(DiffCommand.USAGE, err.text().substring(err.text().indexOf('\n') + 1));
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(2, run(REMOVED_BEFORE, REMOVED_AFTER, "--format", "html"));
    assertEquals("spec-tools diff: unknown format html (text, markdown, json)",
        err.lines().get(0));
  }

  @Test
  void optionWithoutValueIsAUsageError() {
    assertEquals(2, run(REMOVED_BEFORE, REMOVED_AFTER, "--accepted"));
    assertEquals("spec-tools diff: --accepted needs a value", err.lines().get(0));
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run(REMOVED_BEFORE, REMOVED_AFTER, "--fail-on-warnings"));
    assertEquals("spec-tools diff: unknown option --fail-on-warnings", err.lines().get(0));
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run("--help"));
    assertEquals(DiffCommand.USAGE, out.text());
  }

  @Test
  void rulesListsEveryRuleWithSeverityAndBump() {
    assertEquals(0, run("--rules"));
    assertEquals(Rule.values().length, out.lines().size());
    assertTrue(out.lines().contains("operation-removed                 breaking major "
        + "An operation was removed, and its Java method."), out.text());
  }

  @Test
  void specToolsDispatchesDiff() {
    String before = corpus.resolve(REMOVED_BEFORE).toString();
    String after = corpus.resolve(REMOVED_AFTER).toString();
    assertEquals(1, SpecTools.run(new String[] {"diff", before, after}, out.stream, err.stream));
    assertTrue(out.text().startsWith("FAIL: 1 unaccepted breaking change."), out.text());
  }
}
