package io.github.webrtcsdk.sessions.spec;

import java.io.PrintStream;

/**
 * The build's spec check: lints the files given as arguments and throws when there are findings
 * or bad input, which fails the Maven build.
 *
 * <p>Made for {@code exec:java}, which runs {@code main} inside the Maven JVM: throwing, unlike
 * {@code System.exit}, fails the build without killing Maven. Findings go to standard output,
 * so they appear in the build log.
 */
public final class SpecLintGate {
  private SpecLintGate() {}

  public static void main(String[] args) {
    check(args, System.out, System.err);
  }

  /** Lints {@code files}, printing to {@code out} and {@code err}; throws unless they are clean. */
  static void check(String[] files, PrintStream out, PrintStream err) {
    int code = LintCommand.run(files, out, err);
    out.flush();
    if (code == 1) {
      throw new IllegalStateException("the spec has lint findings, listed above");
    }
    if (code != 0) {
      throw new IllegalArgumentException("the spec lint could not run, see the message above");
    }
    out.println("spec lint: no findings in " + String.join(", ", files));
  }
}
