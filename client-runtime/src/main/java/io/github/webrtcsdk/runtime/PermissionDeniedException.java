package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered 403 Forbidden: the credentials do not allow this operation.
 */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(Headers headers, String rawBody, int attempts) {
    super(403, headers, rawBody, attempts);
  }
}
