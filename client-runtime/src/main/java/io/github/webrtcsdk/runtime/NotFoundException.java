package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered 404 Not Found: the resource does not exist.
 */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(Headers headers, String rawBody, int attempts) {
    super(404, headers, rawBody, attempts);
  }
}
