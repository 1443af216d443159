package io.github.webrtcsdk.sessions.generator;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps long lines of emitted Java at their first argument list, so that generated code keeps to
 * the 100-column house style whatever the length of operation and parameter names.
 *
 * <p>A line that fits is kept. Otherwise the arguments move to a continuation line indented by four
 * more spaces, and when they do not fit there either, to one line each.
 */
final class CodeLayout {
  static final int LINE_WIDTH = 100;

  private CodeLayout() {}

  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(wrapLine(lines[i]));
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  static String wrapLine(String line) {
    String trimmed = line.trim();
    if (line.length() <= LINE_WIDTH
        || trimmed.startsWith("*")
        || trimmed.startsWith("/*")
        || trimmed.startsWith("//")) {
      return line;
    }
    int open = line.indexOf('(');
    int close = open < 0 ? -1 : matchingParen(line, open);
    if (close < 0 || close == open + 1) {
      return line;
    }
    String indent = line.substring(0, line.length() - line.replaceAll("^\\s+", "").length());
    String continuation = indent + "    ";
    String head = line.substring(0, open + 1);
    String args = line.substring(open + 1, close).trim();
    String tail = line.substring(close);
    if (continuation.length() + args.length() + tail.length() <= LINE_WIDTH) {
      return head + "\n" + continuation + args + tail;
    }
    StringBuilder out = new StringBuilder(head);
    List<String> parts = splitTopLevel(args);
    for (int i = 0; i < parts.size(); i++) {
      out.append('\n').append(continuation).append(parts.get(i));
      out.append(i < parts.size() - 1 ? "," : tail);
    }
    return out.toString();
  }

  private static int matchingParen(String line, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && line.charAt(i - 1) != '\\') {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<String> splitTopLevel(String args) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int start = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (c == '"' && (i == 0 || args.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && (c == '(' || c == '<')) {
        depth++;
      } else if (!inString && (c == ')' || c == '>')) {
        depth--;
      } else if (!inString && depth == 0 && c == ',') {
        parts.add(args.substring(start, i).trim());
        start = i + 1;
      }
    }
    parts.add(args.substring(start).trim());
    return parts;
  }

  /** A Mustache lambda that wraps each long line of its rendered content. */
  static final class Lambda implements Mustache.Lambda {
    @Override
    public void execute(Template.Fragment fragment, Writer writer) throws IOException {
      writer.write(wrap(fragment.execute()));
    }
  }
}
