package io.github.webrtcsdk.sessions.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Runs the generator the way the Maven plugin does, and reads what it wrote. */
final class Generation {
  static final Path SPECS = Paths.get("src/test/resources/specs");

  private Generation() {}

  static Path spec(String name) {
    return SPECS.resolve(name + ".yaml").toAbsolutePath();
  }

  /** Generates a client for {@code spec} into {@code out}, with our embedded templates. */
  static Path generate(Path spec, Path out) {
    return generate(spec, out, null);
  }

  /** Like {@link #generate(Path, Path)}, with templates from {@code templateDir} when not null. */
  static Path generate(Path spec, Path out, Path templateDir) {
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName(WebRtcJavaCodegen.NAME)
            .setInputSpec(spec.toString())
            .setOutputDir(out.toString());
    if (templateDir != null) {
      configurator.setTemplateDir(templateDir.toString());
    }
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    return out;
  }

  /** The files under {@code root}, by path relative to it with forward slashes. */
  static Map<String, String> read(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                String relative = root.relativize(file).toString().replace('\\', '/');
                try {
                  files.put(relative, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String readFile(Path root, String relative) {
    try {
      return new String(Files.readAllBytes(root.resolve(relative)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String source(String packagePath, String className) {
    return "src/main/java/io/github/webrtcsdk/sessions/" + packagePath + className + ".java";
  }
}
