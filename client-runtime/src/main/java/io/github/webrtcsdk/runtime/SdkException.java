package io.github.webrtcsdk.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this client throws; unchecked.
 *
 * <table>
 *   <caption>What each exception means</caption>
 *   <tr><th>Exception</th><th>When</th></tr>
 *   <tr><td>{@link BadRequestException}</td><td>HTTP 400</td></tr>
 *   <tr><td>{@link UnauthorizedException}</td><td>HTTP 401</td></tr>
 *   <tr><td>{@link PermissionDeniedException}</td><td>HTTP 403</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>HTTP 404</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>HTTP 409</td></tr>
 *   <tr><td>{@link RateLimitException}</td><td>HTTP 429</td></tr>
 *   <tr><td>{@link InternalServerException}</td><td>HTTP 500 to 599</td></tr>
 *   <tr><td>{@link UnexpectedStatusCodeException}</td><td>any other status, not 2xx</td></tr>
 *   <tr><td>{@link SdkIoException}</td><td>I/O failed, or time ran out</td></tr>
 *   <tr><td>{@link InvalidResponseException}</td><td>a 2xx body that does not decode</td></tr>
 *   <tr><td>{@link AuthenticationException}</td><td>no OAuth 2.0 access token</td></tr>
 * </table>
 *
 * <p>The status exceptions share the base class {@link ApiException}. The exception thrown is the
 * last attempt's: {@link #attempts()} tells how many attempts the client made, retries included.
 * Messages never contain credentials or tokens. Invalid arguments throw
 * {@link NullPointerException} or {@link IllegalArgumentException} instead, before any request is
 * sent.
 */
public abstract class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many times the request was attempted, at least 1. */
  private final int attempts;

  SdkException(String message, @Nullable Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /**
   * Returns how many times the client attempted the request before giving up: 1 when it was not
   * retried, {@code 1 + maxRetries} when every retry failed too.
   *
   * <p>A retry after an OAuth 2.0 token refresh counts as an attempt. Messages say
   * {@code "after 3 attempts"} when there was more than one.
   *
   * @return the number of attempts, at least 1
   */
  public final int attempts() {
    return attempts;
  }

  /** The end of a message that counts attempts: empty for one, {@code " after 3 attempts"}. */
  static String afterAttempts(int attempts) {
    return attempts > 1 ? " after " + attempts + " attempts" : "";
  }
}
