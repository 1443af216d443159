package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered 401 Unauthorized: the credentials are missing or wrong.
 *
 * <p>With OAuth 2.0 credentials the client has already fetched a new access token once and sent
 * the request again; this is the answer to that second attempt.
 */
public final class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(Headers headers, String rawBody, int attempts) {
    super(401, headers, rawBody, attempts);
  }
}
