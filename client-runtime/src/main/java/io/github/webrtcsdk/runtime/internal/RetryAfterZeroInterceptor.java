package io.github.webrtcsdk.runtime.internal;

import io.github.webrtcsdk.runtime.RateLimitException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from resending a request answered 503 with {@code Retry-After: 0} on its own, as it
 * does whatever the method: {@link CallExecutor} alone decides, so that a {@code POST} is never
 * resent unless its call allows it, and every attempt is counted.
 *
 * <p>A network interceptor: it rewrites that header, before OkHttp reads it, to the equivalent
 * HTTP date in the past ({@value #EPOCH}), which OkHttp does not act on and which still means
 * "retry now" to {@link RateLimitException#retryAfter()} and to the retry policy.
 */
public final class RetryAfterZeroInterceptor implements Interceptor {
  public static final String EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response; // Every other response: no header lookup.
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null || !retryAfter.trim().matches("0+")) {
      return response;
    }
    return response.newBuilder().header("Retry-After", EPOCH).build();
  }
}
