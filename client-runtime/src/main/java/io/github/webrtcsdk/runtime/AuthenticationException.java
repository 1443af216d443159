package io.github.webrtcsdk.runtime;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * No OAuth 2.0 access token could be obtained, so the API request was not sent.
 *
 * <p>The token endpoint refused the client credentials, failed, did not answer in time, or answered
 * with something that is not a token. {@link #statusCode()} is the token endpoint's status, or 0
 * when no response arrived; then {@link #getCause()} is the I/O failure. The message says which:
 *
 * <pre>{@code
 * Could not get an OAuth 2.0 access token: HTTP 401 (invalid_client)
 * Could not get an OAuth 2.0 access token: the response has no access_token
 * Could not get an OAuth 2.0 access token after 3 attempts: timeout
 * }</pre>
 *
 * <p>Neither the message nor {@link #rawBody()} contains the client secret or a token: the client
 * secret, and the values of members and fields named like a credential ({@code access_token},
 * {@code id_token}...), are replaced by {@code ***} in the body, even when spelt with JSON
 * escapes. A failure to reach the token endpoint, or a 408, 429 or 5xx from it, is retried like a
 * failed API request; a refusal (other 4xx) is not.
 */
public final class AuthenticationException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** The token endpoint's status, or 0. */
  private final int statusCode;
  // Headers are not serializable; a deserialized exception has none.
  private final transient @Nullable Headers headers;
  /** The token endpoint's body, secrets redacted. */
  private final String rawBody;

  /**
   * Makes the failure to get an access token, for the runtime.
   *
   * @param detail why, without secrets
   * @param statusCode the token endpoint's status code, or 0 if it sent no response
   * @param headers the token endpoint's response headers
   * @param rawBody the token endpoint's body, secrets redacted
   * @param cause the failure underneath, if any
   * @param attempts how many attempts were made
   */
  public AuthenticationException(
      String detail,
      int statusCode,
      Headers headers,
      String rawBody,
      @Nullable Throwable cause,
      int attempts) {
    super(
        "Could not get an OAuth 2.0 access token" + afterAttempts(attempts) + ": "
            + MessageText.of(detail),
        cause,
        attempts);
    this.statusCode = statusCode;
    this.headers = headers;
    this.rawBody = rawBody;
  }

  /**
   * Returns the token endpoint's HTTP status code.
   *
   * @return the status code, or 0 when no response was received
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the token endpoint's response headers.
   *
   * @return the headers; empty when no response was received, or after Java serialization
   */
  public Headers headers() {
    return headers != null ? headers : Headers.of();
  }

  /**
   * Returns the token endpoint's response body as text, with token values and the client secret
   * replaced by {@code ***}.
   *
   * @return the body; empty when there was none
   */
  public String rawBody() {
    return rawBody;
  }
}
