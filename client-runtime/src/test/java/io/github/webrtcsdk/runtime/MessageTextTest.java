package io.github.webrtcsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import org.junit.jupiter.api.Test;

final class MessageTextTest {
  private static String repeat(String s, int times) {
    return String.join("", Collections.nCopies(times, s));
  }

  @Test
  void controlCharactersAreEscaped() {
    assertEquals(
        "a\\r\\nX-Forged: 1\\t\\u0000\\u001b[31m\\u2028\\u202eb",
        MessageText.of("a\r\nX-Forged: 1\t\u0000\u001b[31m\u2028\u202eb"));
  }

  @Test
  void ordinaryTextIsKept() {
    assertEquals("Session s1 not found: é 😀", MessageText.of("Session s1 not found: é 😀"));
  }

  @Test
  void textIsCutAt200CharactersWithAnEllipsis() {
    assertEquals(repeat("x", 200), MessageText.of(repeat("x", 200)));
    assertEquals(repeat("x", 200) + "...", MessageText.of(repeat("x", 201)));
  }

  @Test
  void cutsNeverSplitAnEscapeOrACharacter() {
    assertEquals(repeat("x", 199) + "...", MessageText.of(repeat("x", 199) + "\n"));
    assertEquals(repeat("x", 199) + "...", MessageText.of(repeat("x", 199) + "😀"));
  }
}
