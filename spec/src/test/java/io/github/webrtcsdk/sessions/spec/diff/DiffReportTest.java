package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@link Corpus}: each case's {@code expected.txt} holds a comment,
 * {@code bump: LEVEL}, then one {@code severity | rule | location[ | accepted]} line per change in
 * report order.
 */
final class DiffReportTest {
  private static final int MINIMUM_CASES = 40;

  @TempDir Path work;

  static List<String> cases() {
    return Corpus.cases();
  }

  record Expected(String bump, List<String> lines) {
    /** Case {@code name}'s {@code expected.txt}. */
    static Expected read(String name) {
      Path file = Corpus.root().resolve(name).resolve("expected.txt");
      try {
        List<String> lines = new ArrayList<>();
        String bump = null;
        for (String line : Files.readAllLines(file)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (line.startsWith("bump: ")) {
            bump = line.substring("bump: ".length());
          } else {
            lines.add(line);
          }
        }
        return new Expected(bump, lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static DiffReport run(Path dir) throws DiffInputException {
    Path acceptedFile = dir.resolve("accepted.yaml");
    AcceptedBreaks accepted = Files.exists(acceptedFile)
        ? AcceptedBreaks.load(acceptedFile, "accepted.yaml") : AcceptedBreaks.none();
    return DiffReport.create(SpecSource.load("before.yaml", dir),
        SpecSource.load("after.yaml", dir), accepted);
  }

  private static String line(Change change) {
    return change.severity().id() + " | " + change.rule().id() + " | " + change.location()
        + (change.accepted() ? " | accepted" : "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusCase(String name) throws DiffInputException {
    Expected expected = Expected.read(name);
    DiffReport report = run(Corpus.write(name, work));
    List<String> actual = report.changes().stream().map(DiffReportTest::line).toList();
    assertEquals(expected.lines(), actual, () -> ReportFormat.TEXT.render(report));
    assertEquals(expected.bump(), report.bump().id(), "bump");
  }

  @Test
  void corpusIsLargeEnough() {
    assertTrue(cases().size() >= MINIMUM_CASES, "at least " + MINIMUM_CASES + " cases");
  }

  @Test
  void everyRuleHasACorpusCase() {
    Set<String> covered = new TreeSet<>();
    for (String name : cases()) {
      for (String line : Expected.read(name).lines()) {
        covered.add(line.split(" \\| ")[1]);
      }
    }
    Set<String> all = Arrays.stream(Rule.values()).map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
    all.removeAll(covered);
    assertEquals(Set.of(), all, "rules without a corpus case");
  }
}
