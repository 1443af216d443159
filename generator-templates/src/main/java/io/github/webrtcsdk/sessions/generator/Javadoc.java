package io.github.webrtcsdk.sessions.generator;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns spec text into Javadoc, and lays out Javadoc comments.
 *
 * <p>Spec descriptions are untrusted text: {@link #escape} makes them safe to print inside a
 * comment ({@code *}{@code /}, {@code @} and HTML cannot break the comment or the doclint check).
 * {@link #format} wraps a comment to the line width: paragraphs separated by blank lines get {@code
 * <p>}, {@code <pre>} blocks are kept verbatim, block tags ({@code @param}) go last.
 */
final class Javadoc {
  static final int LINE_WIDTH = 100;

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern BLOCK_HTML =
      Pattern.compile("^<(p|pre|ul|ol|table|h[1-6]|blockquote)[ >].*|^<(p|pre|ul|ol)>.*");

  private Javadoc() {}

  /** Escapes spec text for a Javadoc comment; `code spans` become {@code <code>}. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String escaped =
        text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("@", "&#64;")
            .replace("*/", "*&#47;")
            .replace("\\", "&#92;");
    Matcher matcher = CODE_SPAN.matcher(escaped);
    StringBuffer out = new StringBuffer();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement("<code>" + matcher.group(1) + "</code>"));
    }
    matcher.appendTail(out);
    return out.toString().trim();
  }

  /** Returns {@code text} trimmed and ending with a period, for a summary sentence. */
  static String sentence(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()) {
      return trimmed;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    return last == '.' || last == '!' || last == '?' ? trimmed : trimmed + ".";
  }

  /**
   * Lays out {@code text} as a Javadoc comment indented by {@code indent} spaces, ending in a
   * newline; returns the empty string for blank text.
   */
  static String format(String text, int indent) {
    List<Block> blocks = parse(text);
    if (blocks.isEmpty()) {
      return "";
    }
    String pad = repeat(' ', indent);
    int width = LINE_WIDTH - indent - 3;
    StringBuilder out = new StringBuilder();
    out.append(pad).append("/**\n");
    boolean first = true;
    boolean previousWasTag = false;
    for (Block block : blocks) {
      if (!first && !(block.tag && previousWasTag)) {
        out.append(pad).append(" *\n");
      }
      if (block.pre) {
        for (String line : block.lines) {
          appendLine(out, pad, line);
        }
      } else {
        String joined = String.join(" ", block.lines);
        if (!first && !block.tag && !BLOCK_HTML.matcher(joined).matches()) {
          joined = "<p>" + joined;
        }
        List<String> wrapped = wrap(joined, width, block.tag ? 4 : 0);
        for (String line : wrapped) {
          appendLine(out, pad, line);
        }
      }
      first = false;
      previousWasTag = block.tag;
    }
    out.append(pad).append(" */\n");
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String pad, String line) {
    out.append(pad).append(" *");
    if (!line.isEmpty()) {
      out.append(' ').append(line);
    }
    out.append('\n');
  }

  private static final class Block {
    final List<String> lines = new ArrayList<>();
    final boolean pre;
    final boolean tag;

    Block(boolean pre, boolean tag) {
      this.pre = pre;
      this.tag = tag;
    }
  }

  private static List<Block> parse(String text) {
    List<Block> paragraphs = new ArrayList<>();
    List<Block> tags = new ArrayList<>();
    Block current = null;
    boolean inPre = false;
    for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
      String line = stripTrailing(raw);
      if (inPre) {
        current.lines.add(line);
        if (line.contains("</pre>")) {
          inPre = false;
          current = null;
        }
        continue;
      }
      String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        current = null;
      } else if (trimmed.startsWith("<pre>")) {
        current = new Block(true, false);
        paragraphs.add(current);
        current.lines.add(trimmed);
        inPre = !trimmed.contains("</pre>");
        if (!inPre) {
          current = null;
        }
      } else if (trimmed.startsWith("@")) {
        current = new Block(false, true);
        tags.add(current);
        current.lines.add(trimmed);
      } else {
        if (current == null) {
          current = new Block(false, false);
          paragraphs.add(current);
        }
        current.lines.add(trimmed);
      }
    }
    List<Block> all = new ArrayList<>(paragraphs);
    all.addAll(tags);
    return all;
  }

  private static List<String> wrap(String text, int width, int continuationIndent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String continuation = repeat(' ', continuationIndent);
    for (String word : words(text)) {
      int prefix = lines.isEmpty() ? 0 : continuationIndent;
      if (line.length() > 0 && prefix + line.length() + 1 + word.length() > width) {
        lines.add((lines.isEmpty() ? "" : continuation) + line);
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add((lines.isEmpty() ? "" : continuation) + line);
    }
    return lines;
  }

  /** Splits at spaces, but not inside inline tags: {@code {@link #a(B, C)}} stays one word. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && (depth > 0 || (i + 1 < text.length() && text.charAt(i + 1) == '@'))) {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (c == ' ' && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String repeat(char c, int count) {
    StringBuilder sb = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      sb.append(c);
    }
    return sb.toString();
  }

  /** A Mustache lambda that lays out its rendered content as a Javadoc comment. */
  static final class Lambda implements Mustache.Lambda {
    private final int indent;

    Lambda(int indent) {
      this.indent = indent;
    }

    @Override
    public void execute(Template.Fragment fragment, Writer writer) throws IOException {
      writer.write(format(fragment.execute(), indent));
    }
  }
}
