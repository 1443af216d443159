package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SemanticVersionTest {
  private static SemanticVersion v(String text) {
    return SemanticVersion.parse(text).orElseThrow();
  }

  @Test
  void parsesCoreVersionIgnoringSuffixes() {
    assertEquals(new SemanticVersion(2, 10, 3), v("2.10.3"));
    assertEquals(new SemanticVersion(1, 0, 0), v(" 1.0.0-rc.1+build.5 "));
  }

  @Test
  void rejectsWhatIsNotMajorMinorPatch() {
    assertEquals(Optional.empty(), SemanticVersion.parse(null));
    assertEquals(Optional.empty(), SemanticVersion.parse("2.0"));
    assertEquals(Optional.empty(), SemanticVersion.parse("v2.0.0"));
    assertEquals(Optional.empty(), SemanticVersion.parse("01.0.0"));
    assertEquals(Optional.empty(), SemanticVersion.parse("2022-08-29"));
  }

  @Test
  void nextVersionPerBump() {
    assertEquals(v("3.0.0"), v("2.4.1").next(Bump.MAJOR));
    assertEquals(v("2.5.0"), v("2.4.1").next(Bump.MINOR));
    assertEquals(v("2.4.2"), v("2.4.1").next(Bump.PATCH));
    assertEquals(v("2.4.1"), v("2.4.1").next(Bump.NONE));
  }

  @Test
  void majorVersionZeroGetsNoLeniency() {
    assertEquals(v("1.0.0"), v("0.4.1").next(Bump.MAJOR));
    assertEquals(v("0.5.0"), v("0.4.1").next(Bump.MINOR));
  }

  @Test
  void ordersNumerically() {
    assertTrue(v("2.10.0").compareTo(v("2.9.9")) > 0);
    assertTrue(v("1.0.0").compareTo(v("1.0.1")) < 0);
    assertEquals(0, v("1.2.3").compareTo(v("1.2.3-beta")));
  }
}
