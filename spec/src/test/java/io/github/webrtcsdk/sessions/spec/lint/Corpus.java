package io.github.webrtcsdk.sessions.spec.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Lints the broken specs under {@code src/test/resources/lint/}. */
final class Corpus {
  private Corpus() {}

  /** Returns the findings of {@code lint/NAME} as printed lines, naming the file lint/NAME. */
  static List<String> lint(String name) {
    return SpecLinter.create().lint("lint/" + name, read(name)).stream()
        .map(Finding::toString)
        .toList();
  }

  static String read(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream("/lint/" + name)) {
      if (in == null) throw new IllegalArgumentException("no test resource lint/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
