package io.github.webrtcsdk.sessions.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SpecLintGateTest {
  private final Output out = new Output();
  private final Output err = new Output();

  @Test
  void findingsFailWithAnExceptionAfterPrintingThem() {
    String file = "src/test/resources/lint/operation-id-duplicate.yaml";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SpecLintGate.check(new String[] {file}, out.stream, err.stream));
    assertEquals("the spec has lint findings, listed above", e.getMessage());
    assertEquals(2, out.lines().size());
    assertEquals(file + ":24:7: [operation-id-unique] operationId 'getPets' of GET /cats is"
        + " already used by GET /pets (line 13)", out.lines().get(1));
  }

  @Test
  void badInputFailsWithAnException() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpecLintGate.check(new String[] {"nope.yaml"}, out.stream, err.stream));
    assertEquals("the spec lint could not run, see the message above", e.getMessage());
    assertEquals(List.of("lint: no such file: nope.yaml"), err.lines());
  }

  @Test
  void cleanSpecPassesAndSaysSo() {
    SpecLintGate.check(new String[] {"webrtc-sessions.yaml"}, out.stream, err.stream);
    assertEquals(List.of("spec lint: no findings in webrtc-sessions.yaml"), out.lines());
  }
}
