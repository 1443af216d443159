package io.github.webrtcsdk.runtime;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status outside 200 to 299.
 *
 * <p>Catch a subclass for one status, or this class for all of them:
 *
 * <pre>{@code
 * try {
 *   client.sessions().getSession(sessionId);
 * } catch (NotFoundException e) {
 *   // No such session.
 * } catch (ApiException e) {
 *   log.warn("HTTP {}: {}", e.statusCode(), e.rawBody());
 * }
 * }</pre>
 *
 * <p>The body is kept as received in {@link #rawBody()}, whatever its content type, and parsed
 * into {@link #error()} when it is a JSON object. After retries, the status, headers and body are
 * those of the last response, and {@link #attempts()} counts the attempts:
 * {@code "HTTP 503: Service Unavailable after 3 attempts"}. The text taken from the body has its
 * control characters escaped and is cut at 200 characters, ending {@code "..."}.
 */
public abstract class ApiException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status code. */
  private final int statusCode;
  // Headers are not serializable; a deserialized exception has none.
  private final transient @Nullable Headers headers;
  /** The response body as received. */
  private final String rawBody;
  /** The body parsed as an error, or null. */
  private final @Nullable ApiError error;

  ApiException(int statusCode, Headers headers, String rawBody, int attempts) {
    this(statusCode, headers, rawBody, attempts, "");
  }

  /** {@code note} ends the message: empty, or a sentence that starts with {@code "; "}. */
  ApiException(int statusCode, Headers headers, String rawBody, int attempts, String note) {
    this(statusCode, headers, rawBody, ApiError.parse(rawBody), attempts, note);
  }

  private ApiException(
      int statusCode,
      Headers headers,
      String rawBody,
      @Nullable ApiError error,
      int attempts,
      String note) {
    super(message(statusCode, error) + afterAttempts(attempts) + note, null, attempts);
    this.statusCode = statusCode;
    this.headers = headers;
    this.rawBody = rawBody;
    this.error = error;
  }

  /**
   * Returns the exception for {@code statusCode}, which is outside 200 to 299, received on attempt
   * number {@code attempts}: a subclass for each status the client knows.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param rawBody the response body as received
   * @param attempts how many attempts were made
   * @return the exception, to be thrown
   */
  public static ApiException forStatus(int statusCode, Headers headers, String rawBody, int attempts) {
    return forStatus("GET", statusCode, headers, rawBody, attempts);
  }

  /**
   * Like {@link #forStatus(int, Headers, String, int)}, for a request of {@code method}: a 404 to
   * a {@code DELETE} that was retried says that an earlier attempt may have succeeded, since its
   * response may have been lost after the server acted on it.
   *
   * @param method the request's method
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param rawBody the response body as received
   * @param attempts how many attempts were made
   * @return the exception, to be thrown
   */
  public static ApiException forStatus(
      String method, int statusCode, Headers headers, String rawBody, int attempts) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(headers, rawBody, attempts);
      case 401:
        return new UnauthorizedException(headers, rawBody, attempts);
      case 403:
        return new PermissionDeniedException(headers, rawBody, attempts);
      case 404:
        return new NotFoundException(
            headers, rawBody, attempts, attempts > 1 && method.equals("DELETE"));
      case 409:
        return new ConflictException(headers, rawBody, attempts);
      case 429:
        return new RateLimitException(headers, rawBody, attempts);
      default:
        if (statusCode >= 500 && statusCode <= 599) {
          return new InternalServerException(statusCode, headers, rawBody, attempts);
        }
        return new UnexpectedStatusCodeException(statusCode, headers, rawBody, attempts);
    }
  }

  private static String message(int statusCode, @Nullable ApiError error) {
    StringBuilder message = new StringBuilder("HTTP ").append(statusCode);
    if (error != null) {
      String description = error.description();
      if (description != null) {
        message.append(": ").append(MessageText.of(description));
      }
      if (error.requestId() != null) {
        message.append(" (requestId ").append(MessageText.of(error.requestId())).append(')');
      }
    }
    return message.toString();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status code
   */
  public final int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers; empty after Java serialization, which cannot carry them
   */
  public final Headers headers() {
    return headers != null ? headers : Headers.of();
  }

  /**
   * Returns the response body exactly as received, decoded as text; empty when there was none.
   * A body over 1 MiB is cut there and ends {@code ...[truncated: body exceeded 1048576 bytes]}:
   * the rest was not read.
   *
   * @return the body
   */
  public final String rawBody() {
    return rawBody;
  }

  /**
   * Returns the error parsed from the body, or null when the body is not a JSON object.
   *
   * @return the parsed error, or null
   */
  public final @Nullable ApiError error() {
    return error;
  }
}
