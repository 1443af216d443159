package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered with a status from 500 to 599: it failed, not the request.
 */
public final class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  InternalServerException(int statusCode, Headers headers, String rawBody, int attempts) {
    super(statusCode, headers, rawBody, attempts);
  }
}
