package io.github.webrtcsdk.runtime;

import okhttp3.Headers;

/**
 * The server answered 404 Not Found: the resource does not exist.
 *
 * <p>After a retried {@code DELETE}, an earlier attempt may have deleted the resource and lost its
 * response (a connection reset, a timeout); the message then says so:
 * {@code "HTTP 404 after 2 attempts; an earlier DELETE attempt may have succeeded"}.
 */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(Headers headers, String rawBody, int attempts, boolean afterRetriedDelete) {
    super(
        404,
        headers,
        rawBody,
        attempts,
        afterRetriedDelete ? "; an earlier DELETE attempt may have succeeded" : "");
  }
}
