package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the corpus in {@code src/test/resources/diff}: one directory per case with
 * {@code before.yaml}, {@code after.yaml}, an optional {@code accepted.yaml} and
 * {@code expected.txt}, which holds a comment, {@code bump: LEVEL}, then one
 * {@code severity | rule | location[ | accepted]} line per change in report order.
 */
final class DiffReportTest {
  private static final int MINIMUM_CASES = 40;

  static Path corpus() {
    URL url = DiffReportTest.class.getResource("/diff");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(corpus())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  record Expected(String bump, List<String> lines) {
    static Expected read(Path file) {
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
    Path dir = corpus().resolve(name);
    Expected expected = Expected.read(dir.resolve("expected.txt"));
    DiffReport report = run(dir);
    List<String> actual = report.changes().stream().map(DiffReportTest::line).toList();
    assertEquals(expected.lines(), actual, () -> ReportFormat.TEXT.render(report));
    assertEquals(expected.bump(), report.bump().id(), "bump");
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    assertTrue(cases().count() >= MINIMUM_CASES, "at least " + MINIMUM_CASES + " cases");
  }

  @Test
  void everyRuleHasACorpusCase() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (String name : cases().toList()) {
      for (String line : Expected.read(corpus().resolve(name).resolve("expected.txt")).lines()) {
        covered.add(line.split(" \\| ")[1]);
      }
    }
    Set<String> all = Arrays.stream(Rule.values()).map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
    all.removeAll(covered);
    assertEquals(Set.of(), all, "rules without a corpus case");
  }
}
