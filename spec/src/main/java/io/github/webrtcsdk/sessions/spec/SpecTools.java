package io.github.webrtcsdk.sessions.spec;

import io.github.webrtcsdk.sessions.spec.diff.DiffCommand;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Command-line entry point of the spec tools: {@code SpecTools COMMAND ARGS...}.
 *
 * <p>Exit codes: 0 success, 1 findings, 2 bad input (usage, unreadable file). Each command is a
 * class with {@code static int run(String[] args, PrintStream out, PrintStream err)}; adding one
 * is a line in {@link #run}.
 */
public final class SpecTools {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: SpecTools COMMAND ARGS...",
      "commands:",
      "  lint FILE...   check OpenAPI 3.0 specs; prints FILE:LINE:COLUMN: [rule-id] message",
      "  diff BASE HEAD compare two spec versions (files or REV:PATH); see diff --help");

  private SpecTools() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.err.flush();
    if (code != 0) System.exit(code);
  }

  /** Runs the command {@code args[0]} with the remaining arguments and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "lint":
        return LintCommand.run(rest, out, err);
      case "diff":
        return DiffCommand.run(rest, out, err);
      default:
        err.println("unknown command: " + args[0]);
        err.println(USAGE);
        return 2;
    }
  }
}
