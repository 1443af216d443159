package io.github.webrtcsdk.sessions.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LintCommandTest {
  private static final String CLEAN = "src/test/resources/lint/clean.yaml";
  private static final String BROKEN = "src/test/resources/lint/no-error-responses.yaml";

  private final Output out = new Output();
  private final Output err = new Output();

  @Test
  void cleanFileExitsZeroSilently() {
    assertEquals(0, LintCommand.run(new String[] {CLEAN}, out.stream, err.stream));
    assertEquals(List.of(), out.lines());
    assertEquals(List.of(), err.lines());
  }

  @Test
  void findingsOfEveryFileArePrintedAndExitOne() {
    assertEquals(1, LintCommand.run(new String[] {CLEAN, BROKEN}, out.stream, err.stream));
    assertEquals(List.of(
        BROKEN + ":15:7: [error-responses] operation 'listPets' documents no 4xx response",
        BROKEN + ":15:7: [error-responses] operation 'listPets' documents no 5xx response",
        BROKEN + ":25:7: [error-responses] operation 'deletePets' documents no 5xx response"),
        out.lines());
    assertEquals(List.of("lint: 3 findings"), err.lines());
  }

  @Test
  void missingFileIsBadInputAndNothingIsLinted() {
    assertEquals(2, LintCommand.run(new String[] {BROKEN, "nope.yaml"}, out.stream, err.stream));
    assertEquals(List.of(), out.lines());
    assertEquals(List.of("lint: no such file: nope.yaml"), err.lines());
  }

  @Test
  void directoryIsBadInput() {
    assertEquals(2, LintCommand.run(new String[] {"src"}, out.stream, err.stream));
    assertEquals(List.of("lint: no such file: src"), err.lines());
  }

  @Test
  void noFileIsBadInput() {
    assertEquals(2, LintCommand.run(new String[0], out.stream, err.stream));
    assertEquals(List.of("lint: no file given", "usage: SpecTools lint FILE..."), err.lines());
  }
}
