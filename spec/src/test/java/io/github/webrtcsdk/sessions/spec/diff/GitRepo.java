package io.github.webrtcsdk.sessions.spec.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throwaway git repository in a test's temporary directory. */
final class GitRepo {
  final Path root;

  private GitRepo(Path root) {
    this.root = root;
  }

  static GitRepo init(Path root) throws IOException, InterruptedException {
    GitRepo repo = new GitRepo(root);
    repo.git("init", "-q");
    return repo;
  }

  void write(String path, Path source) throws IOException {
    Path target = root.resolve(path);
    Files.createDirectories(target.getParent());
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }

  void commit(String message) throws IOException, InterruptedException {
    git("add", "-A");
    git("-c", "user.name=Spec Diff Test", "-c", "user.email=spec-diff@example.com",
        "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
  }

  void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(command + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
  }
}
