package io.github.webrtcsdk.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Text from the server, such as an error body's {@code message}, made fit for an exception
 * message: control characters escaped ({@code \r} as the two characters {@code \\r}), so that a
 * message cannot forge log lines, and at most {@value #MAX_LENGTH} characters, the rest replaced
 * by {@value #ELLIPSIS}.
 */
final class MessageText {
  static final int MAX_LENGTH = 200;
  static final String ELLIPSIS = "...";

  private MessageText() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + ELLIPSIS.length()));
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String escaped = escape(c);
      int length = escaped != null ? escaped.length() : Character.charCount(c);
      if (out.length() + length > MAX_LENGTH) {
        return out.append(ELLIPSIS).toString(); // Whole characters and escapes only.
      }
      if (escaped != null) {
        out.append(escaped);
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** The escape for {@code c}, or null to keep it. */
  private static @Nullable String escape(int c) {
    switch (c) {
      case '\r':
        return "\\r";
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      default:
        // Controls, line separators and the bidirectional overrides that reorder what is shown.
        boolean hidden =
            Character.isISOControl(c)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
        return hidden ? String.format("\\u%04x", c) : null;
    }
  }
}
