package io.github.webrtcsdk.sessions.spec.diff;

import java.util.Locale;

/** How a change affects callers, most severe first. */
enum Severity {
  /** Breaks HTTP callers or the generated Java API; fails the check unless accepted. */
  BREAKING,
  /** Compatible, but callers may need to look (behaviour or default changes). */
  WARNING,
  /** Compatible additions and documentation changes. */
  INFO;

  /** The lower-case name used in reports, {@code breaking}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
