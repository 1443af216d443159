package io.github.webrtcsdk.runtime.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** Checks and prints the durations that the builders take. */
public final class Timeouts {
  public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ = Duration.ofSeconds(30);
  public static final Duration DEFAULT_WRITE = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CALL = Duration.ofSeconds(60);

  private Timeouts() {}

  /**
   * Returns {@code timeout} if OkHttp can take it: zero (no limit), or from 1 ms to
   * {@code Integer.MAX_VALUE} ms.
   */
  public static Duration check(@Nullable Duration timeout, String name) {
    Objects.requireNonNull(timeout, name + " == null");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(name + " is negative: " + timeout);
    }
    if (!timeout.isZero() && timeout.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException(name + " is shorter than 1 ms: " + timeout);
    }
    if (timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(name + " is too long: " + timeout);
    }
    return timeout;
  }

  /** A new OkHttp client with the SDK's connect, read and write timeouts. */
  public static OkHttpClient defaultClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(DEFAULT_CONNECT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(DEFAULT_READ.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(DEFAULT_WRITE.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /**
   * Returns {@code client} with those of its connect, read and write timeouts replaced that are
   * given; {@code client} itself when none is.
   */
  public static OkHttpClient override(
      OkHttpClient client,
      @Nullable Duration connect,
      @Nullable Duration read,
      @Nullable Duration write) {
    if (connect == null && read == null && write == null) {
      return client;
    }
    OkHttpClient.Builder builder = client.newBuilder();
    if (connect != null) {
      builder.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (read != null) {
      builder.readTimeout(read.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (write != null) {
      builder.writeTimeout(write.toMillis(), TimeUnit.MILLISECONDS);
    }
    return builder.build();
  }

  public static int checkRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries is negative: " + maxRetries);
    }
    return maxRetries;
  }

  /** {@code 500 ms}, {@code 60 s}, {@code 1.5 s}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }
}
