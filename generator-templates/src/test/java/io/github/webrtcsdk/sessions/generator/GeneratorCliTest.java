package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GeneratorCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GeneratorCli.run(args, new PrintStream(out, true), new PrintStream(err, true));
  }

  private String err() {
    return new String(err.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void writesAStandaloneMavenProjectThatCompiles(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("project");

    int status =
        run(
            "generate",
            "-i",
            Generation.spec("bodies").toString(),
            "-o",
            project.toString(),
            "--base-package",
            "com.example.bodies");

    assertEquals(0, status, err());
    String pom = new String(Files.readAllBytes(project.resolve("pom.xml")), StandardCharsets.UTF_8);
    Properties versions = GeneratorCli.versions();
    assertTrue(pom.contains("<groupId>com.example.bodies</groupId>"), pom);
    assertTrue(pom.contains("<artifactId>bodies-test-api-client</artifactId>"), pom);
    assertTrue(pom.contains("<version>1.0.0-SNAPSHOT</version>"), pom);
    assertTrue(
        pom.contains(
            "<retrofit.version>" + versions.getProperty("retrofit") + "</retrofit.version>"),
        pom);
    assertTrue(
        pom.contains("<okhttp.version>" + versions.getProperty("okhttp") + "</okhttp.version>"),
        pom);
    assertTrue(
        pom.contains("<moshi.version>" + versions.getProperty("moshi") + "</moshi.version>"), pom);
    assertTrue(
        Files.isRegularFile(
            project.resolve("src/main/java/com/example/bodies/BodiesTestApiClient.java")));
    assertTrue(
        Files.isRegularFile(project.resolve("src/main/java/com/example/bodies/api/MediaApi.java")));
    assertTrue(
        Files.isRegularFile(project.resolve("src/main/java/com/example/bodies/model/Thing.java")));
    JavaCompilation.compile(project.resolve("src/main/java"), dir.resolve("classes"));
  }

  @Test
  void optionsNameTheClientAndTheProject(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("project");

    int status =
        run(
            "generate",
            "-i",
            Generation.spec("operations").toString(),
            "-o",
            project.toString(),
            "--base-package",
            "org.acme",
            "--client-name",
            "AcmeClient",
            "--bound-parameters",
            "accountId",
            "--group-id",
            "org.acme.sdk",
            "--artifact-id",
            "acme-java",
            "--version",
            "2.1.0");

    assertEquals(0, status, err());
    String pom = new String(Files.readAllBytes(project.resolve("pom.xml")), StandardCharsets.UTF_8);
    assertTrue(pom.contains("<groupId>org.acme.sdk</groupId>"), pom);
    assertTrue(pom.contains("<artifactId>acme-java</artifactId>"), pom);
    assertTrue(pom.contains("<version>2.1.0</version>"), pom);
    String client =
        new String(
            Files.readAllBytes(project.resolve("src/main/java/org/acme/AcmeClient.java")),
            StandardCharsets.UTF_8);
    assertTrue(client.contains("public Builder accountId(String accountId)"), client);
  }

  @Test
  void unsupportedConstructStopsWithItsNameAndStatus1(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.write(
        spec,
        ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    get:\n"
                + "      operationId: listThings\n      parameters:\n"
                + "        - {name: session, in: cookie, schema: {type: string}}\n"
                + "      responses:\n        '204': {description: None.}\n")
            .getBytes(StandardCharsets.UTF_8));

    int status =
        run(
            "generate",
            "-i",
            spec.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--base-package",
            "p");

    assertEquals(1, status);
    assertEquals("error: webrtc-java: listThings: cookie parameter session\n", err());
  }

  @Test
  void missingOptionsGiveTheUsageAndStatus2() {
    int status = run("generate", "-i", "spec.yaml");

    assertEquals(2, status);
    assertEquals("error: missing -o, --base-package\n" + GeneratorCli.USAGE, err());
  }

  @Test
  void invalidPackageIsRejected() {
    int status = run("generate", "-i", "s", "-o", "o", "--base-package", "Com.Example");

    assertEquals(2, status);
    assertTrue(err().startsWith("error: --base-package is not a Java package: Com.Example\n"));
  }

  @Test
  void helpPrintsTheUsage() {
    assertEquals(0, run("--help"));
    assertEquals(GeneratorCli.USAGE, new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void clientAndArtifactNamesComeFromTheTitle() {
    assertEquals("BandwidthClient", GeneratorCli.clientName("Bandwidth"));
    assertEquals("PetStoreApiClient", GeneratorCli.clientName("Pet store API"));
    assertEquals("ApiClient", GeneratorCli.clientName(null));
    assertEquals("Api3dClient", GeneratorCli.clientName("3d"));
    assertEquals("pet-store-api-client", GeneratorCli.kebabCase("PetStoreApiClient"));
    assertEquals("web-rtc-sessions-client", GeneratorCli.kebabCase("WebRTCSessionsClient"));
  }
}
