package io.github.webrtcsdk.runtime;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: its status code, its headers and its decoded body.
 *
 * <p>Every service method has a twin under {@code withRawResponse()} that returns one of these:
 *
 * <pre>{@code
 * ApiResponse<Session> response = client.sessions().withRawResponse().getSession(sessionId);
 * int status = response.statusCode();
 * String requestId = response.headers().get("X-Request-Id");
 * Session session = response.body();
 * }</pre>
 *
 * <p>Error statuses still throw an {@link ApiException}, which carries the same three things.
 * Instances are immutable.
 *
 * @param <T> the type of the body; {@link Void} for operations that answer without one
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final @Nullable T body;

  /**
   * Makes a response, for the runtime and for tests of code that takes one.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the decoded body, or null if there is none
   */
  public ApiResponse(int statusCode, Headers headers, @Nullable T body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Returns the HTTP status code, from 200 to 299.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers, never null
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the decoded body.
   *
   * <p>It is null only for operations without a response body, whose {@code T} is {@link Void}.
   * An operation that may answer 204 instead of a body returns its empty value here instead
   * (an empty list, an empty object), never null.
   *
   * @return the body
   */
  public @Nullable T body() {
    return body;
  }

  @Override
  public String toString() {
    // No headers: they may carry cookies or tokens.
    return "ApiResponse{statusCode=" + statusCode + ", body=" + body + "}";
  }
}
