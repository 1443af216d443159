package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process as the client module does: {@code --release 8}, every lint,
 * warnings as errors, against the client's runtime (Retrofit, OkHttp, Moshi) on the test classpath.
 *
 * <p>One warning is not the generated code's: under {@code --release 8}, javac cannot read the
 * {@code ElementType.MODULE} in the {@code @Target} of JSpecify's {@code @NullMarked}
 * ("unknown enum constant"), and no lint option turns that warning off but {@code -Xlint:none}
 * (JDK-8305250, fixed in JDK 27). It is left out; any other diagnostic fails.
 */
final class JavaCompilation {
  private JavaCompilation() {}

  /** Compiles every {@code .java} file under {@code sourceRoot} into {@code classes}. */
  static void compile(Path sourceRoot, Path classes) {
    compile(Arrays.asList(sourceRoot), classes);
  }

  /** Compiles every {@code .java} file under each of {@code sourceRoots} into {@code classes}. */
  static void compile(List<Path> sourceRoots, Path classes) {
    List<File> sources = new ArrayList<>();
    try {
      for (Path root : sourceRoots) {
        try (Stream<Path> paths = Files.walk(root)) {
          paths.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).forEach(sources::add);
        }
      }
      Files.createDirectories(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          Arrays.asList(
              "--release",
              "8",
              "-Xlint:all,-options,-processing",
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
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      String report =
          diagnostics.getDiagnostics().stream()
              .filter(d -> !isJSpecifyModuleTarget(d))
              .map(JavaCompilation::describe)
              .collect(Collectors.joining("\n"));
      assertTrue(ok && report.isEmpty(), "javac reported:\n" + report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs javadoc on the public packages under {@code sourceRoot} (not {@code internal}) as the
   * client module does: every doclint check, warnings failing, against {@code classes} compiled
   * from the same sources.
   */
  static void javadoc(Path sourceRoot, Path classes, Path out) {
    List<File> sources = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(sourceRoot)) {
      paths
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().replace('\\', '/').contains("/internal/"))
          .map(Path::toFile)
          .forEach(sources::add);
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          Arrays.asList(
              "--release",
              "8",
              "-Xdoclint:all",
              "-quiet",
              "-classpath",
              System.getProperty("java.class.path") + File.pathSeparator + classes,
              "-d",
              out.toString());
      boolean ok =
          tool.getTask(
                  null,
                  files,
                  diagnostics,
                  null,
                  options,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      String report =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
              .filter(d -> !isJSpecifyModuleTarget(d))
              .map(JavaCompilation::describe)
              .collect(Collectors.joining("\n"));
      assertTrue(ok && report.isEmpty(), "javadoc reported:\n" + report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isJSpecifyModuleTarget(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() == Diagnostic.Kind.WARNING
        && "compiler.warn.unknown.enum.constant".equals(d.getCode())
        && d.getMessage(Locale.ROOT).contains("ElementType.MODULE");
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String source = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber();
    return d.getKind() + " " + source + " " + d.getMessage(Locale.ROOT);
  }
}
