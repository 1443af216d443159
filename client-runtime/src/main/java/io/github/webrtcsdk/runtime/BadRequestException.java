package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered 400 Bad Request: a parameter or the body was not acceptable.
 */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(Headers headers, String rawBody, int attempts) {
    super(400, headers, rawBody, attempts);
  }
}
