package io.github.webrtcsdk.sessions.publishing;

import static io.github.webrtcsdk.sessions.publishing.StagingRepository.GROUP_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** What {@code ./mvnw deploy} would upload, held to what Maven Central accepts and users need. */
final class PublishedArtifactsIT {
  private static final String BOM = "webrtc-sessions-bom";
  private static final String CLIENT = "webrtc-sessions-client";
  private static final String RUNTIME = "client-runtime";
  private static final String SPEC = "webrtc-sessions-spec";
  private static final String TESTING = "webrtc-sessions-testing";
  private static final String REPOSITORY_URL = "https://github.com/webrtcsdk/webrtc-sessions-java";

  private static StagingRepository staging;

  @BeforeAll
  static void readStagingRepository() {
    staging = StagingRepository.ofThisBuild();
  }

  @Test
  void exactlyTheSdkIsPublished() {
    // The generator, the tests, the examples and the benchmarks stay home.
    assertEquals(new TreeSet<>(Set.of(BOM, CLIENT, RUNTIME, SPEC, TESTING)), staging.artifactIds());
  }

  @ParameterizedTest
  @ValueSource(strings = {CLIENT, RUNTIME, SPEC, TESTING})
  void jarComesWithSourcesAndJavadoc(String artifactId) throws IOException {
    Set<String> classes = entries(staging.file(artifactId, null, "jar"));
    Set<String> sources = entries(staging.file(artifactId, "sources", "jar"));
    Set<String> javadoc = entries(staging.file(artifactId, "javadoc", "jar"));

    List<String> missingSources = new ArrayList<>();
    for (String entry : classes) {
      if (entry.endsWith(".class") && !entry.contains("$") && !entry.endsWith("-info.class")) {
        String source = entry.substring(0, entry.length() - ".class".length()) + ".java";
        if (!sources.contains(source)) {
          missingSources.add(source);
        }
      }
    }
    assertTrue(classes.stream().anyMatch(e -> e.startsWith("io/github/webrtcsdk/")),
        artifactId + " jar has no classes: " + classes);
    assertEquals(List.of(), missingSources, artifactId + " sources jar lacks");
    assertTrue(javadoc.contains("index.html"), artifactId + " javadoc jar has no index.html");
  }

  /**
   * Users on the module path get a stable module name rather than one derived from the file name
   * (which the hyphens in ours would make invalid). Each jar's packages are its own: no package
   * is split between two of them.
   */
  @ParameterizedTest
  @CsvSource({
    CLIENT + ", io.github.webrtcsdk.sessions",
    RUNTIME + ", io.github.webrtcsdk.runtime",
    SPEC + ", io.github.webrtcsdk.sessions.spec",
    TESTING + ", io.github.webrtcsdk.sessions.testing"
  })
  void jarNamesItsAutomaticModule(String artifactId, String moduleName) throws IOException {
    try (JarFile jar = new JarFile(staging.file(artifactId, null, "jar").toFile())) {
      assertEquals(moduleName,
          jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
          artifactId + " manifest");
    }
  }

  @Test
  void noPackageIsSplitBetweenPublishedJars() throws IOException {
    Map<String, String> owners = new TreeMap<>();
    List<String> split = new ArrayList<>();
    for (String artifactId : List.of(CLIENT, RUNTIME, SPEC, TESTING)) {
      for (String entry : entries(staging.file(artifactId, null, "jar"))) {
        if (entry.endsWith(".class") && entry.contains("/")) {
          String pkg = entry.substring(0, entry.lastIndexOf('/')).replace('/', '.');
          String owner = owners.putIfAbsent(pkg, artifactId);
          if (owner != null && !owner.equals(artifactId)) {
            split.add(pkg + " in " + owner + " and " + artifactId);
          }
        }
      }
    }
    assertEquals(List.of(), split);
  }

  @ParameterizedTest
  @ValueSource(strings = {BOM, CLIENT, RUNTIME, SPEC, TESTING})
  void pomStandsAloneWithWhatCentralRequires(String artifactId) throws IOException {
    Element pom = staging.pom(artifactId).getDocumentElement();

    assertFalse(Xml.has(pom, "parent"),
        artifactId + " pom names a parent: users would need webrtc-sessions-parent too");
    assertEquals(GROUP_ID, Xml.text(pom, "groupId"));
    assertEquals(artifactId, Xml.text(pom, "artifactId"));
    assertEquals(staging.version(), Xml.text(pom, "version"));
    for (String required : List.of("name", "description", "licenses/license/name",
        "licenses/license/url", "developers/developer/name", "scm/connection",
        "scm/developerConnection")) {
      assertFalse(Xml.text(pom, required).isEmpty(), artifactId + " pom has no " + required);
    }
    // Inherited as is, not suffixed with the module's folder.
    assertEquals(REPOSITORY_URL, Xml.text(pom, "url"));
    assertEquals(REPOSITORY_URL, Xml.text(pom, "scm/url"));
    for (String buildOnly : List.of("build", "modules", "profiles", "repositories",
        "pluginRepositories", "distributionManagement", "properties")) {
      assertFalse(Xml.has(pom, buildOnly), artifactId + " pom has <" + buildOnly + ">");
    }
    String text = Files.readString(staging.file(artifactId, null, "pom"), StandardCharsets.UTF_8);
    assertFalse(text.contains("${"), artifactId + " pom has an unresolved expression");
  }

  @Test
  void clientDeclaresItsRuntimeOnly() {
    Map<String, String> dependencies = dependencies(staging.pom(CLIENT).getDocumentElement());

    assertTrue(dependencies.keySet().containsAll(Set.of(GROUP_ID + ":" + RUNTIME,
        "com.squareup.retrofit2:retrofit", "com.squareup.okhttp3:okhttp-jvm",
        "com.squareup.moshi:moshi")), "client dependencies: " + dependencies);
    // OkHttp 5's okhttp artifact is an empty multiplatform stub: okhttp-jvm has the classes.
    assertFalse(dependencies.containsKey("com.squareup.okhttp3:okhttp"), "client needs no okhttp");
    for (String name : dependencies.keySet()) {
      // Nothing of the build's world (generator, parser, Jackson) reaches users of the client;
      // of ours, only the runtime does.
      assertFalse(name.startsWith("org.openapitools:") || name.startsWith("io.swagger")
          || name.startsWith("com.fasterxml.jackson")
          || name.startsWith(GROUP_ID + ":") && !name.equals(GROUP_ID + ":" + RUNTIME),
          "client pom names " + name);
    }
  }

  /** Kotlin and nullness checkers read the JSpecify annotations only if they are on the path. */
  @ParameterizedTest
  @ValueSource(strings = {CLIENT, RUNTIME, TESTING})
  void pomBringsJSpecify(String artifactId) {
    assertTrue(dependencies(staging.pom(artifactId).getDocumentElement())
        .containsKey("org.jspecify:jspecify"), artifactId + " pom lacks org.jspecify:jspecify");
  }

  @Test
  void testingDeclaresItsRuntimeOnly() {
    Map<String, String> dependencies = dependencies(staging.pom(TESTING).getDocumentElement());

    assertTrue(dependencies.keySet().containsAll(Set.of(GROUP_ID + ":" + SPEC,
        "com.atlassian.oai:swagger-request-validator-core", "com.squareup.moshi:moshi",
        "org.junit.jupiter:junit-jupiter-api")), "testing dependencies: " + dependencies);
    // The spec module's lint tooling is not the fake's business: only its YAML is.
    assertFalse(dependencies.containsKey("com.networknt:json-schema-validator"),
        "testing pom names the spec's lint dependencies");
  }

  /**
   * Users' Maven resolves the published poms without our dependencyManagement: one Jackson, as
   * tested, rather than the mix of versions that Swagger's poms ask for (NoClassDefFoundError).
   */
  @ParameterizedTest
  @ValueSource(strings = {CLIENT, RUNTIME, SPEC, TESTING})
  void jacksonArtifactsShareOneVersion(String artifactId) {
    Set<String> versions = new TreeSet<>();
    dependencies(staging.pom(artifactId).getDocumentElement()).forEach((name, version) -> {
      if (name.startsWith("com.fasterxml.jackson.")) {
        // jackson-annotations 2.20 and later drop the patch number: 2.22 beside 2.22.1.
        versions.add(version.replaceFirst("^(\\d+\\.\\d+).*", "$1"));
      }
    });

    assertTrue(versions.size() <= 1, artifactId + " pom mixes Jackson " + versions);
  }

  /** A library must not choose its users' SLF4J binding. */
  @ParameterizedTest
  @ValueSource(strings = {CLIENT, RUNTIME, SPEC, TESTING})
  void pomBringsNoLoggingBinding(String artifactId) {
    for (Element dependency : Xml.elements(staging.pom(artifactId).getDocumentElement(),
        "dependencies/dependency")) {
      String name = Xml.text(dependency, "groupId") + ":" + Xml.text(dependency, "artifactId");
      boolean binding = name.startsWith("org.slf4j:slf4j-") && !name.equals("org.slf4j:slf4j-api")
          || name.startsWith("ch.qos.logback:") || name.startsWith("org.apache.logging.log4j:");
      assertFalse(binding && !Xml.text(dependency, "optional").equals("true"),
          artifactId + " pom brings the logging binding " + name);
    }
  }

  @Test
  void bomManagesThePublishedArtifactsAndNothingElse() {
    Element pom = staging.pom(BOM).getDocumentElement();

    assertEquals("pom", Xml.text(pom, "packaging"));
    assertFalse(Xml.has(pom, "dependencies"), "the BOM must not add dependencies");
    List<String> managed = new ArrayList<>();
    for (Element dependency : Xml.elements(pom, "dependencyManagement/dependencies/dependency")) {
      managed.add(Xml.text(dependency, "groupId") + ":" + Xml.text(dependency, "artifactId") + ":"
          + Xml.text(dependency, "version"));
    }
    String version = staging.version();
    assertEquals(
        List.of(
            GROUP_ID + ":" + CLIENT + ":" + version,
            GROUP_ID + ":" + RUNTIME + ":" + version,
            GROUP_ID + ":" + TESTING + ":" + version,
            GROUP_ID + ":" + SPEC + ":" + version),
        managed);
  }

  @Test
  void specIsPublishedAsYamlAndInsideItsJar() throws IOException {
    byte[] spec = Files.readAllBytes(
        Path.of(BuildProperties.get("publishing.rootDirectory"), "spec", "webrtc-sessions.yaml"));

    assertArrayEquals(spec, Files.readAllBytes(staging.file(SPEC, null, "yaml")));
    try (ZipFile jar = new ZipFile(staging.file(SPEC, null, "jar").toFile())) {
      ZipEntry entry = jar.getEntry("webrtc-sessions.yaml");
      assertTrue(entry != null, "webrtc-sessions.yaml is not at the root of the spec jar");
      try (InputStream in = jar.getInputStream(entry)) {
        assertArrayEquals(spec, in.readAllBytes());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {BOM, CLIENT, RUNTIME, SPEC, TESTING})
  void pomNamesNoUnpublishedArtifactOfOurs(String artifactId) {
    Element pom = staging.pom(artifactId).getDocumentElement();
    List<Element> named = new ArrayList<>(Xml.elements(pom, "dependencies/dependency"));
    named.addAll(Xml.elements(pom, "dependencyManagement/dependencies/dependency"));

    Set<String> published = staging.artifactIds();
    for (Element dependency : named) {
      if (Xml.text(dependency, "groupId").equals(GROUP_ID)) {
        String name = Xml.text(dependency, "artifactId");
        assertTrue(published.contains(name),
            artifactId + " pom names " + name + ", which is not published");
      }
    }
  }

  /**
   * groupId:artifactId to version of the dependencies a user gets: compile and runtime scope,
   * not optional. Fails on any other scope, or a version that is not a plain value.
   */
  private static Map<String, String> dependencies(Element pom) {
    Map<String, String> found = new TreeMap<>();
    for (Element dependency : Xml.elements(pom, "dependencies/dependency")) {
      String name = Xml.text(dependency, "groupId") + ":" + Xml.text(dependency, "artifactId");
      String scope = Xml.text(dependency, "scope");
      String version = Xml.text(dependency, "version");
      assertTrue(List.of("", "compile", "runtime").contains(scope),
          "published pom names " + name + " in scope " + scope);
      assertTrue(version.matches("[0-9A-Za-z.+_-]+"),
          "published pom names " + name + " at version '" + version + "'");
      if (!Xml.text(dependency, "optional").equals("true")) {
        found.put(name, version);
      }
    }
    return found;
  }

  private static Set<String> entries(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
