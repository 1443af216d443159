package io.github.webrtcsdk.sessions.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SpecToolsTest {
  private final Output out = new Output();
  private final Output err = new Output();

  @Test
  void noCommandPrintsUsage() {
    assertEquals(2, SpecTools.run(new String[0], out.stream, err.stream));
    assertEquals(List.of(), out.lines());
    assertEquals(SpecTools.USAGE.lines().toList(), err.lines());
  }

  @Test
  void unknownCommandIsNamed() {
    assertEquals(2, SpecTools.run(new String[] {"frobnicate"}, out.stream, err.stream));
    assertEquals("unknown command: frobnicate", err.lines().get(0));
  }

  @Test
  void lintIsDispatchedWithTheRemainingArguments() {
    String file = "src/test/resources/lint/duplicate-key.yaml";
    assertEquals(1, SpecTools.run(new String[] {"lint", file}, out.stream, err.stream));
    assertEquals(List.of(file + ":5:3: [yaml-syntax] duplicate key 'title' (first at line 3)"),
        out.lines());
  }
}
