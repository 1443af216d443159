package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The Java snippet under {@code ## Usage} in the root README, marked {@code <!-- README-SNIPPET ...
 * -->}, compiles against this client for Java 8, without a warning: the README cannot drift from
 * the API.
 */
final class ReadmeSnippetTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- README-SNIPPET[^>]*-->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public\\s+final\\s+class\\s+(\\w+)");

  @Test
  void usageSnippetCompiles(@TempDir Path dir) throws IOException {
    String readme =
        new String(
            Files.readAllBytes(Paths.get(System.getProperty("webrtc.readme"))),
            StandardCharsets.UTF_8);
    String snippet = usageSnippet(readme);
    Matcher className = CLASS_NAME.matcher(snippet);
    assertTrue(className.find(), "the snippet declares no public final class:\n" + snippet);
    Path source = dir.resolve(className.group(1) + ".java");
    Files.write(source, snippet.getBytes(StandardCharsets.UTF_8));

    String report = compile(source.toFile(), dir.resolve("classes"));

    assertTrue(report.isEmpty(), "the README snippet does not compile:\n" + report);
  }

  @Test
  void readmeWithoutAMarkedUsageSnippetFails() {
    String marked = "<!-- README-SNIPPET: x -->\n```java\nclass A {}\n```\n";

    assertThrows(AssertionFailedError.class, () -> usageSnippet("# T\n\n## Install\n" + marked));
    assertThrows(
        AssertionFailedError.class,
        () -> usageSnippet("# T\n\n## Usage\n```java\nclass A {}\n```\n"));
    assertThrows(
        AssertionFailedError.class,
        () -> usageSnippet("# T\n\n## Usage\ntext\n\n## Errors\n" + marked));
    assertEquals("class A {}", usageSnippet("# T\n\n## Usage\n" + marked + "\n## Next\n"));
  }

  /** The snippet marked in the {@code ## Usage} section; fails when there is none. */
  static String usageSnippet(String readme) {
    int usage = readme.indexOf("\n## Usage\n");
    assertTrue(usage >= 0, "README.md has no \"## Usage\" section");
    int next = readme.indexOf("\n## ", usage + 1);
    String section = readme.substring(usage, next < 0 ? readme.length() : next);
    Matcher matcher = SNIPPET.matcher(section);
    assertTrue(
        matcher.find(),
        "no <!-- README-SNIPPET --> marker followed by a ```java block under ## Usage");
    return matcher.group(1);
  }

  private static String compile(File source, Path classes) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          Arrays.asList(
              "--release",
              "8",
              "-Xlint:all,-options,-processing",
              "-Werror",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      boolean ok =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromFiles(Collections.singletonList(source)))
              .call();
      String report =
          diagnostics.getDiagnostics().stream()
              .map(ReadmeSnippetTest::describe)
              .collect(Collectors.joining("\n"));
      return ok && report.isEmpty() ? "" : report.isEmpty() ? "javac failed" : report;
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
  }
}
