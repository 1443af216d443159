package io.github.webrtcsdk.sessions.spec.lint;

/** The spec is not well-formed YAML, so no rule can run. */
final class YamlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Location location;

  YamlSyntaxException(Location location, String message) {
    super(message);
    this.location = location;
  }

  Location location() {
    return location;
  }
}
