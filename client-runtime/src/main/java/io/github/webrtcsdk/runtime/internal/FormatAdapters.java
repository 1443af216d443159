package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import okio.ByteString;

/**
 * Streaming JSON adapters for the string formats and number formats of the spec.
 *
 * <p>{@code date} is a {@link LocalDate} ({@code 2021-04-30}); {@code date-time} an {@link
 * OffsetDateTime} read from any RFC 3339 text: any offset, {@code Z} or {@code z}, {@code T} or
 * {@code t}, any number of fractional digits (nanoseconds kept, the rest dropped), a leap second
 * read as the last nanosecond of the second before. Date-times are written in RFC 3339 with
 * seconds, the fraction only as long as needed and {@code Z} for UTC: {@code
 * 2021-04-30T10:15:00.5+02:00}. {@code uuid} is a {@link java.util.UUID}, {@code uri} a {@link
 * java.net.URI}, {@code byte} (base64) an immutable {@link ByteString} that compares by content;
 * {@code decimal} a {@link BigDecimal} kept exact, which also reads from a JSON string; {@code
 * float} a {@link Float}. Nulls read and write as null; a malformed value fails with its JSON path.
 */
public final class FormatAdapters {
  private FormatAdapters() {}

  public static final JsonAdapter<Float> FLOAT =
      new NullSafeAdapter<Float>("FormatAdapters.FLOAT") {
        @Override
        Float read(JsonReader reader) throws IOException {
          double value = reader.nextDouble();
          float narrowed = (float) value;
          if (Float.isInfinite(narrowed)) {
            throw new JsonDataException(
                "Expected a float but was " + value + " at path " + reader.getPath());
          }
          return narrowed;
        }

        @Override
        void write(JsonWriter writer, Float value) throws IOException {
          writer.value(value);
        }
      };

  public static final JsonAdapter<BigDecimal> BIG_DECIMAL =
      new NullSafeAdapter<BigDecimal>("FormatAdapters.BIG_DECIMAL") {
        @Override
        BigDecimal read(JsonReader reader) throws IOException {
          String text = reader.nextString();
          try {
            return new BigDecimal(text);
          } catch (NumberFormatException e) {
            throw malformed("a decimal number", text, reader);
          }
        }

        @Override
        void write(JsonWriter writer, BigDecimal value) throws IOException {
          writer.value(value);
        }
      };

  public static final JsonAdapter<LocalDate> LOCAL_DATE =
      new NullSafeAdapter<LocalDate>("FormatAdapters.LOCAL_DATE") {
        @Override
        LocalDate read(JsonReader reader) throws IOException {
          String text = reader.nextString();
          try {
            return parseDate(text);
          } catch (IllegalArgumentException e) {
            throw malformed("an RFC 3339 full-date", text, reader);
          }
        }

        @Override
        void write(JsonWriter writer, LocalDate value) throws IOException {
          writer.value(formatDate(value));
        }
      };

  public static final JsonAdapter<OffsetDateTime> OFFSET_DATE_TIME =
      new NullSafeAdapter<OffsetDateTime>("FormatAdapters.OFFSET_DATE_TIME") {
        @Override
        OffsetDateTime read(JsonReader reader) throws IOException {
          String text = reader.nextString();
          try {
            return parseDateTime(text);
          } catch (IllegalArgumentException e) {
            throw malformed("an RFC 3339 date-time", text, reader);
          }
        }

        @Override
        void write(JsonWriter writer, OffsetDateTime value) throws IOException {
          writer.value(formatDateTime(value));
        }
      };

  public static final JsonAdapter<java.util.UUID> UUID =
      new NullSafeAdapter<java.util.UUID>("FormatAdapters.UUID") {
        @Override
        java.util.UUID read(JsonReader reader) throws IOException {
          String text = reader.nextString();
          try {
            return parseUuid(text);
          } catch (IllegalArgumentException e) {
            throw malformed("a UUID", text, reader);
          }
        }

        @Override
        void write(JsonWriter writer, java.util.UUID value) throws IOException {
          writer.value(value.toString());
        }
      };

  public static final JsonAdapter<java.net.URI> URI =
      new NullSafeAdapter<java.net.URI>("FormatAdapters.URI") {
        @Override
        java.net.URI read(JsonReader reader) throws IOException {
          String text = reader.nextString();
          try {
            return new java.net.URI(text);
          } catch (URISyntaxException e) {
            throw malformed("a URI", text, reader);
          }
        }

        @Override
        void write(JsonWriter writer, java.net.URI value) throws IOException {
          writer.value(value.toString());
        }
      };

  public static final JsonAdapter<ByteString> BYTES =
      new NullSafeAdapter<ByteString>("FormatAdapters.BYTES") {
        @Override
        ByteString read(JsonReader reader) throws IOException {
          String text = reader.nextString();
          ByteString bytes = ByteString.decodeBase64(text);
          if (bytes == null) {
            // Not echoed: encoded bytes may be anything, and long.
            throw new JsonDataException("Expected base64 bytes at path " + reader.getPath());
          }
          return bytes;
        }

        @Override
        void write(JsonWriter writer, ByteString value) throws IOException {
          writer.value(value.base64());
        }
      };

  /** A free-form JSON object, as {@link JsonValues} reads it: unmodifiable, nulls kept. */
  public static final JsonAdapter<Map<String, Object>> JSON_OBJECT =
      new NullSafeAdapter<Map<String, Object>>("FormatAdapters.JSON_OBJECT") {
        @Override
        Map<String, Object> read(JsonReader reader) throws IOException {
          if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            throw new JsonDataException(
                "Expected BEGIN_OBJECT but was " + reader.peek() + " at path " + reader.getPath());
          }
          @SuppressWarnings("unchecked") // JsonValues reads every JSON object as this type.
          Map<String, Object> object = (Map<String, Object>) JsonValues.read(reader);
          return object;
        }

        @Override
        void write(JsonWriter writer, Map<String, Object> value) throws IOException {
          JsonValues.write(writer, value);
        }
      };

  /**
   * Parses an RFC 3339 date-time. An offset beyond what {@link ZoneOffset} holds (&#177;18:00)
   * gives the same instant in UTC; {@code -00:00} (offset unknown) reads as UTC.
   *
   * @throws IllegalArgumentException if {@code text} is not an RFC 3339 date-time
   */
  public static OffsetDateTime parseDateTime(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != 't')
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int position = 19;
    int nanos = 0;
    if (text.charAt(position) == '.') {
      int start = ++position;
      while (position < length && isDigit(text.charAt(position))) {
        if (position - start < 9) {
          nanos = nanos * 10 + (text.charAt(position) - '0');
        }
        position++;
      }
      if (position == start) {
        throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text);
      }
      for (int i = position - start; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (position >= length) {
      throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text);
    }
    int offsetSeconds;
    char sign = text.charAt(position);
    if ((sign == 'Z' || sign == 'z') && position + 1 == length) {
      offsetSeconds = 0;
    } else if ((sign == '+' || sign == '-')
        && position + 6 == length
        && text.charAt(position + 3) == ':') {
      int offsetHours = digits(text, position + 1, position + 3);
      int offsetMinutes = digits(text, position + 4, position + 6);
      if (offsetHours > 23 || offsetMinutes > 59) {
        throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text);
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
      throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text);
    }
    if (hour > 23 || minute > 59 || second > 60) {
      throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text);
    }
    boolean leapSecond = second == 60;
    try {
      LocalDateTime local =
          LocalDateTime.of(year, month, day, hour, minute, leapSecond ? 59 : second, nanos);
      if (leapSecond) {
        local = local.withNano(999_999_999);
      }
      if (Math.abs(offsetSeconds) <= 18 * 3600) {
        return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetSeconds));
      }
      return OffsetDateTime.of(local.minusSeconds(offsetSeconds), ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not an RFC 3339 date-time: " + text, e);
    }
  }

  /** Writes {@code value} in RFC 3339: seconds always, {@code Z} for UTC. */
  public static String formatDateTime(OffsetDateTime value) {
    if (value.getOffset().getTotalSeconds() % 60 != 0) {
      // RFC 3339 offsets have no seconds: the same instant in UTC.
      value = value.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  /**
   * Parses an RFC 3339 full-date, {@code 2021-04-30}.
   *
   * @throws IllegalArgumentException if {@code text} is not one
   */
  public static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new IllegalArgumentException("Not an RFC 3339 full-date: " + text);
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Not an RFC 3339 full-date: " + text, e);
    }
  }

  /** Writes {@code value} as an RFC 3339 full-date. */
  public static String formatDate(LocalDate value) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
  }

  /**
   * Parses a UUID in its canonical 8-4-4-4-12 hexadecimal form, in either case.
   *
   * @throws IllegalArgumentException if {@code text} is not one
   */
  public static java.util.UUID parseUuid(String text) {
    if (text.length() != 36) {
      throw new IllegalArgumentException("Not a UUID: " + text);
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        throw new IllegalArgumentException("Not a UUID: " + text);
      }
    }
    return java.util.UUID.fromString(text);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        throw new IllegalArgumentException("Not a number at " + i + ": " + text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static JsonDataException malformed(String expected, String text, JsonReader reader) {
    return new JsonDataException(
        "Expected " + expected + " but was \"" + text + "\" at path " + reader.getPath());
  }
}
