package io.github.webrtcsdk.sessions.publishing;

/** The values the pom passes to these tests (failsafe systemPropertyVariables). */
final class BuildProperties {
  private BuildProperties() {}

  static String get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty() || value.startsWith("${")) {
      throw new IllegalStateException(
          "System property " + name + " is not set: run these tests through Maven (failsafe)");
    }
    return value;
  }
}
