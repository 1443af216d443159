package io.github.webrtcsdk.sessions.spec.diff;

import java.util.Locale;

/** The semantic version bump a change calls for, smallest first. */
enum Bump {
  NONE,
  PATCH,
  MINOR,
  MAJOR;

  /** The lower-case name used in reports, {@code major}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Bump max(Bump a, Bump b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
