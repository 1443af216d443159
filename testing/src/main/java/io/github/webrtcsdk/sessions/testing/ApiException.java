package io.github.webrtcsdk.sessions.testing;

/** A request the fake refuses with a service error body, {@code {"error", "requestId"}}. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  ApiException(int statusCode, String message) {
    // No stack trace: these are answers, not bugs.
    super(message, null, false, false);
    this.statusCode = statusCode;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  static ApiException conflict(String message) {
    return new ApiException(409, message);
  }

  int statusCode() {
    return statusCode;
  }
}
