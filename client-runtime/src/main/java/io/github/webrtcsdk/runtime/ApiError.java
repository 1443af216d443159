package io.github.webrtcsdk.runtime;

import com.squareup.moshi.JsonReader;
import io.github.webrtcsdk.runtime.internal.JsonNumberLimit;
import io.github.webrtcsdk.runtime.internal.JsonValues;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parsed body of an error response.
 *
 * <p>The API has sent three shapes over time, and this class reads them all:
 *
 * <ul>
 *   <li>{@code {"error": "Internal error", "requestId": "12af78d1-..."}} (400, 404, 409, 500)
 *   <li>{@code {"message": "Missing Authentication Token"}} (401, 403)
 *   <li>{@code {"code": 500, "message": "There was an unexpected error"}} (older servers)
 * </ul>
 *
 * <p>Each accessor is null when its property is absent or is not a scalar. Parsing never throws:
 * a body that is not a JSON object gives no {@code ApiError} at all, and
 * {@link ApiException#rawBody()} always keeps the body as received. Instances are immutable and
 * serializable, so that exceptions carrying them are too.
 */
public final class ApiError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The {@code error} property. */
  private final @Nullable String error;
  /** The {@code requestId} property. */
  private final @Nullable String requestId;
  /** The {@code message} property. */
  private final @Nullable String message;
  /** The {@code code} property. */
  private final @Nullable Integer code;

  ApiError(
      @Nullable String error,
      @Nullable String requestId,
      @Nullable String message,
      @Nullable Integer code) {
    this.error = error;
    this.requestId = requestId;
    this.message = message;
    this.code = code;
  }

  /**
   * Parses an error body; returns null when it is not a JSON object. Never throws.
   *
   * @param body the raw body
   * @return the parsed error, or null
   */
  static @Nullable ApiError parse(String body) {
    if (body.trim().isEmpty()) {
      return null;
    }
    try {
      JsonReader reader = JsonNumberLimit.reader(body);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      Object value = JsonValues.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT || !(value instanceof Map)) {
        return null;
      }
      Map<?, ?> map = (Map<?, ?>) value;
      return new ApiError(
          scalar(map.get("error")),
          scalar(map.get("requestId")),
          scalar(map.get("message")),
          integer(map.get("code")));
    } catch (IOException | RuntimeException e) {
      return null; // Not JSON, or not the JSON we know: the raw body still tells.
    }
  }

  private static @Nullable String scalar(@Nullable Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  private static @Nullable Integer integer(@Nullable Object value) {
    if (value instanceof Long) {
      long l = (Long) value;
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (int) l : null;
    }
    if (value instanceof String) {
      try {
        return Integer.valueOf(((String) value).trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Returns the {@code error} property, a short description of what failed.
   *
   * @return the error, or null
   */
  public @Nullable String error() {
    return error;
  }

  /**
   * Returns the {@code requestId} property, to quote when contacting support.
   *
   * @return the request id, or null
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Returns the {@code message} property, sent with 401 and 403 and by older servers.
   *
   * @return the message, or null
   */
  public @Nullable String message() {
    return message;
  }

  /**
   * Returns the {@code code} property that older servers sent beside {@code message}.
   *
   * @return the code, or null
   */
  public @Nullable Integer code() {
    return code;
  }

  /**
   * Returns the human-readable text of this error: {@link #message()}, else {@link #error()}.
   *
   * @return the text, or null when the body carries neither
   */
  public @Nullable String description() {
    return message != null ? message : error;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ApiError)) {
      return false;
    }
    ApiError that = (ApiError) other;
    return Objects.equals(error, that.error)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(message, that.message)
        && Objects.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(error, requestId, message, code);
  }

  @Override
  public String toString() {
    return "ApiError{error=" + error + ", requestId=" + requestId + ", message=" + message
        + ", code=" + code + "}";
  }
}
