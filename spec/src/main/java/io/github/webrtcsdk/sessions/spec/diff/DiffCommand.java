package io.github.webrtcsdk.sessions.spec.diff;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code diff} command: compares two versions of the spec, prints what changed and fails when
 * a breaking change has not been accepted.
 *
 * <pre>{@code
 * java -jar spec/target/spec-tools.jar diff origin/main:spec/webrtc-sessions.yaml \
 *     spec/webrtc-sessions.yaml --format markdown --accepted spec/accepted-breaks.yaml
 * }</pre>
 *
 * <p>Exit status: 0 when no unaccepted change breaks, 1 when one does, 2 on bad input (usage, an
 * unreadable file, an invalid spec, an unknown git revision), with a message naming the problem.
 */
public final class DiffCommand {
  /** No unaccepted breaking change. */
  public static final int OK = 0;
  /** An unaccepted breaking change. */
  public static final int BREAKING = 1;
  /** Bad input: the message on the error stream says what. */
  public static final int BAD_INPUT = 2;

  static final String USAGE = String.join("\n",
      "usage: spec-tools diff BASE HEAD [--format text|markdown|json] [--accepted FILE]",
      "       spec-tools diff --rules",
      "  BASE, HEAD    a spec file, or REVISION:PATH read with git show",
      "                (origin/main:spec/webrtc-sessions.yaml)",
      "  --format      text (default), markdown for a pull request comment, or json",
      "  --accepted    YAML or JSON list of {rule, location, reason}: breaks accepted knowingly",
      "  --rules       list every rule with its severity and version bump",
      "exit status: 0 no unaccepted breaking change, 1 an unaccepted breaking change, 2 bad input",
      "");

  private DiffCommand() {}

  /**
   * Runs the command with {@code args} (the words after {@code diff}), relative to the current
   * directory.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Path.of("").toAbsolutePath());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Path directory) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(directory, "directory == null");
    List<String> specs = new ArrayList<>();
    ReportFormat format = ReportFormat.TEXT;
    String acceptedFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        value = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "-h", "--help" -> {
          out.print(USAGE);
          return OK;
        }
        case "--rules" -> {
          out.print(rules());
          return OK;
        }
        case "--format", "--accepted" -> {
          if (value == null) {
            if (i + 1 == args.length) {
              return usageError(err, arg + " needs a value");
            }
            value = args[++i];
          }
          if (arg.equals("--accepted")) {
            acceptedFile = value;
          } else {
            String name = value;
            ReportFormat chosen = ReportFormat.byName(name).orElse(null);
            if (chosen == null) {
              return usageError(err, "unknown format " + name + " (text, markdown, json)");
            }
            format = chosen;
          }
        }
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            return usageError(err, "unknown option " + arg);
          }
          specs.add(arg);
        }
      }
    }
    if (specs.size() != 2) {
      return usageError(err, "expected BASE and HEAD, got " + specs.size() + " spec argument"
          + (specs.size() == 1 ? "" : "s"));
    }
    try {
      AcceptedBreaks accepted = acceptedFile == null ? AcceptedBreaks.none()
          : AcceptedBreaks.load(directory.resolve(acceptedFile), acceptedFile);
      OpenAPI base = SpecSource.load(specs.get(0), directory);
      OpenAPI head = SpecSource.load(specs.get(1), directory);
      DiffReport report = DiffReport.create(base, head, accepted);
      out.print(format.render(report));
      out.flush();
      return report.breaking() ? BREAKING : OK;
    } catch (DiffInputException e) {
      err.println("spec-tools diff: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private static int usageError(PrintStream err, String message) {
    err.println("spec-tools diff: " + message);
    err.print(USAGE);
    return BAD_INPUT;
  }

  /** One line per rule: id, severity, bump and what it reports. */
  static String rules() {
    StringBuilder out = new StringBuilder();
    for (Rule rule : Rule.values()) {
      out.append(String.format("%-33s %-8s %-5s %s%n", rule.id(), rule.severity().id(),
          rule.bump().id(), rule.description()));
    }
    return out.toString();
  }
}
