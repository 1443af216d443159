package io.github.webrtcsdk.sessions.generator;

import java.util.Collection;
import java.util.Locale;

/** Spec text made fit for Javadoc, Markdown and Java string literals, and generation errors. */
final class Text {
  private Text() {}

  /** Spec text escaped for Javadoc; empty for null. */
  static String describe(String text) {
    return text == null ? "" : Javadoc.escape(text);
  }

  /** Spec text for Markdown: one line, HTML and table pipes escaped. */
  static String markdown(String text) {
    if (text == null) {
      return "";
    }
    return text.trim()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replaceAll("\\s*\\n\\s*", " ");
  }

  /** The content of a Java string literal that reads as {@code raw}. */
  static String javaString(String raw) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  /** {@code text} on one line: for block tags, where a paragraph break would end the tag. */
  static String oneLine(String text) {
    return text == null ? null : text.trim().replaceAll("\\s+", " ");
  }

  /** The first sentence of {@code text}, for short error descriptions. */
  static String firstSentence(String text) {
    String oneLine = text.trim().replaceAll("\\s+", " ");
    int end = oneLine.indexOf(". ");
    return end < 0 ? oneLine : oneLine.substring(0, end + 1);
  }

  /** {@code text}, or {@code fallback} when it is null or blank. */
  static String orElse(String text, String fallback) {
    return text == null || text.trim().isEmpty() ? fallback : text;
  }

  /** The {@code @deprecated} text: the sentence of the description that says so, if any. */
  static String deprecationText(String description, String what) {
    if (description != null) {
      for (String sentence : oneLine(description).split("(?<=\\.)\\s+")) {
        if (sentence.toLowerCase(Locale.ROOT).contains("deprecat")) {
          return Javadoc.sentence(Javadoc.escape(sentence));
        }
      }
    }
    return "The API marks this " + what + " as deprecated.";
  }

  /** Whether {@code mediaType} is JSON: {@code application/json}, {@code +json}, or any. */
  static boolean isJson(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    return m.startsWith("application/json") || m.matches("[^;]*\\+json.*") || m.equals("*/*");
  }

  /** Whether {@code mediaType} is text: {@code text/*} or XML. */
  static boolean isText(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    return m.startsWith("text/") || m.matches("[^;]*[/+]xml.*");
  }

  /** The JSON media type when there is one, else the first; null for none. */
  static String preferredMediaType(Collection<String> mediaTypes) {
    if (mediaTypes == null || mediaTypes.isEmpty()) {
      return null;
    }
    for (String m : mediaTypes) {
      if (isJson(m)) {
        return m;
      }
    }
    return mediaTypes.iterator().next();
  }

  /** The error that stops the generation, naming the place in the spec and what it has. */
  static IllegalArgumentException unsupported(String where, String what) {
    return new IllegalArgumentException(WebRtcJavaCodegen.NAME + ": " + where + ": " + what);
  }
}
