package io.github.webrtcsdk.sessions.benchmarks.footprint;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One client's runtime closure as a user's build resolves it: the client jar and every jar it
 * brings, read from the classpath file the module's nested consumer build writes to
 * {@code target/footprint/<name>.classpath}.
 */
public final class ClientClosure {
  /** Ours: {@code io.github.webrtcsdk:webrtc-sessions-client}. */
  public static final String OURS = "ours";
  /** OpenAPI Generator's stock java/retrofit2 client, built from its own generated pom. */
  public static final String STOCK = "stock";

  private final String name;
  private final Path clientJar;
  private final List<Path> jars;

  private ClientClosure(String name, Path clientJar, List<Path> jars) {
    this.name = name;
    this.clientJar = clientJar;
    this.jars = jars;
  }

  /**
   * Returns the module's target directory: the system property {@code benchmarks.target} if set,
   * else {@code benchmarks/target} from the repository root, else {@code target}.
   */
  public static Path targetDirectory() {
    String property = System.getProperty("benchmarks.target");
    if (property != null) {
      return Paths.get(property);
    }
    Path fromRoot = Paths.get("benchmarks", "target");
    return Files.isDirectory(fromRoot) ? fromRoot : Paths.get("target");
  }

  /** Reads the closure {@code name} ({@link #OURS} or {@link #STOCK}) under {@code target}. */
  public static ClientClosure load(Path target, String name) throws IOException {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(name, "name == null");
    Path file = target.resolve("footprint").resolve(name + ".classpath");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: build the module first with"
          + " ./mvnw -pl benchmarks -am package -DskipTests");
    }
    String classpath = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
    List<Path> jars = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        jars.add(Paths.get(entry));
      }
    }
    String clientArtifact = name.equals(OURS) ? "webrtc-sessions-client-" : "stock-webrtc-client-";
    Path clientJar = null;
    for (Path jar : jars) {
      if (jar.getFileName().toString().startsWith(clientArtifact)) {
        clientJar = jar;
      }
    }
    if (clientJar == null) {
      throw new IllegalStateException(file + " has no " + clientArtifact + "*.jar");
    }
    return new ClientClosure(name, clientJar, Collections.unmodifiableList(jars));
  }

  public String name() {
    return name;
  }

  /** Returns the client's own jar. */
  public Path clientJar() {
    return clientJar;
  }

  /** Returns every jar of the runtime closure, the client's own included. */
  public List<Path> jars() {
    return jars;
  }

  /** Returns the closure as a class path, in resolution order. */
  public String classpath() {
    return join(jars);
  }

  /** Returns the class path of the closure without the client's own jar. */
  public String withoutClient() {
    List<Path> others = new ArrayList<>(jars);
    others.remove(clientJar);
    return join(others);
  }

  private static String join(List<Path> jars) {
    StringBuilder result = new StringBuilder();
    for (Path jar : jars) {
      if (result.length() > 0) {
        result.append(File.pathSeparatorChar);
      }
      result.append(jar);
    }
    return result.toString();
  }
}
