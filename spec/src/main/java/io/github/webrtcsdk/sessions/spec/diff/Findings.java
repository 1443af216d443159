package io.github.webrtcsdk.sessions.spec.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects changes while two specs are walked.
 *
 * <p>Identical findings are kept once: a schema reached from many operations, or judged in both
 * directions by a direction-free rule such as {@code description-changed}, reports once.
 */
final class Findings {
  private final Set<Change> changes = new LinkedHashSet<>();

  void add(Rule rule, String location, String message) {
    changes.add(Change.of(rule, location, message));
  }

  /** Reports {@code description-changed} when a documentation text {@code what} differs. */
  void docs(String location, String what, String b, String h) {
    if (!Objects.equals(b, h)) {
      add(Rule.DESCRIPTION_CHANGED, location, what + " changed");
    }
  }

  /** True when a change under one of {@code rules} is reported at {@code location}. */
  boolean has(String location, Rule... rules) {
    for (Change change : changes) {
      if (change.location().equals(location) && Arrays.asList(rules).contains(change.rule())) {
        return true;
      }
    }
    return false;
  }

  List<Change> sorted() {
    List<Change> result = new ArrayList<>(changes);
    result.sort(Change.REPORT_ORDER);
    return result;
  }
}
