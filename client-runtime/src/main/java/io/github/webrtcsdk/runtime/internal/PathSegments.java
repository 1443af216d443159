package io.github.webrtcsdk.runtime.internal;

import org.jspecify.annotations.Nullable;

/**
 * Checks a path parameter before Retrofit builds the request: Retrofit encodes it as one segment
 * ({@code a/b?c=d#e f} becomes {@code a%2Fb%3Fc=d%23e%20f}) and refuses {@code .} and {@code ..},
 * but would send a blank value as an empty segment, and rejects null without naming the argument.
 */
public final class PathSegments {
  private PathSegments() {}

  /**
   * Returns {@code value} if it can be sent as the path parameter {@code name}.
   *
   * @throws NullPointerException if {@code value} is null ({@code "sessionId == null"})
   * @throws IllegalArgumentException if {@code value} is blank ({@code "sessionId is blank"})
   */
  public static String check(@Nullable String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    if (isBlank(value)) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  private static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      if (!Character.isWhitespace(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }
}
