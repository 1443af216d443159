package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class RuntimeImportsTest {
  @Test
  void classesAreExactlyTheRuntimeModulesClassesAndJSpecifysNullable() throws IOException {
    Path root = Paths.get("../client-runtime/src/main/java");
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("package-info.java"))
          .forEach(
              p -> {
                String qualified =
                    root.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", "");
                sources.put(qualified.substring(qualified.lastIndexOf('.') + 1), qualified);
              });
    }
    // Not a class of the runtime's own: the annotation it depends on, for every generated file.
    sources.put("Nullable", "org.jspecify.annotations.Nullable");
    assertEquals(sources, new TreeMap<>(RuntimeImports.CLASSES));
  }

  @Test
  void importsWhatTheCodeAndJavadocNameSortedAmongTheOthers() {
    String source =
        "// header\n\npackage com.example;\n\n"
            + "import com.squareup.moshi.JsonAdapter;\nimport java.util.List;\n\n"
            + "/** Throws {@link NotFoundException}. */\n"
            + "final class A {\n  CallExecutor executor;\n  List<JsonAdapter<String>> a;\n}\n";

    assertEquals(
        "// header\n\npackage com.example;\n\n"
            + "import com.squareup.moshi.JsonAdapter;\n"
            + "import io.github.webrtcsdk.runtime.NotFoundException;\n"
            + "import io.github.webrtcsdk.runtime.internal.CallExecutor;\n"
            + "import java.util.List;\n\n"
            + "/** Throws {@link NotFoundException}. */\n"
            + "final class A {\n  CallExecutor executor;\n  List<JsonAdapter<String>> a;\n}\n",
        RuntimeImports.addTo(source));
  }

  @Test
  void stringsQualifiedNamesAndImportedNamesImportNothing() {
    String source =
        "package com.example;\n\nimport com.example.other.Nullable;\n\n"
            + "final class A {\n  @Nullable String s = \"RequestOptions\";\n"
            + "  io.github.webrtcsdk.runtime.LogLevel level;\n}\n";

    assertEquals(source, RuntimeImports.addTo(source));
  }

  @Test
  void aFileWithoutImportsGetsABlockOfItsOwn() {
    assertEquals(
        "package com.example;\n\nimport org.jspecify.annotations.Nullable;\n\n"
            + "final class A {\n  @Nullable String s;\n}\n",
        RuntimeImports.addTo("package com.example;\n\nfinal class A {\n  @Nullable String s;\n}\n"));
  }
}
