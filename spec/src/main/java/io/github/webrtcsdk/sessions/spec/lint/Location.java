package io.github.webrtcsdk.sessions.spec.lint;

/** A 1-based line and column in a source file. */
record Location(int line, int column) {
  static final Location START = new Location(1, 1);
}
