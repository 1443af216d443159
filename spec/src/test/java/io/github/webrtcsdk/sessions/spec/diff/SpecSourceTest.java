package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SpecSourceTest {
  private static final Path SPEC = Corpus.root().resolve("base.yaml");

  private static String failure(String argument, Path dir) {
    return assertThrows(DiffInputException.class, () -> SpecSource.load(argument, dir))
        .getMessage();
  }

  @Test
  void fileIsResolvedAgainstTheDirectory() throws DiffInputException {
    OpenAPI api = SpecSource.load("base.yaml", Corpus.root());
    assertEquals("Diff corpus", api.getInfo().getTitle());
  }

  @Test
  void referencesAreKeptSoComponentNamesSurvive() throws DiffInputException {
    OpenAPI api = SpecSource.load(SPEC.toString(), Path.of("/"));
    assertEquals("#/components/schemas/Session", api.getPaths()
        .get("/accounts/{accountId}/sessions").getPost().getRequestBody().getContent()
        .get("application/json").getSchema().get$ref());
  }

  @Test
  void revisionAndPathAreReadFromGit(@TempDir Path dir) throws Exception {
    GitRepo repo = GitRepo.init(dir);
    repo.write("spec/api.yaml", SPEC);
    repo.commit("first");
    Files.writeString(dir.resolve("spec/api.yaml"), "changed in the work tree\n");
    repo.git("branch", "release/1.0");
    OpenAPI api = SpecSource.load("release/1.0:spec/api.yaml", dir);
    assertEquals("1.0.0", api.getInfo().getVersion());
  }

  @Test
  void unknownRevisionNamesGitsComplaint(@TempDir Path dir) throws Exception {
    GitRepo repo = GitRepo.init(dir);
    repo.write("spec/api.yaml", SPEC);
    repo.commit("first");
    assertEquals("cannot read origin/main:spec/api.yaml from git: "
        + "fatal: invalid object name 'origin/main'.", failure("origin/main:spec/api.yaml", dir));
  }

  @Test
  void pathMissingAtRevisionNamesGitsComplaint(@TempDir Path dir) throws Exception {
    GitRepo repo = GitRepo.init(dir);
    repo.write("spec/api.yaml", SPEC);
    repo.commit("first");
    String message = failure("HEAD:spec/other.yaml", dir);
    assertTrue(message.startsWith("cannot read HEAD:spec/other.yaml from git: fatal: path "
        + "'spec/other.yaml' does not exist in 'HEAD'"), message);
  }

  @Test
  void outsideARepositoryGitSaysSo(@TempDir Path dir) {
    String message = failure("HEAD:spec/api.yaml", dir);
    assertTrue(message.startsWith("cannot read HEAD:spec/api.yaml from git: fatal: "), message);
  }

  @Test
  void missingFileWithoutColonIsNoSuchFile(@TempDir Path dir) {
    assertEquals("cannot read spec.yaml: no such file", failure("spec.yaml", dir));
  }

  @Test
  void emptyRevisionOrPathIsRejected(@TempDir Path dir) {
    assertEquals("cannot read :spec.yaml: expected a file or REVISION:PATH",
        failure(":spec.yaml", dir));
    assertEquals("cannot read HEAD:: expected a file or REVISION:PATH", failure("HEAD:", dir));
  }

  @Test
  void invalidYamlIsAnInvalidSpec(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: {title: t\n");
    String message = failure("broken.yaml", dir);
    assertTrue(message.startsWith("invalid spec broken.yaml: while parsing a flow mapping"),
        message);
  }

  @Test
  void parserMessagesMakeAnInvalidSpec(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("dangling.yaml"), String.join("\n",
        "openapi: 3.0.3",
        "info: {title: t, version: 1.0.0}",
        "paths:",
        "  /a:",
        "    get:",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/Missing'}",
        ""));
    assertEquals("invalid spec dangling.yaml: attribute paths.'/a'(get).responses.200.content."
        + "'application/json'.schema.#/components/schemas/Missing is missing",
        failure("dangling.yaml", dir));
  }

  @Test
  void emptyFileIsAnInvalidSpec(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.yaml"), "");
    assertEquals("invalid spec empty.yaml: Null or empty definition", failure("empty.yaml", dir));
  }
}
