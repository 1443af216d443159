package io.github.webrtcsdk.sessions.spec.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code MAJOR.MINOR.PATCH} version as in Semantic Versioning 2.0.0; pre-release and build
 * suffixes are read but play no part in the bump check.
 */
record SemanticVersion(int major, int minor, int patch)
    implements Comparable<SemanticVersion> {
  private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
      + "\\.(0|[1-9]\\d{0,8})(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");

  static Optional<SemanticVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemanticVersion(Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
  }

  /**
   * The smallest version that makes {@code bump} from this one. Major version zero gets no
   * leniency: a break before 1.0.0 still calls for 1.0.0, as the japicmp gate on the client
   * (breakBuildBasedOnSemanticVersioningForMajorVersionZero) also requires.
   */
  SemanticVersion next(Bump bump) {
    return switch (bump) {
      case MAJOR -> new SemanticVersion(major + 1, 0, 0);
      case MINOR -> new SemanticVersion(major, minor + 1, 0);
      case PATCH -> new SemanticVersion(major, minor, patch + 1);
      case NONE -> this;
    };
  }

  @Override
  public int compareTo(SemanticVersion other) {
    if (major != other.major) {
      return Integer.compare(major, other.major);
    }
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
