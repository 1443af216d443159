package io.github.webrtcsdk.sessions.spec.diff;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Reads one side of a diff: a spec file, or {@code REVISION:PATH} read with {@code git show}.
 *
 * <p>An argument naming an existing file is a file; otherwise one with a colon is a git revision
 * and a path from the repository root ({@code origin/main:spec/webrtc-sessions.yaml}). Specs are
 * parsed with Swagger Parser, {@code resolve} on, and must parse without a single message: the diff
 * of a spec the parser only half understood would be wrong in ways no one would notice.
 */
final class SpecSource {
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
  private static final long GIT_TIMEOUT_SECONDS = 60;

  private SpecSource() {}

  /** Loads the spec {@code argument} names; files and git resolve against {@code directory}. */
  static OpenAPI load(String argument, Path directory) throws DiffInputException {
    Objects.requireNonNull(argument, "argument == null");
    Objects.requireNonNull(directory, "directory == null");
    Path file = file(directory, argument);
    if (file != null) {
      String content;
      try {
        content = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        throw new DiffInputException("cannot read " + argument + ": " + e.getMessage());
      }
      return parse(argument, content, file.toAbsolutePath().toUri().toString());
    }
    int colon = argument.indexOf(':');
    if (colon < 0 || WINDOWS_DRIVE.matcher(argument).matches()) {
      throw new DiffInputException("cannot read " + argument + ": no such file");
    }
    String revision = argument.substring(0, colon);
    String path = argument.substring(colon + 1);
    if (revision.isEmpty() || path.isEmpty()) {
      throw new DiffInputException(
          "cannot read " + argument + ": expected a file or REVISION:PATH");
    }
    return parse(argument, gitShow(revision, path, directory), null);
  }

  /** The file an argument names, or null when it names none (it may be a git object). */
  private static Path file(Path directory, String argument) {
    try {
      Path file = directory.resolve(argument);
      return Files.isRegularFile(file) ? file : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String gitShow(String revision, String path, Path directory)
      throws DiffInputException {
    String object = revision + ":" + path;
    Process process;
    try {
      process = new ProcessBuilder("git", "show", object)
          .directory(directory.toFile())
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
    } catch (IOException e) {
      throw new DiffInputException("cannot read " + object + ": cannot run git: " + e.getMessage());
    }
    try {
      process.getOutputStream().close();
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(
          () -> readAll(process.getErrorStream()));
      byte[] output = readAll(process.getInputStream());
      if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new DiffInputException("cannot read " + object + ": git show timed out");
      }
      String error = new String(errors.get(), StandardCharsets.UTF_8).strip();
      if (process.exitValue() != 0) {
        throw new DiffInputException("cannot read " + object + " from git: "
            + (error.isEmpty() ? "git show exited with " + process.exitValue() : oneLine(error)));
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException | ExecutionException e) {
      process.destroyForcibly();
      throw new DiffInputException("cannot read " + object + " from git: " + e.getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DiffInputException("cannot read " + object + ": interrupted");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (InputStream stream = in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      stream.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OpenAPI parse(String name, String content, String location)
      throws DiffInputException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result;
    try {
      result = location == null
          ? new OpenAPIV3Parser().readContents(content, null, options)
          : new OpenAPIV3Parser().readContents(content, null, options, location);
    } catch (RuntimeException e) {
      throw new DiffInputException("invalid spec " + name + ": " + e);
    }
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      String why = messages.isEmpty() ? "not an OpenAPI 3 document" : oneLine(
          String.join("; ", messages));
      throw new DiffInputException("invalid spec " + name + ": " + why);
    }
    return result.getOpenAPI();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
