package io.github.webrtcsdk.sessions.spec;

import io.github.webrtcsdk.sessions.spec.lint.Finding;
import io.github.webrtcsdk.sessions.spec.lint.SpecLinter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lint FILE...}: prints every finding as {@code FILE:LINE:COLUMN: [rule-id] message} on
 * {@code out} and returns 0 when all files are clean, 1 when any has findings, and 2 when the
 * arguments are wrong or a file cannot be read (nothing is linted then).
 */
public final class LintCommand {
  private LintCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("lint: no file given");
      err.println("usage: SpecTools lint FILE...");
      return 2;
    }
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path file;
      try {
        file = Path.of(arg);
      } catch (InvalidPathException e) {
        err.println("lint: not a file name: " + arg);
        return 2;
      }
      if (!Files.isRegularFile(file)) {
        err.println("lint: no such file: " + arg);
        return 2;
      }
      if (!Files.isReadable(file)) {
        err.println("lint: cannot read file: " + arg);
        return 2;
      }
      files.add(file);
    }
    SpecLinter linter = SpecLinter.create();
    int findings = 0;
    for (Path file : files) {
      List<Finding> found;
      try {
        found = linter.lint(file);
      } catch (IOException e) {
        err.println("lint: cannot read " + file + ": " + e);
        return 2;
      }
      found.forEach(out::println);
      findings += found.size();
    }
    if (findings > 0) {
      err.println("lint: " + findings + (findings == 1 ? " finding" : " findings"));
      return 1;
    }
    return 0;
  }
}
