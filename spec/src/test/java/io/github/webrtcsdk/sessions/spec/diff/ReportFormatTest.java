package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReportFormatTest {
  private static final DiffReport EMPTY = DiffReport.of("2.0.0", "2.0.0", Bump.NONE, "2.0.0",
      List.of());

  private static final DiffReport BROKEN = DiffReport.of("2.0.0", "2.1.0", Bump.MAJOR, "3.0.0",
      List.of(
          Change.of(Rule.DESCRIPTION_CHANGED, "info", "description changed"),
          Change.of(Rule.REQUEST_PROPERTY_TYPE_CHANGED, "#/components/schemas/A/properties/b",
              "type array<string> -> map<string, int|long> *x* [y]"),
          new Change(Rule.OPERATION_REMOVED, "GET /a|b", "operation a removed", "Known `a`."),
          Change.of(Rule.REQUEST_DEFAULT_CHANGED, "#/components/schemas/A", "default 1 -> 2")));

  @Test
  void formatsAreNamedInLowerCase() {
    assertEquals(Optional.of(ReportFormat.TEXT), ReportFormat.byName("text"));
    assertEquals(Optional.of(ReportFormat.MARKDOWN), ReportFormat.byName("markdown"));
    assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.byName("json"));
    assertEquals(Optional.empty(), ReportFormat.byName("JSON"));
  }

  @Test
  void textWithoutChanges() {
    assertEquals("OK: no changes. 0 breaking, 0 warnings, 0 info. Suggested version bump: none.\n"
        + "info.version: 2.0.0 -> 2.0.0\n", ReportFormat.TEXT.render(EMPTY));
  }

  @Test
  void markdownWithoutChangesIsTheSummaryLineAlone() {
    assertEquals(":white_check_mark: **Spec diff: no changes.** 0 breaking, 0 warnings, 0 info. "
        + "Suggested version bump: **none** (info.version 2.0.0 -> 2.0.0).\n",
        ReportFormat.MARKDOWN.render(EMPTY));
  }

  @Test
  void textGroupsBySeverityInReportOrder() {
    assertEquals(String.join("\n",
        "FAIL: 1 unaccepted breaking change. 2 breaking (1 accepted), 1 warning, 1 info. "
            + "Suggested version bump: major.",
        "info.version: 2.0.0 -> 2.1.0, expected 3.0.0 or later",
        "",
        "Breaking (2)",
        "  request-property-type-changed  #/components/schemas/A/properties/b",
        "      type array<string> -> map<string, int|long> *x* [y]",
        "  operation-removed  GET /a|b  [accepted: Known `a`.]",
        "      operation a removed",
        "",
        "Warnings (1)",
        "  request-default-changed  #/components/schemas/A",
        "      default 1 -> 2",
        "",
        "Info (1)",
        "  description-changed  info",
        "      description changed",
        ""), ReportFormat.TEXT.render(BROKEN));
  }

  @Test
  void markdownEscapesTableCells() {
    assertEquals(String.join("\n",
        ":x: **Spec diff: 1 unaccepted breaking change.** 2 breaking (1 accepted), 1 warning, "
            + "1 info. Suggested version bump: **major** (info.version 2.0.0 -> 2.1.0, expected "
            + "3.0.0 or later).",
        "",
        "#### Breaking (2)",
        "",
        "| Rule | Location | Change | Accepted |",
        "|---|---|---|---|",
        "| `request-property-type-changed` | `#/components/schemas/A/properties/b` "
            + "| type array&lt;string> -> map&lt;string, int\\|long> \\*x\\* \\[y\\] | no |",
        "| `operation-removed` | `GET /a\\|b` | operation a removed | yes: Known \\`a\\`. |",
        "",
        "#### Warnings (1)",
        "",
        "| Rule | Location | Change | Accepted |",
        "|---|---|---|---|",
        "| `request-default-changed` | `#/components/schemas/A` | default 1 -> 2 | no |",
        "",
        "#### Info (1)",
        "",
        "| Rule | Location | Change | Accepted |",
        "|---|---|---|---|",
        "| `description-changed` | `info` | description changed | no |",
        ""), ReportFormat.MARKDOWN.render(BROKEN));
  }

  @Test
  void jsonIsPrettyAndComplete() {
    assertEquals(String.join("\n",
        "{",
        "  \"breaking\" : false,",
        "  \"bump\" : \"none\",",
        "  \"baseVersion\" : \"2.0.0\",",
        "  \"headVersion\" : \"2.0.0\",",
        "  \"expectedVersion\" : \"2.0.0\",",
        "  \"counts\" : {",
        "    \"breaking\" : 0,",
        "    \"accepted\" : 0,",
        "    \"warning\" : 0,",
        "    \"info\" : 0",
        "  },",
        "  \"changes\" : [ ]",
        "}",
        ""), ReportFormat.JSON.render(EMPTY));
  }
}
