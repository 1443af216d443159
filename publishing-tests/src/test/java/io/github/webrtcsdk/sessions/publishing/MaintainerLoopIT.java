package io.github.webrtcsdk.sessions.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webrtcsdk.sessions.SessionsService;
import io.github.webrtcsdk.sessions.generator.WebRtcJavaCodegen;
import io.github.webrtcsdk.sessions.spec.LintCommand;
import io.github.webrtcsdk.sessions.spec.diff.DiffCommand;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.w3c.dom.Element;

/**
 * CONTRIBUTING.md's maintainer's loop on a copy of the project: add an operation to the spec, check
 * it, regenerate the client, read the suggested bump from the spec diff and move the version.
 *
 * <p>The copy is a git repository with the project's poms, wrapper, spec and scripts, whose
 * one commit is tagged as the release of this build's version ({@code v0.1.0} for
 * {@code 0.1.0-SNAPSHOT}); the loop runs in it as a maintainer would in theirs. Generation runs
 * in-process the way {@code generated-client} runs it (generator {@value WebRtcJavaCodegen#NAME},
 * no tests), and the output is compiled for Java 8.
 */
final class MaintainerLoopIT {
  /** What the maintainer adds: an operation on an existing path, so a minor change. */
  private static final String NEW_OPERATION = String.join("\n",
      "    get:",
      "      tags:",
      "        - Sessions",
      "      operationId: listSessions",
      "      summary: List sessions.",
      "      description: Returns the account's sessions, oldest first.",
      "      responses:",
      "        '200':",
      "          description: The sessions.",
      "          content:",
      "            application/json:",
      "              schema:",
      "                type: array",
      "                items:",
      "                  $ref: '#/components/schemas/Session'",
      "        '400':",
      "          $ref: '#/components/responses/BadRequest'",
      "        '401':",
      "          $ref: '#/components/responses/Unauthorized'",
      "        '403':",
      "          $ref: '#/components/responses/Forbidden'",
      "        '429':",
      "          $ref: '#/components/responses/TooManyRequests'",
      "        '500':",
      "          $ref: '#/components/responses/InternalServerError'",
      "");
  private static final String SESSIONS_PATH = String.join("\n",
      "  /accounts/{accountId}/sessions:",
      "    parameters:",
      "      - $ref: '#/components/parameters/AccountId'",
      "");

  /** info.version, the only {@code version:} indented by two spaces. */
  private static final Pattern INFO_VERSION =
      Pattern.compile("\n  version: (\\d+)\\.(\\d+)\\.\\d+\n");

  @TempDir Path temp;

  @Test
  void specEditRegeneratesTheClientAndMovesTheVersion() throws Exception {
    assertThrows(NoSuchMethodException.class,
        () -> SessionsService.class.getMethod("listSessions"),
        "the spec has listSessions already: pick another operation for this test");
    String version = BuildProperties.get("publishing.version");
    String released = version.replaceFirst("-SNAPSHOT$", "");
    String[] parts = released.split("\\.");
    String next = parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ".0";
    Path project = copyOfTheProject(temp.resolve("project"), "v" + released);
    Path spec = project.resolve("spec/webrtc-sessions.yaml");
    Path releasedSpec = temp.resolve("released.yaml");
    Files.copy(spec, releasedSpec);

    // 1. Edit the spec: a new operation, and the next minor API version, which has it.
    String text = Files.readString(spec, UTF_8);
    assertTrue(text.contains(SESSIONS_PATH), "spec layout changed: no " + SESSIONS_PATH);
    Matcher info = INFO_VERSION.matcher(text);
    assertTrue(info.find(), "spec layout changed: no info.version X.Y.Z");
    String apiVersion = info.group(1) + "." + (Integer.parseInt(info.group(2)) + 1) + ".0";
    Files.writeString(spec, info.replaceFirst("\n  version: " + apiVersion + "\n")
        .replace(SESSIONS_PATH, SESSIONS_PATH + NEW_OPERATION), UTF_8);

    // 2. The build's lint passes on it.
    Output lint = new Output();
    assertEquals(0, LintCommand.run(new String[] {spec.toString()}, lint.out, lint.err),
        "lint: " + lint);

    // 3. Regenerated, the client has the new method, blocking and async.
    Class<?> sessions = regenerate(spec, temp.resolve("client"))
        .loadClass("io.github.webrtcsdk.sessions.SessionsService");
    Method list = sessions.getMethod("listSessions");
    assertEquals("java.util.List<io.github.webrtcsdk.sessions.model.Session>",
        list.getGenericReturnType().getTypeName());
    Type async = sessions.getMethod("listSessionsAsync").getGenericReturnType();
    assertEquals(CompletableFuture.class, ((ParameterizedType) async).getRawType());

    // 4. The spec diff reports the addition and suggests a minor bump.
    Output diff = new Output();
    int status = DiffCommand.run(
        new String[] {releasedSpec.toString(), spec.toString(), "--format", "json"},
        diff.out, diff.err);
    assertEquals(0, status, "diff: " + diff);
    JsonNode report = new ObjectMapper().readTree(diff.out());
    assertEquals("minor", report.get("bump").asText());
    assertFalse(report.get("breaking").asBoolean());
    assertEquals(apiVersion, report.get("headVersion").asText());
    List<String> changes = new ArrayList<>();
    report.get("changes").forEach(c -> changes.add(c.get("rule").asText() + " "
        + c.get("location").asText()));
    assertEquals(List.of("operation-added GET /accounts/{accountId}/sessions"), changes);

    // 5. The bump moves the version: 0.1.0 + minor = 0.2.0, set in every pom as 0.2.0-SNAPSHOT.
    Map<String, String> before = versions(project);
    assertTrue(before.values().stream().allMatch(version::equals), "poms: " + before);
    Path log = temp.resolve("next-version.log");
    assertEquals(0, run(project, log, "scripts/next-version.sh", "--apply"),
        "next-version.sh --apply: " + MavenRun.tail(log, 40));
    String printed = Files.readString(log, UTF_8);
    assertTrue(printed.contains("Last release:  " + released + " (v" + released + ")\n"), printed);
    assertTrue(printed.contains("Spec change:   minor\n"), printed);
    assertTrue(printed.contains("Next version:  " + next + "\n"), printed);
    Map<String, String> after = versions(project);
    assertEquals(before.keySet(), after.keySet());
    assertTrue(after.values().stream().allMatch((next + "-SNAPSHOT")::equals), "poms: " + after);
  }

  /**
   * The files the loop reads, in a new git repository whose one commit is the release: every
   * pom of the reactor, the Maven wrapper, the spec and the scripts.
   */
  private Path copyOfTheProject(Path copy, String tag) throws IOException {
    Path root = Path.of(BuildProperties.get("publishing.rootDirectory")).toRealPath();
    List<String> files = new ArrayList<>(List.of("pom.xml", "mvnw",
        ".mvn/wrapper/maven-wrapper.properties", "scripts/next-version.sh",
        "spec/webrtc-sessions.yaml", "spec/accepted-breaks.yaml"));
    for (Element module : Xml.elements(Xml.parse(root.resolve("pom.xml")).getDocumentElement(),
        "modules/module")) {
      files.add(module.getTextContent().trim() + "/pom.xml");
    }
    for (String file : files) {
      Path target = copy.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(root.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Path log = temp.resolve("git.log");
    for (String[] git : List.of(
        new String[] {"git", "init", "--quiet"},
        new String[] {"git", "add", "--all"},
        new String[] {"git", "-c", "user.name=Maintainer", "-c", "user.email=m@example.com",
            "commit", "--quiet", "--message", "Release " + tag},
        new String[] {"git", "tag", tag})) {
      assertEquals(0, run(copy, log, git), String.join(" ", git) + ": " + MavenRun.tail(log, 20));
    }
    return copy;
  }

  /** Generates and compiles a client for {@code spec}; returns a loader that prefers it. */
  private static ClassLoader regenerate(Path spec, Path directory) throws IOException {
    Path sources = directory.resolve("generated");
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName(WebRtcJavaCodegen.NAME)
        .setInputSpec(spec.toString())
        .setOutputDir(sources.toString())
        .addGlobalProperty("apiTests", "false")
        .addGlobalProperty("modelTests", "false")
        .addAdditionalProperty("clientVersion", BuildProperties.get("publishing.version"));
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();

    Path classes = Files.createDirectories(directory.resolve("classes"));
    List<File> files;
    try (Stream<Path> paths = Files.walk(sources.resolve("src/main/java"))) {
      files = paths.filter(p -> p.toString().endsWith(".java")).map(Path::toFile)
          .collect(Collectors.toList());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      boolean compiled = javac.getTask(null, fileManager, diagnostics,
          List.of("--release", "8", "-proc:none", "-implicit:none",
              "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()),
          null, fileManager.getJavaFileObjectsFromFiles(files)).call();
      assertTrue(compiled, "regenerated client does not compile: " + diagnostics.getDiagnostics());
    }
    return new RegeneratedClassLoader(classes.toUri().toURL());
  }

  /** Our classes from the regenerated client, everything else (Retrofit...) from the tests'. */
  private static final class RegeneratedClassLoader extends URLClassLoader {
    RegeneratedClassLoader(URL classes) {
      super(new URL[] {classes}, MaintainerLoopIT.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null && name.startsWith("io.github.webrtcsdk.sessions.")) {
          try {
            loaded = findClass(name);
          } catch (ClassNotFoundException notRegenerated) {
            // Not part of the client: the test classpath has it.
          }
        }
        if (loaded == null) {
          return super.loadClass(name, resolve);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }

  /** The version each pom of the copy gives its project: its own, else its parent's. */
  private static Map<String, String> versions(Path project) throws IOException {
    Map<String, String> versions = new TreeMap<>();
    try (Stream<Path> poms = Files.walk(project)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .collect(Collectors.toList())) {
        Element root = Xml.parse(pom).getDocumentElement();
        String own = Xml.text(root, "version");
        versions.put(project.relativize(pom).toString(),
            own.isEmpty() ? Xml.text(root, "parent/version") : own);
      }
    }
    return versions;
  }

  /** Runs a command in {@code directory}, Maven in it quiet and offline when this build is. */
  private static int run(Path directory, Path log, String... command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPEC_TOOLS",
        Path.of(BuildProperties.get("publishing.rootDirectory"), "spec", "target",
            "spec-tools.jar").toString());
    builder.environment().put("MAVEN_ARGS", "--batch-mode --no-transfer-progress"
        + (MavenRun.offline() ? " --offline" : ""));
    try {
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " took more than 5 minutes");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** What a command printed. */
  private static final class Output {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, UTF_8);

    String out() {
      return outBytes.toString(UTF_8);
    }

    @Override
    public String toString() {
      return outBytes.toString(UTF_8) + errBytes.toString(UTF_8);
    }
  }
}
