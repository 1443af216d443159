package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered 409 Conflict, for example adding a participant that is already in a session.
 */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(Headers headers, String rawBody, int attempts) {
    super(409, headers, rawBody, attempts);
  }
}
