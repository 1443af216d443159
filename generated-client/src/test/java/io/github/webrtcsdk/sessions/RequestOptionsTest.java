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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
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
    assertEquals(Headers.of(), none.headers());
    assertEquals(Collections.emptyMap(), none.queryParameters());
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
            .header("X-Request-Id", "abc")
            .header("x-request-id", "def")
            .header("Idempotency-Key", "k1")
            .queryParameter("trace", "1")
            .queryParameter("trace", "")
            .queryParameter("tag", "a b")
            .build();

    assertEquals(Integer.valueOf(5), options.maxRetries());
    assertTrue(options.retryPost());
    assertEquals(Duration.ofMinutes(2), options.timeout());
    assertEquals(Duration.ofSeconds(1), options.connectTimeout());
    assertEquals(Duration.ofSeconds(2), options.readTimeout());
    assertEquals(Duration.ofSeconds(3), options.writeTimeout());
    assertEquals(Headers.of("x-request-id", "def", "Idempotency-Key", "k1"), options.headers());
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("trace", Arrays.asList("1", ""));
    query.put("tag", Collections.singletonList("a b"));
    assertEquals(query, options.queryParameters());
    assertThrows(
        UnsupportedOperationException.class, () -> options.queryParameters().get("trace").add("2"));
    // Names only: a value may be a secret.
    assertEquals(
        "RequestOptions{maxRetries=5, retryPost=true, timeout=PT2M, connectTimeout=PT1S,"
            + " readTimeout=PT2S, writeTimeout=PT3S, headers=[Idempotency-Key, x-request-id],"
            + " queryParameters=[trace, tag]}",
        options.toString());
  }

  @Test
  void toBuilderCopiesAndChangesACopy() {
    RequestOptions options =
        RequestOptions.builder().maxRetries(1).header("A", "1").queryParameter("q", "1").build();
    RequestOptions changed =
        options.toBuilder().maxRetries(0).header("B", "2").queryParameter("q", "2").build();

    assertEquals(options, options.toBuilder().build());
    assertEquals(options.hashCode(), options.toBuilder().build().hashCode());
    assertNotEquals(options, changed);
    assertEquals(Integer.valueOf(1), options.maxRetries());
    assertEquals(Integer.valueOf(0), changed.maxRetries());
    assertEquals(Headers.of("A", "1"), options.headers());
    assertEquals(Collections.singletonList("1"), options.queryParameters().get("q"));
    assertEquals(Headers.of("A", "1", "B", "2"), changed.headers());
    assertEquals(Arrays.asList("1", "2"), changed.queryParameters().get("q"));
    assertNotEquals(options, options.toBuilder().header("A", "2").build());
    assertNotEquals(options, options.toBuilder().queryParameter("r", "1").build());
  }

  @Test
  void headersAndQueryParametersAreChecked() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertRejected(NullPointerException.class, "name == null", () -> builder.header(null, "v"));
    assertRejected(NullPointerException.class, "value == null", () -> builder.header("n", null));
    assertRejected(
        IllegalArgumentException.class, "header name is empty", () -> builder.header("", "v"));
    assertRejected(
        IllegalArgumentException.class,
        "header name X Id has an invalid character 0x20 at index 1",
        () -> builder.header("X Id", "v"));
    assertRejected(
        IllegalArgumentException.class,
        "value of header X-Id has an invalid character 0x0a at index 3",
        () -> builder.header("X-Id", "abc\nSet-Cookie: x"));
    assertRejected(
        IllegalArgumentException.class,
        "value of header X-Id has an invalid character 0xe9 at index 1",
        () -> builder.header("X-Id", "caf\u00e9".substring(2)));
    assertRejected(
        IllegalArgumentException.class,
        "Authorization is set by the client: choose credentials on the client's builder",
        () -> builder.header("authorization", "Bearer t"));
    assertRejected(
        IllegalArgumentException.class,
        "User-Agent is set by the client and cannot be set for one call",
        () -> builder.header("user-agent", "me"));
    assertRejected(
        IllegalArgumentException.class,
        "Content-Type is set by the client and cannot be set for one call",
        () -> builder.header("Content-Type", "text/plain"));
    assertRejected(
        NullPointerException.class, "name == null", () -> builder.queryParameter(null, "v"));
    assertRejected(
        NullPointerException.class, "value == null", () -> builder.queryParameter("n", null));
    assertRejected(
        IllegalArgumentException.class,
        "query parameter name is empty",
        () -> builder.queryParameter("", "v"));
    // Tabs and spaces are allowed in values, as HTTP allows them.
    assertEquals("a\tb c", builder.header("X-Id", "a\tb c").build().headers().get("X-Id"));
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
