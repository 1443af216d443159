package io.github.webrtcsdk.sessions.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The file repository that every published module deploys to at {@code verify} (root pom,
 * execution {@code stage-for-publishing-tests}): what {@code ./mvnw deploy} would upload.
 */
final class StagingRepository {
  static final String GROUP_ID = "io.github.webrtcsdk";

  private final Path root;
  private final String version;

  private StagingRepository(Path root, String version) {
    this.root = root;
    this.version = version;
  }

  /**
   * The repository this build staged into, for the project's version. Aborts the test when the
   * build is offline: Maven deploys nothing offline, and the consumer build needs Central.
   */
  static StagingRepository ofThisBuild() {
    Assumptions.assumeFalse(MavenRun.offline(),
        "Offline build: nothing can be staged (-Dpublish.stage.skip=true) or downloaded");
    Path root = Path.of(BuildProperties.get("publishing.stagingRepository"));
    if (!Files.isDirectory(root.resolve(GROUP_ID.replace('.', '/')))) {
      throw new AssertionError("Nothing staged in " + root + ": run the published modules' verify"
          + " phase first (./mvnw verify -pl publishing-tests -am), without"
          + " -Dpublish.stage.skip=true");
    }
    return new StagingRepository(root, BuildProperties.get("publishing.version"));
  }

  Path root() {
    return root;
  }

  String version() {
    return version;
  }

  /** The artifactIds staged under our groupId. */
  Set<String> artifactIds() {
    try (Stream<Path> children = Files.list(groupDirectory())) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The staged file of {@code artifactId} with {@code classifier} (null for none) and
   * {@code extension}, for this build's version: the newest snapshot if the version is one.
   */
  Path file(String artifactId, String classifier, String extension) {
    Objects.requireNonNull(artifactId, "artifactId == null");
    Objects.requireNonNull(extension, "extension == null");
    Path directory = groupDirectory().resolve(artifactId).resolve(version);
    String fileVersion = version;
    if (version.endsWith("-SNAPSHOT")) {
      fileVersion = snapshotVersion(directory, classifier, extension);
    }
    String name = artifactId + "-" + fileVersion + (classifier == null ? "" : "-" + classifier)
        + "." + extension;
    Path file = directory.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("Not staged: " + root.relativize(file));
    }
    return file;
  }

  /** The staged pom of {@code artifactId}, parsed. */
  Document pom(String artifactId) {
    return Xml.parse(file(artifactId, null, "pom"));
  }

  private Path groupDirectory() {
    return root.resolve(GROUP_ID.replace('.', '/'));
  }

  /** The timestamped version that maven-metadata.xml gives the file, as deploy wrote it. */
  private String snapshotVersion(Path directory, String classifier, String extension) {
    Path metadata = directory.resolve("maven-metadata.xml");
    if (!Files.isRegularFile(metadata)) {
      throw new AssertionError("Not staged: " + root.relativize(metadata));
    }
    for (Element entry : Xml.elements(Xml.parse(metadata).getDocumentElement(),
        "versioning/snapshotVersions/snapshotVersion")) {
      String entryClassifier = Xml.text(entry, "classifier");
      if (Objects.equals(entryClassifier.isEmpty() ? null : entryClassifier, classifier)
          && Xml.text(entry, "extension").equals(extension)) {
        return Xml.text(entry, "value");
      }
    }
    throw new AssertionError("Not staged: " + directory.getFileName() + " has no "
        + (classifier == null ? "" : classifier + " ") + extension + " in "
        + root.relativize(metadata));
  }
}
