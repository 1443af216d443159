package io.github.webrtcsdk.runtime.internal;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * When to retry and how long to wait: a client's settings and the rules that do not change.
 *
 * <p>Retried: 408, 429, 500, 502, 503 and 504, and I/O failures, for idempotent methods (and
 * for others when the call opts in). Waits grow exponentially from {@code initialBackoff},
 * doubling up to {@code maxBackoff}, each shortened by a random jitter of up to 25% so that
 * clients that failed together do not retry together. A {@code Retry-After} header replaces the
 * computed wait, unless it asks for more than {@code maxRetryAfter}: then the error is returned at
 * once. Immutable.
 */
public final class RetryPolicy {
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);
  public static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  public static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  /** The wait a {@code Retry-After} of more seconds than a {@code long} holds asks for. */
  public static final Duration TOO_LONG = Duration.ofSeconds(Long.MAX_VALUE);

  final int maxRetries;
  final Duration maxRetryAfter;
  private final long initialBackoffNanos;
  private final long maxBackoffNanos;

  public RetryPolicy(
      int maxRetries, Duration maxRetryAfter, Duration initialBackoff, Duration maxBackoff) {
    this.maxRetries = maxRetries;
    this.maxRetryAfter = maxRetryAfter;
    this.initialBackoffNanos = initialBackoff.toNanos();
    this.maxBackoffNanos = maxBackoff.toNanos();
  }

  /** Whether a response with {@code statusCode} is worth asking for again. */
  public static boolean isRetryableStatus(int statusCode) {
    switch (statusCode) {
      case 408:
      case 429:
      case 500:
      case 502:
      case 503:
      case 504:
        return true;
      default:
        return false;
    }
  }

  /** Whether sending {@code method} twice has the effect of sending it once. */
  public static boolean isIdempotent(String method) {
    switch (method) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
        return true;
      default:
        return false;
    }
  }

  /**
   * The wait before retry number {@code retry} (0 for the first): {@code initial * 2^retry}, at
   * most the maximum, less a random 0 to 25%.
   */
  public long backoffNanos(int retry) {
    double base = Math.min((double) initialBackoffNanos * Math.pow(2, retry), maxBackoffNanos);
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return (long) (base * jitter);
  }

  /**
   * The wait a {@code Retry-After} header asks for: seconds ({@code 2}) or an HTTP date measured
   * from {@code nowMillis} (a date in the past gives zero). More seconds than a {@code long}
   * holds give {@link #TOO_LONG}, longer than any cap. Null when absent or unreadable.
   */
  public static @Nullable Duration retryAfter(Headers headers, long nowMillis) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      if (trimmed.matches("\\+?[0-9]+")) {
        return TOO_LONG; // A wait too long to count is too long to wait, not no wait at all.
      }
      Date date = headers.getDate("Retry-After");
      if (date == null) {
        return null;
      }
      return Duration.ofMillis(Math.max(0, date.getTime() - nowMillis));
    }
  }
}
