package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.internal.Timeouts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class RequestOptionsTest {
  @Test
  void noneOverridesNothing() {
    RequestOptions none = RequestOptions.none();

    assertSame(none, RequestOptions.none());
    assertNull(none.maxRetries());
    assertFalse(none.retryPost());
    assertNull(none.timeout());
    assertNull(none.connectTimeout());
    assertNull(none.readTimeout());
    assertNull(none.writeTimeout());
    assertEquals(none, RequestOptions.builder().build());
  }

  @Test
  void builderSetsEverySetting() {
    RequestOptions options =
        RequestOptions.builder()
            .maxRetries(5)
            .retryPost(true)
            .timeout(Duration.ofMinutes(2))
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .writeTimeout(Duration.ofSeconds(3))
            .build();

    assertEquals(Integer.valueOf(5), options.maxRetries());
    assertTrue(options.retryPost());
    assertEquals(Duration.ofMinutes(2), options.timeout());
    assertEquals(Duration.ofSeconds(1), options.connectTimeout());
    assertEquals(Duration.ofSeconds(2), options.readTimeout());
    assertEquals(Duration.ofSeconds(3), options.writeTimeout());
    assertEquals(
        "RequestOptions{maxRetries=5, retryPost=true, timeout=PT2M, connectTimeout=PT1S,"
            + " readTimeout=PT2S, writeTimeout=PT3S}",
        options.toString());
  }

  @Test
  void toBuilderCopiesAndChangesACopy() {
    RequestOptions options = RequestOptions.builder().maxRetries(1).build();
    RequestOptions changed = options.toBuilder().maxRetries(0).build();

    assertEquals(options, options.toBuilder().build());
    assertEquals(options.hashCode(), options.toBuilder().build().hashCode());
    assertNotEquals(options, changed);
    assertEquals(Integer.valueOf(1), options.maxRetries());
    assertEquals(Integer.valueOf(0), changed.maxRetries());
  }

  @Test
  void zeroTimeoutMeansNoLimit() {
    assertEquals(Duration.ZERO, RequestOptions.builder().timeout(Duration.ZERO).build().timeout());
  }

  @Test
  void invalidValuesAreRejected() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertRejected(
        IllegalArgumentException.class, "maxRetries is negative: -1", () -> builder.maxRetries(-1));
    assertRejected(NullPointerException.class, "timeout == null", () -> builder.timeout(null));
    assertRejected(
        IllegalArgumentException.class,
        "readTimeout is negative: PT-1S",
        () -> builder.readTimeout(Duration.ofSeconds(-1)));
    assertRejected(
        IllegalArgumentException.class,
        "connectTimeout is shorter than 1 ms: PT0.0005S",
        () -> builder.connectTimeout(Duration.ofNanos(500_000)));
    assertRejected(
        IllegalArgumentException.class,
        "writeTimeout is too long: PT8760H",
        () -> builder.writeTimeout(Duration.ofDays(365)));
  }

  @Test
  void clientBuilderChecksTheSameWay() {
    WebRtcClient.Builder builder = WebRtcClient.builder();

    assertRejected(
        IllegalArgumentException.class, "maxRetries is negative: -2", () -> builder.maxRetries(-2));
    assertRejected(
        IllegalArgumentException.class,
        "timeout is negative: PT-0.001S",
        () -> builder.timeout(Duration.ofMillis(-1)));
    assertRejected(
        NullPointerException.class, "maxRetryAfter == null", () -> builder.maxRetryAfter(null));
    assertRejected(
        NullPointerException.class, "connectTimeout == null", () -> builder.connectTimeout(null));
  }

  @Test
  void durationsPrintForPeople() {
    assertEquals("500 ms", Timeouts.format(Duration.ofMillis(500)));
    assertEquals("60 s", Timeouts.format(Duration.ofSeconds(60)));
    assertEquals("1.5 s", Timeouts.format(Duration.ofMillis(1500)));
  }

  private static void assertRejected(
      Class<? extends Throwable> type, String message, Executable call) {
    assertEquals(message, assertThrows(type, call).getMessage());
  }
}
