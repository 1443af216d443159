package io.github.webrtcsdk.sessions.generator;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every spec's output, runtime classes included, compiles for Java 8 without a single warning, and
 * its Javadoc passes every doclint check, as the client module's build requires.
 */
final class GeneratedCodeCompilesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"models", "operations", "parameters", "types", "composition", "bodies", "names"})
  void compilesForJava8WithoutWarnings(String spec, @TempDir Path dir) {
    Path out = Generation.generate(Generation.spec(spec), dir.resolve("out"));
    JavaCompilation.compile(out.resolve("src/main/java"), dir.resolve("classes"));
    JavaCompilation.javadoc(
        out.resolve("src/main/java"), dir.resolve("classes"), dir.resolve("doc"));
  }
}
