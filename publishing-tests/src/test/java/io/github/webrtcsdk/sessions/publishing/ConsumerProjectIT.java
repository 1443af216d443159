package io.github.webrtcsdk.sessions.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A project elsewhere builds against the published SDK alone: {@code src/it/consumer} imports
 * the BOM, uses the client in its main code and runs it against the fake server in its tests.
 *
 * <p>Its local repository is its own ({@code target/consumer-m2}), without any of our artifacts
 * when it starts: they can only come from the staging repository, everything else from Central.
 * The third-party artifacts stay there between builds, so only the first build downloads them.
 */
final class ConsumerProjectIT {
  private static final String STAGING_ID = "webrtc-sessions-staging";

  @Test
  void buildsAndPassesItsTestsWithTheStagedArtifactsOnly() throws IOException {
    StagingRepository.ofThisBuild();
    Path project = Path.of(BuildProperties.get("publishing.consumerDirectory"));
    Path repository = Path.of(BuildProperties.get("publishing.consumerRepository"));
    Path ours = repository.resolve(StagingRepository.GROUP_ID.replace('.', '/'));
    deleteRecursively(ours);
    deleteRecursively(project.resolve("target"));
    Path log = project.resolve("build.log");

    int status = MavenRun.run(project, log, "-Dmaven.repo.local=" + repository, "verify");

    assertEquals(0, status, "The consumer build failed; " + log + " ends with:\n"
        + MavenRun.tail(log, 60));
    Element report = Xml.parse(project.resolve(
        "target/surefire-reports/TEST-com.example.rooms.RoomServiceTest.xml")).getDocumentElement();
    assertEquals("3", report.getAttribute("tests"));
    assertEquals("0", report.getAttribute("failures"));
    assertEquals("0", report.getAttribute("errors"));
    assertEquals("0", report.getAttribute("skipped"));
    // Everything of ours that the build needed, and where each came from. No parent pom: the
    // published poms stand alone.
    assertEquals(
        new TreeMap<>(Map.of(
            "webrtc-sessions-bom", Set.of(STAGING_ID),
            "webrtc-sessions-client", Set.of(STAGING_ID),
            "client-runtime", Set.of(STAGING_ID),
            "webrtc-sessions-spec", Set.of(STAGING_ID),
            "webrtc-sessions-testing", Set.of(STAGING_ID))),
        originsOf(ours));
  }

  /** artifactId to the ids of the repositories its files were downloaded from. */
  private static TreeMap<String, Set<String>> originsOf(Path group) throws IOException {
    TreeMap<String, Set<String>> origins = new TreeMap<>();
    if (!Files.isDirectory(group)) {
      return origins;
    }
    try (Stream<Path> files = Files.walk(group)) {
      for (Path marker : files.filter(p -> p.getFileName().toString()
          .equals("_remote.repositories")).collect(Collectors.toList())) {
        String artifactId = group.relativize(marker).getName(0).toString();
        Set<String> ids = origins.computeIfAbsent(artifactId, k -> new TreeSet<>());
        // Lines such as "name.jar>repository-id=", see Maven's enhanced local repository.
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        for (String line : lines) {
          int start = line.indexOf('>');
          if (!line.startsWith("#") && start >= 0 && line.endsWith("=")) {
            ids.add(line.substring(start + 1, line.length() - 1));
          }
        }
      }
    }
    return origins;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
