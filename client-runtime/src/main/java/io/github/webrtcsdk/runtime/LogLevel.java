package io.github.webrtcsdk.runtime;

/**
 * How much of each request and response the client logs; see
 * the client builder's {@code logLevel(LogLevel)}.
 *
 * <p>Whatever the level, credentials and tokens are never logged: {@code Authorization} and other
 * secret-bearing headers, and token and secret properties of JSON and form bodies, print as
 * {@code ***}.
 */
public enum LogLevel {
  /** Nothing is logged. The default. */
  NONE,

  /**
   * The request line and attempt, and the status and time taken:
   *
   * <pre>{@code
   * --> GET https://api.webrtc.bandwidth.com/v1/accounts/9900000/sessions/s1 (attempt 2)
   * <-- 200 GET https://api.webrtc.bandwidth.com/v1/accounts/9900000/sessions/s1 (41 ms)
   * }</pre>
   */
  BASIC,

  /** {@link #BASIC}, and the headers of requests and responses. */
  HEADERS,

  /** {@link #HEADERS}, and the bodies of requests and responses (the first 64 KiB). */
  BODY
}
