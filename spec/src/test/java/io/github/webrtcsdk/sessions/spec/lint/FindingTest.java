package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FindingTest {
  @Test
  void printsFileLineColumnRuleAndMessage() {
    assertEquals("spec.yaml:12:7: [example-valid] bad",
        new Finding("spec.yaml", 12, 7, "example-valid", "bad").toString());
  }

  @Test
  void sortsByLineThenColumnThenRule() {
    Finding a = new Finding("f", 2, 1, "b", "m");
    Finding b = new Finding("f", 2, 1, "c", "m");
    Finding c = new Finding("f", 2, 3, "a", "m");
    Finding d = new Finding("f", 10, 1, "a", "m");
    List<Finding> findings = new ArrayList<>(List.of(d, c, b, a));
    Collections.sort(findings);
    assertEquals(List.of(a, b, c, d), findings);
  }

  @Test
  void equalityCoversEveryField() {
    Finding finding = new Finding("f", 1, 2, "r", "m");
    assertEquals(finding, new Finding("f", 1, 2, "r", "m"));
    assertEquals(finding.hashCode(), new Finding("f", 1, 2, "r", "m").hashCode());
    assertNotEquals(finding, new Finding("f", 1, 2, "r", "other"));
    assertNotEquals(finding, new Finding("f", 1, 3, "r", "m"));
  }

  @Test
  void argumentsAreChecked() {
    assertEquals("file == null", assertThrows(NullPointerException.class,
        () -> new Finding(null, 1, 1, "r", "m")).getMessage());
    assertEquals("line < 1: 0", assertThrows(IllegalArgumentException.class,
        () -> new Finding("f", 0, 1, "r", "m")).getMessage());
    assertEquals("column < 1: 0", assertThrows(IllegalArgumentException.class,
        () -> new Finding("f", 1, 0, "r", "m")).getMessage());
  }
}
