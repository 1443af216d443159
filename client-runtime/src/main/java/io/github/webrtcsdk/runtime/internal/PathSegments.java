package io.github.webrtcsdk.runtime.internal;

import org.jspecify.annotations.Nullable;

/**
 * Checks path parameters before a request is built.
 *
 * <p>A path parameter is percent-encoded whole, as Retrofit does ({@code a/b?c=d#e f} becomes
 * {@code a%2Fb%3Fc=d%23e%20f}, {@code %2F} becomes {@code %252F}), so that no value can add a
 * segment or start a query. Two values cannot be encoded at all: {@code .} and {@code ..}, which
 * URL resolution treats as "this" and "parent" segments even when percent-encoded. They are
 * rejected here, with null and blank values, before anything is sent.
 */
public final class PathSegments {
  private PathSegments() {}

  /**
   * Returns {@code value} if it can be sent as the path parameter {@code name}.
   *
   * @throws NullPointerException if {@code value} is null ({@code "sessionId == null"})
   * @throws IllegalArgumentException if {@code value} is blank or a dot segment
   */
  public static String check(@Nullable String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    if (isBlank(value)) {
      throw new IllegalArgumentException(name + " is blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " is a dot segment: \"" + value + "\"");
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
