package io.github.webrtcsdk.sessions.contract;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Checks a property on generated values. Try 1 draws its value from the start seed and each later
 * try from the seed {@link Seeds#after} the one before. The first failure ends the run and is
 * reported with its try's seed: given as the start seed ({@code -Dproperties.seed=...}), that seed
 * replays the failing value on try 1.
 */
final class PropertyRunner {
  /** How many values a property is checked on in the build. */
  static final int TRIES = 1000;

  private final int tries;
  private final long startSeed;

  PropertyRunner(int tries, long startSeed) {
    if (tries < 1) throw new IllegalArgumentException("tries " + tries + " < 1");
    this.tries = tries;
    this.startSeed = startSeed;
  }

  /** Returns the build's runner: {@link #TRIES} tries from {@link Seeds#start()}. */
  static PropertyRunner standard() {
    return new PropertyRunner(TRIES, Seeds.start());
  }

  /** Checks {@code property} on each try's value; returns the first failure, if any. */
  <T> Optional<Failure> run(Generator<T> values, Consumer<? super T> property) {
    Objects.requireNonNull(values, "values == null");
    Objects.requireNonNull(property, "property == null");
    long seed = startSeed;
    for (int tryNumber = 1; tryNumber <= tries; tryNumber++) {
      T value;
      try {
        value = values.next(new SplittableRandom(seed));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "Generating the value of try " + tryNumber + " failed; " + Seeds.option(seed), e);
      }
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        return Optional.of(new Failure(tryNumber, tries, seed, value, e));
      }
      seed = Seeds.after(seed);
    }
    return Optional.empty();
  }

  /** Checks {@code property} like {@link #run}; a failure is thrown with its report. */
  <T> void check(String name, Generator<T> values, Consumer<? super T> property) {
    Optional<Failure> failure = run(values, property);
    if (failure.isPresent()) {
      throw new AssertionError(failure.get().report(name), failure.get().cause());
    }
  }

  /** The first try a property failed on: its seed, its value and what the property threw. */
  record Failure(int tryNumber, int tries, long seed, Object value, Throwable cause) {
    static final String VALUE = "Value: ";

    /** Describes the failure with the seed and value as they can be pasted back. */
    String report(String name) {
      return name + " failed on try " + tryNumber + " of " + tries + ".\n"
          + "Replay it on try 1 with " + Seeds.option(seed) + "\n"
          + VALUE + value + "\n"
          + cause;
    }
  }
}
