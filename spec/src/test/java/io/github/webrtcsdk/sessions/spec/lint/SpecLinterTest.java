package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SpecLinterTest {
  @Test
  void cleanSpecHasNoFindings() {
    assertEquals(List.of(), Corpus.lint("clean.yaml"));
  }

  @Test
  void unparseableYamlIsOneFindingAtTheProblem() {
    assertEquals(List.of("lint/yaml-syntax.yaml:5:6: [yaml-syntax] while parsing a flow sequence:"
        + " expected ',' or ']', but got :"), Corpus.lint("yaml-syntax.yaml"));
  }

  @Test
  void duplicateKeyPointsAtTheSecondKey() {
    assertEquals(List.of(
        "lint/duplicate-key.yaml:5:3: [yaml-syntax] duplicate key 'title' (first at line 3)"),
        Corpus.lint("duplicate-key.yaml"));
  }

  @Test
  void emptyDocument() {
    assertEquals(List.of("lint/empty.yaml:1:1: [yaml-syntax] the document is empty"),
        Corpus.lint("empty.yaml"));
  }

  @Test
  void documentThatIsNotAMapping() {
    assertEquals(List.of("lint/not-a-mapping.yaml:1:1: [yaml-syntax] the document is not a YAML"
        + " mapping"), Corpus.lint("not-a-mapping.yaml"));
  }

  @Test
  void lintOfAPathNamesTheFileAsGiven(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, Corpus.read("duplicate-key.yaml"));
    List<Finding> findings = SpecLinter.create().lint(file);
    assertEquals(List.of(file + ":5:3: [yaml-syntax] duplicate key 'title' (first at line 3)"),
        findings.stream().map(Finding::toString).toList());
  }

  @Test
  void findingsAreSortedByLine() {
    List<String> findings = Corpus.lint("missing-description.yaml");
    assertEquals(findings.stream().sorted((a, b) -> Integer.compare(line(a), line(b))).toList(),
        findings);
  }

  @Test
  void nullArguments() {
    SpecLinter linter = SpecLinter.create();
    assertEquals("file == null",
        assertThrows(NullPointerException.class, () -> linter.lint(null)).getMessage());
    assertEquals("fileName == null",
        assertThrows(NullPointerException.class, () -> linter.lint(null, "")).getMessage());
    assertEquals("text == null",
        assertThrows(NullPointerException.class, () -> linter.lint("a", null)).getMessage());
  }

  private static int line(String finding) {
    return Integer.parseInt(finding.split(":")[1]);
  }
}
