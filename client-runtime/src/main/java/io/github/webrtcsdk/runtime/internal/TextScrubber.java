package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import okio.Buffer;

/**
 * Redacts a body kept as text, JSON or not, valid or cut short, and otherwise leaves it as
 * received: the value of every JSON member whose name is sensitive becomes {@code "***"}, the
 * value of every form-like field ({@code name=value}) with a sensitive name {@code ***}, and every
 * secret {@code ***}, also inside a JSON string that spells it with escapes.
 *
 * <p>A scanner rather than a parser, so that a body that does not parse is still redacted; names
 * are compared after their JSON escapes are decoded ({@code "\u0074oken"} is {@code token}).
 */
final class TextScrubber {
  private static final String JSON_REDACTED = "\"" + Redaction.REDACTED + "\"";

  private final String text;
  private final Predicate<String> sensitive;
  private final List<String> secrets;
  private final StringBuilder out;

  private TextScrubber(String text, Predicate<String> sensitive, List<String> secrets) {
    this.text = text;
    this.sensitive = sensitive;
    this.secrets = secrets;
    this.out = new StringBuilder(text.length());
  }

  /** {@code secrets} must be sorted longest first, so that one inside another goes whole. */
  static String scrub(String text, Predicate<String> sensitive, List<String> secrets) {
    TextScrubber scrubber = new TextScrubber(text, sensitive, secrets);
    scrubber.run();
    return scrubber.hideSecrets(scrubber.out.toString());
  }

  private void run() {
    int i = 0;
    while (i < text.length()) {
      i = text.charAt(i) == '"' ? string(i) : wordOrChar(i, text.length());
    }
  }

  /** Copies the character at {@code i}, or the word there, up to {@code limit}. */
  private int wordOrChar(int i, int limit) {
    char c = text.charAt(i);
    if (isNameChar(c) && (i == 0 || !isNameChar(text.charAt(i - 1)))) {
      return field(i, limit);
    }
    out.append(c);
    return i + 1;
  }

  /** Copies the string literal at {@code start}, or redacts the member it names. */
  private int string(int start) {
    int end = endOfString(start);
    String decoded = decode(start + 1, end);
    int colon = skipWhitespace(end);
    if (colon < text.length() && text.charAt(colon) == ':' && sensitive.test(decoded)) {
      int value = skipWhitespace(colon + 1);
      out.append(text, start, value);
      int valueEnd = endOfValue(value);
      if (valueEnd > value) {
        out.append(JSON_REDACTED);
      }
      return valueEnd;
    }
    String hidden = hideSecrets(decoded);
    if (!hidden.equals(decoded)) {
      out.append(quote(hidden)); // A secret, maybe spelt with escapes.
      return end;
    }
    // A value or an HTML attribute: a URL in it may carry ?token=...
    int close = end > start + 1 && text.charAt(end - 1) == '"' ? end - 1 : end;
    out.append('"');
    for (int i = start + 1; i < close; ) {
      i = wordOrChar(i, close);
    }
    out.append(text, close, end);
    return end;
  }

  private static String quote(String value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.value(value);
    } catch (IOException e) {
      throw new AssertionError(e); // A Buffer does not fail.
    }
    return buffer.readUtf8();
  }

  /** Copies a word; when it is a sensitive name followed by {@code =}, redacts the value. */
  private int field(int start, int limit) {
    int end = start;
    while (end < limit && isNameChar(text.charAt(end))) {
      end++;
    }
    out.append(text, start, end);
    if (end < limit
        && text.charAt(end) == '='
        && sensitive.test(Redaction.decode(text.substring(start, end)))) {
      int valueEnd = end + 1;
      while (valueEnd < limit && "&;\"'<> \t\r\n".indexOf(text.charAt(valueEnd)) < 0) {
        valueEnd++;
      }
      out.append('=').append(Redaction.REDACTED);
      return valueEnd;
    }
    return end;
  }

  private String hideSecrets(String value) {
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        value = value.replace(secret, Redaction.REDACTED);
      }
    }
    return value;
  }

  /** The index after the string literal at {@code start}; the end of the text if unterminated. */
  private int endOfString(int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  /** The index after the JSON value at {@code start}: a string, an object, an array or a word. */
  private int endOfValue(int start) {
    if (start >= text.length()) {
      return start;
    }
    char first = text.charAt(start);
    if (first == '"') {
      return endOfString(start);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          i = endOfString(i) - 1;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return i + 1;
        }
      }
      return text.length();
    }
    int i = start;
    while (i < text.length() && ",}] \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private int skipWhitespace(int i) {
    while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** The text of the literal between {@code from} and {@code to}, escapes decoded, leniently. */
  private String decode(int from, int to) {
    int end = to > from && to <= text.length() && text.charAt(to - 1) == '"' ? to - 1 : to;
    StringBuilder decoded = new StringBuilder(end - from);
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        decoded.append(c);
        continue;
      }
      char escaped = text.charAt(++i);
      switch (escaped) {
        case 'b':
          decoded.append('\b');
          break;
        case 'f':
          decoded.append('\f');
          break;
        case 'n':
          decoded.append('\n');
          break;
        case 'r':
          decoded.append('\r');
          break;
        case 't':
          decoded.append('\t');
          break;
        case 'u':
          if (i + 4 < end) {
            try {
              decoded.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
              i += 4;
              break;
            } catch (NumberFormatException notHex) {
              // Kept as written, below.
            }
          }
          decoded.append('\\').append(escaped);
          break;
        default:
          decoded.append(escaped); // \" \\ \/ and, leniently, any other.
      }
    }
    return decoded.toString();
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == '.'
        || c == '%';
  }
}
