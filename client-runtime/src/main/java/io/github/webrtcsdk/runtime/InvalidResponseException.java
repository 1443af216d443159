package io.github.webrtcsdk.runtime;

import io.github.webrtcsdk.runtime.internal.Redaction;
import java.util.Collections;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a 2xx status and a body that does not decode as the operation's
 * result.
 *
 * <p>The status, the headers and the body as received are kept, and the cause says what did not
 * decode. Unknown properties and unknown enum values never cause this: they decode. It is not
 * retried: the server answered, and asking again is unlikely to change its answer.
 *
 * <p>A body longer than the client's {@code maxResponseBodyBytes} (16 MiB by default) is one too:
 * the message ends {@code "body exceeded the limit of 16777216 bytes"}, and only the first MiB was
 * read, which {@link #rawBody()} keeps followed by
 * {@code ...[truncated: body exceeded 1048576 bytes]}. So is a JSON number of more than 1,000
 * characters.
 */
public final class InvalidResponseException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status code. */
  private final int statusCode;
  // Headers are not serializable; a deserialized exception has none.
  private final transient @Nullable Headers headers;
  /** The response body as received, sensitive values redacted. */
  private final String rawBody;

  /**
   * Makes the failure to decode a response, for the runtime.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param rawBody the response body as received; sensitive values are redacted here
   * @param cause why it did not decode
   * @param attempts how many attempts were made
   */
  public InvalidResponseException(
      int statusCode, Headers headers, String rawBody, Throwable cause, int attempts) {
    super(
        "HTTP " + statusCode + " body did not decode" + afterAttempts(attempts) + ": "
            + MessageText.of(String.valueOf(cause.getMessage())),
        cause,
        attempts);
    this.statusCode = statusCode;
    this.headers = headers;
    // A 2xx body may hold a participant's token: never kept in clear.
    this.rawBody = Redaction.BY_PATTERN.scrub(rawBody, Collections.<String>emptyList());
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
   * @return the headers; empty after Java serialization, which cannot carry them
   */
  public Headers headers() {
    return headers != null ? headers : Headers.of();
  }

  /**
   * Returns the response body as received, decoded as text, except that the values of JSON
   * members and form fields named like a credential ({@code token}, {@code password},
   * {@code apiKey}...) are replaced by {@code ***}, JSON or not, valid or not.
   *
   * @return the body
   */
  public String rawBody() {
    return rawBody;
  }
}
