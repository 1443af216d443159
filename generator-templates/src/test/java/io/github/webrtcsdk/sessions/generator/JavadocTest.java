package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class JavadocTest {
  @Test
  void escapeNeutralizesCommentEndsTagsAndHtml() {
    assertEquals(
        "a *&#47; b &#64;param &lt;b&gt; &amp; <code>x &lt; y</code>",
        Javadoc.escape("a */ b @param <b> & `x < y`"));
  }

  @Test
  void sentenceAddsMissingPeriod() {
    assertEquals("Create a session.", Javadoc.sentence("Create a session"));
    assertEquals("Done!", Javadoc.sentence(" Done! "));
    assertEquals("", Javadoc.sentence(null));
  }

  @Test
  void formatWrapsParagraphsAndPutsTagsLast() {
    String text =
        "Summary line.\n\nA second paragraph that is long enough to need wrapping at the line width"
            + " of one hundred columns, really.\n\n@param x the x\n@return y\n\n";
    assertEquals(
        "  /**\n"
            + "   * Summary line.\n"
            + "   *\n"
            + "   * <p>A second paragraph that is long enough to need wrapping at the line width of"
            + " one hundred\n"
            + "   * columns, really.\n"
            + "   *\n"
            + "   * @param x the x\n"
            + "   * @return y\n"
            + "   */\n",
        Javadoc.format(text, 2));
  }

  @Test
  void formatKeepsPreBlocksAndInlineTags() {
    String text = "Example:\n\n<pre>{@code\nif (a) {\n  b();\n}\n}</pre>\n";
    assertEquals(
        "/**\n * Example:\n *\n * <pre>{@code\n * if (a) {\n *   b();\n * }\n * }</pre>\n */\n",
        Javadoc.format(text, 0));
  }

  @Test
  void formatNeverBreaksInsideAnInlineTag() {
    String text = "word ".repeat(17) + "{@link #method(String, String)} end";
    String formatted = Javadoc.format(text, 0);
    assertEquals(
        "/**\n * " + "word ".repeat(17).trim() + "\n * {@link #method(String, String)} end\n */\n",
        formatted);
  }

  @Test
  void formatOfBlankTextIsEmpty() {
    assertEquals("", Javadoc.format("\n  \n", 2));
  }
}
