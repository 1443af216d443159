package io.github.webrtcsdk.runtime.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The text of query, header and path parameters.
 *
 * <p>Strings, integers, booleans, open enums, UUIDs and URIs are sent as {@code String.valueOf}
 * gives them; date-times in RFC 3339 ({@code 2021-04-30T10:15:00Z}), dates as {@code 2021-04-30},
 * binary-floating and decimal numbers without exponent ({@code 0.0000001}, not {@code 1.0E-7}),
 * bytes in base64. Arrays that are not exploded are joined with their style's delimiter.
 */
public final class ParameterValues {
  private ParameterValues() {}

  /** The text of {@code value}, or null for null. */
  public static @Nullable String format(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime) {
      return FormatAdapters.formatDateTime((OffsetDateTime) value);
    }
    if (value instanceof LocalDate) {
      return FormatAdapters.formatDate((LocalDate) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("Not a finite number: " + d);
      }
      return plain(new BigDecimal(value.toString()));
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof ByteString) {
      return ((ByteString) value).base64();
    }
    return String.valueOf(value);
  }

  /** {@code 1E-7} as {@code 0.0000001}, {@code 2.0} as {@code 2}. */
  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The text of each value, for an exploded array: one parameter per element. */
  public static List<String> formatEach(Collection<?> values) {
    List<String> texts = new ArrayList<>(values.size());
    for (Object value : values) {
      texts.add(format(value));
    }
    return Collections.unmodifiableList(texts);
  }

  /**
   * The values joined with {@code delimiter}, for a header array; null when there are none, so
   * that the header is left out rather than sent empty.
   */
  public static @Nullable String join(Collection<?> values, String delimiter) {
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (Object value : values) {
      if (joined.length() > 0) {
        joined.append(delimiter);
      }
      joined.append(format(value));
    }
    return joined.toString();
  }

  /**
   * The values percent-encoded and joined with {@code delimiter}, for a query array that is not
   * exploded: {@code a,b%2Cc} for {@code ["a", "b,c"]}, so that the delimiter stays apart from the
   * values. Null when there are none. Sent as an already encoded query parameter.
   */
  public static @Nullable String joinEncoded(Collection<?> values, String delimiter) {
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (Object value : values) {
      if (joined.length() > 0) {
        joined.append(delimiter);
      }
      encode(joined, format(value));
    }
    return joined.toString();
  }

  /** Appends {@code text} with everything but RFC 3986 unreserved characters percent-encoded. */
  private static void encode(StringBuilder out, @Nullable String text) {
    for (byte b : String.valueOf(text).getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
