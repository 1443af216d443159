package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import okio.Buffer;
import okio.ByteString;

/**
 * JSON readers that refuse number tokens longer than {@value #MAX_NUMBER_CHARS} characters before
 * Moshi sees them: Moshi and {@link java.math.BigDecimal} parse a long literal in time that grows
 * faster than its length, and a 1 MB integer costs seconds of CPU that no timeout bounds. No real
 * number needs that many digits. Strings and every other token are bounded by the body's limit.
 */
public final class JsonNumberLimit {
  /** The longest number token read, in characters. */
  public static final int MAX_NUMBER_CHARS = 1000;

  private JsonNumberLimit() {}

  /** A reader of {@code json}, whose numbers are checked first. */
  public static JsonReader reader(String json) {
    return reader(ByteString.encodeUtf8(json));
  }

  /**
   * A reader of {@code utf8}, whose numbers are checked first.
   *
   * @throws JsonDataException if a number is too long
   */
  public static JsonReader reader(ByteString utf8) {
    check(utf8);
    return JsonReader.of(new Buffer().write(utf8));
  }

  /**
   * One linear pass: outside strings, a run of number characters longer than the limit fails.
   * UTF-8 is scanned as bytes: no byte of a multi-byte character is ASCII.
   */
  static void check(ByteString utf8) {
    boolean inString = false;
    int run = 0;
    for (int i = 0, size = utf8.size(); i < size; i++) {
      byte b = utf8.getByte(i);
      if (inString) {
        if (b == '\\') {
          i++; // The escaped character, a quote perhaps, does not end the string.
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
        run = 0;
      } else if ((b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e'
          || b == 'E') {
        if (++run > MAX_NUMBER_CHARS) {
          throw new JsonDataException(
              "JSON number longer than " + MAX_NUMBER_CHARS + " characters at offset "
                  + (i - MAX_NUMBER_CHARS));
        }
      } else {
        run = 0;
      }
    }
  }
}
