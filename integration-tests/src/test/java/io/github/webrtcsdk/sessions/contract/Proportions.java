package io.github.webrtcsdk.sessions.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each state of a labelled aspect occurred in a run ("callbackUrl": absent, null, set),
 * checked against the smallest share each state must reach, so that a generator that stops making
 * a case fails rather than passes vacuously.
 */
final class Proportions {
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private final Map<String, Map<String, Double>> minimums = new LinkedHashMap<>();

  /** Requires {@code state} in more than {@code percent} of the values counted under its label. */
  Proportions require(String label, String state, double percent) {
    minimums.computeIfAbsent(label, key -> new LinkedHashMap<>()).put(state, percent);
    return this;
  }

  void count(String label, String state) {
    counts.computeIfAbsent(label, key -> new LinkedHashMap<>()).merge(state, 1, Integer::sum);
  }

  /** Throws if a required state fell short of its share, with every count of the run. */
  void check(String run) {
    List<String> shortfalls = new ArrayList<>();
    minimums.forEach((label, states) -> states.forEach((state, minimum) -> {
      double share = percent(label, state);
      if (!(share > minimum)) {
        shortfalls.add(label + " " + state + ": " + share + "%, not more than " + minimum + "%");
      }
    }));
    if (!shortfalls.isEmpty()) {
      throw new AssertionError(run + ": the values fell short of the cases they must cover: "
          + shortfalls + "; counts " + counts);
    }
  }

  private double percent(String label, String state) {
    Map<String, Integer> states = counts.getOrDefault(label, Map.of());
    int total = states.values().stream().mapToInt(Integer::intValue).sum();
    return total == 0 ? 0 : 100.0 * states.getOrDefault(state, 0) / total;
  }
}
