package io.github.webrtcsdk.sessions.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request or response that did not match the OpenAPI spec, as {@link FakeWebRtcServer} saw
 * it.
 *
 * <p>A {@linkplain Kind#REQUEST request} report means the code under test sent something the API
 * does not accept; a {@linkplain Kind#RESPONSE response} report means the fake answered something
 * the spec does not describe, which is a bug in the fake or the spec. The messages are those of
 * Atlassian's swagger-request-validator.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValidationReport {
  /** Which half of an exchange failed validation. */
  public enum Kind {
    /** The request sent to the fake. */
    REQUEST,
    /** The response the fake sent back. */
    RESPONSE
  }

  private final Kind kind;
  private final String method;
  private final String path;
  private final int statusCode;
  private final List<String> messages;

  ValidationReport(Kind kind, String method, String path, int statusCode, List<String> messages) {
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.statusCode = statusCode;
    this.messages = Collections.unmodifiableList(new ArrayList<>(messages));
  }

  /**
   * Returns whether the request or the response failed validation.
   *
   * @return the kind of report
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the request's method, such as {@code POST}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request's path, such as {@code /v1/accounts/9900000/sessions}.
   *
   * @return the raw path, without query
   */
  public String path() {
    return path;
  }

  /**
   * Returns the status the fake answered the exchange with.
   *
   * @return the HTTP status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the validator's error messages, one a line, each prefixed with its message key.
   *
   * @return at least one message
   */
  public List<String> messages() {
    return messages;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) return true;
    if (!(other instanceof ValidationReport)) return false;
    ValidationReport that = (ValidationReport) other;
    return kind == that.kind
        && method.equals(that.method)
        && path.equals(that.path)
        && statusCode == that.statusCode
        && messages.equals(that.messages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, method, path, statusCode, messages);
  }

  /**
   * Returns the report on several lines: a heading, then one indented line per message.
   *
   * <pre>{@code
   * REQUEST POST /v1/accounts/9900000/sessions (answered 400)
   *   - validation.request.body.schema.type: [Path '/tag'] Instance type (integer) does not ...
   * }</pre>
   */
  @Override
  public String toString() {
    StringBuilder result = new StringBuilder()
        .append(kind).append(' ').append(method).append(' ').append(path)
        .append(" (answered ").append(statusCode).append(')');
    for (String message : messages) {
      result.append("\n  - ").append(message.replace("\n", "\n    "));
    }
    return result.toString();
  }
}
