package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered with a status outside 200 to 299 that has no exception of its own, such as
 * 405, 422 or a redirect that was not followed.
 */
public final class UnexpectedStatusCodeException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusCodeException(int statusCode, Headers headers, String rawBody, int attempts) {
    super(statusCode, headers, rawBody, attempts);
  }
}
