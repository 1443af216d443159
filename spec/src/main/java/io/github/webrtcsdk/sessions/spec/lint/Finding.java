package io.github.webrtcsdk.sessions.spec.lint;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a spec, printed as {@code FILE:LINE:COLUMN: [rule-id] message} so that
 * editors and CI logs link it to the offending line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  private final String file;
  private final int line;
  private final int column;
  private final String ruleId;
  private final String message;

  /**
   * Creates a finding.
   *
   * @param file the file as the user named it
   * @param line the 1-based line of the offending node
   * @param column the 1-based column of the offending node
   * @param ruleId the id of the rule that found the problem, such as {@code example-valid}
   * @param message what is wrong, in one sentence
   */
  public Finding(String file, int line, int column, String ruleId, String message) {
    this.file = Objects.requireNonNull(file, "file == null");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId == null");
    this.message = Objects.requireNonNull(message, "message == null");
    if (line < 1) throw new IllegalArgumentException("line < 1: " + line);
    if (column < 1) throw new IllegalArgumentException("column < 1: " + column);
    this.line = line;
    this.column = column;
  }

  /** Returns the file as the user named it. */
  public String file() {
    return file;
  }

  /** Returns the 1-based line of the offending node. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column of the offending node. */
  public int column() {
    return column;
  }

  /** Returns the id of the rule that found the problem. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  /** Orders by file, line, column, rule id, then message. */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Finding)) return false;
    Finding that = (Finding) o;
    return line == that.line
        && column == that.column
        && file.equals(that.file)
        && ruleId.equals(that.ruleId)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, ruleId, message);
  }

  /** Returns {@code FILE:LINE:COLUMN: [rule-id] message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": [" + ruleId + "] " + message;
  }
}
