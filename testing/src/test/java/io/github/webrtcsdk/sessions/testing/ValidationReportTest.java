package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ValidationReportTest {
  @Test
  void toStringListsEachMessageIndented() {
    ValidationReport report = new ValidationReport(ValidationReport.Kind.RESPONSE, "GET",
        "/v1/accounts/1/sessions/s", 200, List.of("first", "second\nline"));

    assertEquals("RESPONSE GET /v1/accounts/1/sessions/s (answered 200)\n"
        + "  - first\n"
        + "  - second\n"
        + "    line", report.toString());
  }

  @Test
  void messagesAreACopy() {
    List<String> messages = new ArrayList<>(List.of("a"));
    ValidationReport report = new ValidationReport(
        ValidationReport.Kind.REQUEST, "POST", "/p", 400, messages);

    messages.add("b");

    assertEquals(List.of("a"), report.messages());
    assertThrows(UnsupportedOperationException.class, () -> report.messages().add("c"));
  }

  @Test
  void equality() {
    ValidationReport report =
        new ValidationReport(ValidationReport.Kind.REQUEST, "POST", "/p", 400, List.of("a"));

    assertEquals(report,
        new ValidationReport(ValidationReport.Kind.REQUEST, "POST", "/p", 400, List.of("a")));
    assertEquals(report.hashCode(),
        new ValidationReport(ValidationReport.Kind.REQUEST, "POST", "/p", 400, List.of("a"))
            .hashCode());
    assertNotEquals(report,
        new ValidationReport(ValidationReport.Kind.RESPONSE, "POST", "/p", 400, List.of("a")));
    assertNotEquals(report,
        new ValidationReport(ValidationReport.Kind.REQUEST, "POST", "/p", 403, List.of("a")));
  }
}
