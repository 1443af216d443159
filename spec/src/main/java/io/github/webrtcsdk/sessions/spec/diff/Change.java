package io.github.webrtcsdk.sessions.spec.diff;

import java.util.Comparator;
import java.util.Objects;

/**
 * One reported change: what rule it falls under, where it is, and what happened.
 *
 * @param rule the rule, which fixes severity and bump
 * @param location where: {@code GET /accounts/{accountId}/sessions/{sessionId}}, {@code ...
 *     parameter query limit}, or a schema pointer
 *     {@code #/components/schemas/Session/properties/tag}
 * @param message one line saying what changed and why it matters
 * @param acceptedReason the reviewer's reason when an accepted-breaks entry matches, else null
 */
record Change(Rule rule, String location, String message, String acceptedReason) {
  /** Report order: most severe first, then by location, rule and message. */
  static final Comparator<Change> REPORT_ORDER = Comparator
      .comparing((Change c) -> c.rule().severity())
      .thenComparing(Change::location)
      .thenComparing(c -> c.rule().id())
      .thenComparing(Change::message);

  public Change {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(message, "message == null");
  }

  static Change of(Rule rule, String location, String message) {
    return new Change(rule, location, message, null);
  }

  public Severity severity() {
    return rule.severity();
  }

  /** True when a reviewer accepted this change in the accepted-breaks file. */
  public boolean accepted() {
    return acceptedReason != null;
  }

  Change accept(String reason) {
    return new Change(rule, location, message, Objects.requireNonNull(reason, "reason == null"));
  }
}
