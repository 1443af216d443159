package io.github.webrtcsdk.runtime.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The spec's constraints on values, checked when a builder builds: each check names the property
 * and the bound, {@code "limit must be at most 1000, was 5000"}. Null means absent and passes:
 * required properties are checked apart.
 *
 * <p>Lengths count code points, as JSON Schema does. Patterns are not anchored: {@code [0-9]}
 * matches any text with a digit. String values are never echoed, since they may be secrets.
 */
public final class Constraints {
  private Constraints() {}

  public static void minimum(String name, @Nullable Number value, String bound, boolean exclusive) {
    if (value == null) {
      return;
    }
    int comparison = compare(value, bound);
    if (isNaN(value) || (exclusive ? comparison <= 0 : comparison < 0)) {
      throw new IllegalStateException(
          name + " must be " + (exclusive ? "greater than " : "at least ") + bound + ", was "
              + value);
    }
  }

  public static void maximum(String name, @Nullable Number value, String bound, boolean exclusive) {
    if (value == null) {
      return;
    }
    int comparison = compare(value, bound);
    if (isNaN(value) || (exclusive ? comparison >= 0 : comparison > 0)) {
      throw new IllegalStateException(
          name + " must be " + (exclusive ? "less than " : "at most ") + bound + ", was " + value);
    }
  }

  public static void minLength(String name, @Nullable String value, int bound) {
    if (value != null && value.codePointCount(0, value.length()) < bound) {
      throw new IllegalStateException(
          name + " must be at least " + characters(bound) + " long, was "
              + value.codePointCount(0, value.length()));
    }
  }

  public static void maxLength(String name, @Nullable String value, int bound) {
    if (value != null && value.codePointCount(0, value.length()) > bound) {
      throw new IllegalStateException(
          name + " must be at most " + characters(bound) + " long, was "
              + value.codePointCount(0, value.length()));
    }
  }

  public static void minItems(String name, @Nullable Collection<?> value, int bound) {
    if (value != null && value.size() < bound) {
      throw new IllegalStateException(
          name + " must have at least " + items(bound) + ", had " + value.size());
    }
  }

  public static void maxItems(String name, @Nullable Collection<?> value, int bound) {
    if (value != null && value.size() > bound) {
      throw new IllegalStateException(
          name + " must have at most " + items(bound) + ", had " + value.size());
    }
  }

  public static void pattern(String name, @Nullable String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).find()) {
      throw new IllegalStateException(name + " must match the pattern " + pattern.pattern());
    }
  }

  private static boolean isNaN(Number value) {
    return (value instanceof Double || value instanceof Float) && Double.isNaN(value.doubleValue());
  }

  private static int compare(Number value, String bound) {
    if (value instanceof Double || value instanceof Float) {
      return Double.compare(value.doubleValue(), Double.parseDouble(bound));
    }
    BigDecimal exact =
        value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    return exact.compareTo(new BigDecimal(bound));
  }

  private static String characters(int count) {
    return count + (count == 1 ? " character" : " characters");
  }

  private static String items(int count) {
    return count + (count == 1 ? " item" : " items");
  }
}
