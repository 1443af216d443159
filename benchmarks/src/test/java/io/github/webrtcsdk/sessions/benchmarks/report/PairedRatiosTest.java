package io.github.webrtcsdk.sessions.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class PairedRatiosTest {
  @Test
  void oddCountTakesTheMiddleRatioWhateverTheOrder() {
    PairedRatios.Summary summary = PairedRatios.Summary.of(new double[] {1.10, 0.90, 1.00});

    assertEquals(1.00, summary.median, 1e-12);
    assertEquals(0.95, summary.lowerQuartile, 1e-12);
    assertEquals(1.05, summary.upperQuartile, 1e-12);
    assertEquals(0.90, summary.min, 1e-12);
    assertEquals(1.10, summary.max, 1e-12);
  }

  @Test
  void evenCountInterpolatesBetweenTheMiddleRatios() {
    PairedRatios.Summary summary =
        PairedRatios.Summary.of(new double[] {0.97, 0.91, 1.03, 0.95});

    assertEquals(0.96, summary.median, 1e-12);
    // rank 0.75 between 0.91 and 0.95, rank 2.25 between 0.97 and 1.03.
    assertEquals(0.94, summary.lowerQuartile, 1e-12);
    assertEquals(0.985, summary.upperQuartile, 1e-12);
    assertEquals("ratio over 4 pairs: median 0.960, quartiles 0.940-0.985, range 0.910-1.030",
        summary.toString());
  }

  @Test
  void oneRatioIsItsOwnSummary() {
    PairedRatios.Summary summary = PairedRatios.Summary.of(new double[] {0.93});

    assertEquals(0.93, summary.median, 1e-12);
    assertEquals(0.93, summary.lowerQuartile, 1e-12);
    assertEquals(0.93, summary.max, 1e-12);
  }

  @Test
  void noRatiosIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> PairedRatios.Summary.of(new double[0]));
  }
}
