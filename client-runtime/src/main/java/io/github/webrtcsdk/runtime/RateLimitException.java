package io.github.webrtcsdk.runtime;

import io.github.webrtcsdk.runtime.internal.RetryPolicy;
import java.time.Duration;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The server answered 429 Too Many Requests.
 *
 * <p>When the response carries a {@code Retry-After} header, {@link #retryAfter()} tells how long
 * the server asks to wait. The client has already honoured it, retries permitting, unless it asked
 * for more than the client builder's {@code maxRetryAfter}.
 */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(Headers headers, String rawBody, int attempts) {
    super(429, headers, rawBody, attempts);
  }

  /**
   * Returns the wait that the {@code Retry-After} header asks for.
   *
   * <p>The header holds either seconds ({@code Retry-After: 2} gives two seconds) or an HTTP
   * date, measured from now (a date in the past gives zero).
   *
   * @return the wait, or null when the header is absent or unreadable
   */
  public @Nullable Duration retryAfter() {
    return RetryPolicy.retryAfter(headers(), System.currentTimeMillis());
  }
}
