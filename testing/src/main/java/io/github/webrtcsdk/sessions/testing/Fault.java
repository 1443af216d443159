package io.github.webrtcsdk.sessions.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure that {@link FakeWebRtcServer} answers one request with instead of handling it, to test
 * retries and error handling.
 *
 * <p>A status fault answers with that status, the given headers and a body. Unless {@link
 * #withBody(String)} sets one, the body has the shape the real API would send for that status:
 * {@code {"message": "..."}} for the statuses Bandwidth's API gateway answers itself (401, 403,
 * 429, 502, 503 and 504) and {@code {"error": "...", "requestId": "..."}} for the others. No
 * header is added implicitly: a 429 carries {@code Retry-After} only if {@link #withHeader(String,
 * String)} adds it. A {@link #disconnect() disconnect} fault closes the connection without any
 * response.
 *
 * <pre>{@code
 * fake.failNext(Fault.status(429).withHeader("Retry-After", "1"));
 * fake.failNext(Fault.disconnect());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: the {@code with} methods return a new fault.
 */
public final class Fault {
  private static final int DISCONNECT = -1;

  private final int statusCode;
  private final Map<String, String> headers;
  private final @Nullable String body;

  private Fault(int statusCode, Map<String, String> headers, @Nullable String body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Returns a fault that answers with {@code statusCode}.
   *
   * @param statusCode an HTTP status from 200 to 599
   * @return the fault, with no headers and the default body for that status
   * @throws IllegalArgumentException if the status is out of range
   */
  public static Fault status(int statusCode) {
    if (statusCode < 200 || statusCode > 599) {
      throw new IllegalArgumentException("statusCode < 200 || statusCode > 599: " + statusCode);
    }
    return new Fault(statusCode, Collections.<String, String>emptyMap(), null);
  }

  /**
   * Returns a fault that closes the connection without sending a response, as a crashed server or
   * a dropped network would; HTTP clients report it as an I/O error.
   *
   * @return the fault
   */
  public static Fault disconnect() {
    return new Fault(DISCONNECT, Collections.<String, String>emptyMap(), null);
  }

  /**
   * Returns a copy of this fault that also sends the header {@code name: value}; a second value
   * for the same name replaces the first.
   *
   * @param name the header name, such as {@code Retry-After}
   * @param value the header value
   * @return the new fault
   * @throws IllegalStateException if this is a disconnect fault, which sends no headers
   */
  public Fault withHeader(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    if (name.isEmpty()) throw new IllegalArgumentException("name is empty");
    checkNotDisconnect();
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Fault(statusCode, Collections.unmodifiableMap(copy), body);
  }

  /**
   * Returns a copy of this fault that sends {@code body} as its {@code application/json} body
   * instead of the default one. The body is sent as given, so it may be anything, even invalid
   * JSON, to test how a client copes.
   *
   * @param body the body to send
   * @return the new fault
   * @throws IllegalStateException if this is a disconnect fault, which sends no body
   */
  public Fault withBody(String body) {
    Objects.requireNonNull(body, "body == null");
    checkNotDisconnect();
    return new Fault(statusCode, headers, body);
  }

  private void checkNotDisconnect() {
    if (isDisconnect()) throw new IllegalStateException("a disconnect fault sends no response");
  }

  boolean isDisconnect() {
    return statusCode == DISCONNECT;
  }

  int statusCode() {
    return statusCode;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** Returns the configured body, or null for the status's default body. */
  @Nullable String body() {
    return body;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) return true;
    if (!(other instanceof Fault)) return false;
    Fault that = (Fault) other;
    return statusCode == that.statusCode
        && headers.equals(that.headers)
        && Objects.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, headers, body);
  }

  @Override
  public String toString() {
    if (isDisconnect()) return "Fault{disconnect}";
    return "Fault{status=" + statusCode + ", headers=" + headers
        + (body != null ? ", body=" + body : "") + "}";
  }
}
