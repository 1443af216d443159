package io.github.webrtcsdk.runtime;

import java.io.IOException;

/**
 * The request could not be sent or the response could not be read: a connection failure, a
 * timeout, a cancelled call.
 *
 * <p>The server may or may not have acted on the request. The message names the method and the
 * path of the request, never its headers, and the attempts when the client retried:
 * {@code "GET /v1/accounts/9900000/sessions/s1 failed after 3 attempts: Connection refused"}.
 * When the whole call ran out of time (see {@link RequestOptions.Builder#timeout}), the message
 * says so: {@code "... failed: call timeout of 500 ms exceeded"}. The reason, which may quote the
 * server (an unreadable status line), has its control characters escaped and is cut at 200
 * characters.
 */
public final class SdkIoException extends SdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the failure of a request, for the runtime.
   *
   * @param request what failed, such as {@code GET /v1/accounts/9900000/sessions/s1}
   * @param detail why, without credentials
   * @param cause the I/O failure
   * @param attempts how many attempts were made
   */
  public SdkIoException(String request, String detail, IOException cause, int attempts) {
    super(
        request + " failed" + afterAttempts(attempts) + ": " + MessageText.of(detail),
        cause,
        attempts);
  }

  /**
   * Returns the I/O failure.
   *
   * @return the cause, never null
   */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
