package io.github.webrtcsdk.sessions.contract;

import java.util.SplittableRandom;

/**
 * Where the seeds of property runs come from: the system property {@value #PROPERTY} replays a
 * reported seed; without it, every run starts from a fresh one.
 */
final class Seeds {
  /** The system property that replays a seed: {@code -Dproperties.seed=-4962768465676381896}. */
  static final String PROPERTY = "properties.seed";

  private static final SplittableRandom FRESH = new SplittableRandom();

  private Seeds() {}

  /** Returns the seed {@value #PROPERTY} names, or a fresh one if it names none. */
  static long start() {
    return start(System.getProperty(PROPERTY));
  }

  /** Returns the seed {@code text} names, or a fresh one if it is null or blank. */
  static long start(String text) {
    if (text == null || text.isBlank()) return fresh();
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " takes a seed as a failure reports it, a long; not " + text, e);
    }
  }

  /** Returns the seed that follows {@code seed} in a run, with no tie to its values. */
  static long after(long seed) {
    return new SplittableRandom(seed).split().nextLong();
  }

  /** Returns the command-line option that replays {@code seed}. */
  static String option(long seed) {
    return "-D" + PROPERTY + "=" + seed;
  }

  private static synchronized long fresh() {
    return FRESH.nextLong();
  }
}
