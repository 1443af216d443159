package io.github.webrtcsdk.runtime.internal;

import io.github.webrtcsdk.runtime.RateLimitException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Keeps OkHttp's own follow-up logic from acting on, or choking on, a {@code Retry-After} header:
 * {@link CallExecutor} alone decides, so that a {@code POST} is never resent unless its call
 * allows it, every attempt is counted, and no header value throws past the client's exceptions.
 *
 * <p>OkHttp reads the header of a 503 (and of a 408 when it retries connection failures) as an
 * {@code int}: it resends the request at once on {@code 0}, and throws
 * {@link NumberFormatException} on digits beyond an {@code int}, which fails a blocking call with
 * that raw exception and kills the dispatcher thread of an async one. This network interceptor
 * rewrites those two values, before OkHttp reads them, to HTTP dates that OkHttp does not act on
 * and that mean the same to {@link RateLimitException#retryAfter()} and to the retry policy:
 * {@code 0} becomes {@value #EPOCH} ("retry now"), too many seconds {@value #FAR_FUTURE} ("too
 * long to wait").
 */
public final class RetryAfterZeroInterceptor implements Interceptor {
  public static final String EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT";
  public static final String FAR_FUTURE = "Fri, 31 Dec 9999 23:59:59 GMT";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503 && response.code() != 408) {
      return response; // Every other response: no header lookup.
    }
    String rewritten = rewrite(response.header("Retry-After"));
    if (rewritten == null) {
      return response;
    }
    return response.newBuilder().header("Retry-After", rewritten).build();
  }

  /** What a {@code Retry-After} value must become for OkHttp, or null to leave it alone. */
  static @Nullable String rewrite(@Nullable String retryAfter) {
    // OkHttp parses a value of ASCII digits only, as Integer.valueOf does.
    if (retryAfter == null || !retryAfter.trim().matches("[0-9]+")) {
      return null;
    }
    String digits = retryAfter.trim();
    if (digits.matches("0+")) {
      return EPOCH;
    }
    try {
      Integer.parseInt(digits);
      return null;
    } catch (NumberFormatException beyondAnInt) {
      return FAR_FUTURE;
    }
  }
}
