package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.InvalidResponseException;
import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.SdkException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Bounded reads: error bodies cut with a marker, 2xx bodies under a limit, numbers bounded. */
final class BodyLimitsTest {
  private static final String MARKER = "...[truncated: body exceeded 1048576 bytes]";
  private static final ResponseDecoder<Map> MAPS =
      CallExecutor.json(new Moshi.Builder().build().adapter(Map.class));

  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void anErrorBodyIsCutAtOneMebibyteWithAMarker() {
    server.enqueue(response(500, "x".repeat(3 * 1024 * 1024)));

    InternalServerException e = fails(InternalServerException.class, 0, 100, CallExecutor.text());

    assertEquals("x".repeat(1024 * 1024) + MARKER, e.rawBody());
    assertEquals("req-500", e.headers().get("X-Request-Id"));
  }

  @Test
  void anErrorBodyAtTheCapIsKeptWhole() {
    String body = "y".repeat(1024 * 1024);
    server.enqueue(response(503, body));

    InternalServerException e = fails(InternalServerException.class, 0, 100, CallExecutor.text());

    assertEquals(body, e.rawBody());
  }

  @Test
  void aSuccessBodyOverTheLimitFailsWithStatusAndHeaders() {
    server.enqueue(response(200, "z".repeat(1001)));

    InvalidResponseException e =
        fails(InvalidResponseException.class, 3, 1000, CallExecutor.text());

    assertEquals(
        "HTTP 200 body did not decode: body exceeded the limit of 1000 bytes", e.getMessage());
    assertEquals(200, e.statusCode());
    assertEquals("req-200", e.headers().get("X-Request-Id"));
    assertEquals("z".repeat(1000) + MARKER, e.rawBody());
    assertEquals(1, server.getRequestCount(), "not retried");
  }

  @Test
  void aSuccessBodyAtTheLimitIsRead() {
    server.enqueue(response(200, "z".repeat(1000)));

    assertEquals("z".repeat(1000), execute(1000, CallExecutor.text()));
  }

  @Test
  void aMegabyteNumberFailsBeforeMoshiParsesIt() {
    server.enqueue(response(200, "{\"n\":" + "1".repeat(1_000_000) + "}"));

    InvalidResponseException e =
        fails(
            InvalidResponseException.class,
            0,
            CallExecutor.DEFAULT_MAX_RESPONSE_BODY_BYTES,
            MAPS);

    assertEquals(
        "HTTP 200 body did not decode: JSON number longer than 1000 characters at offset 5",
        e.getMessage());
  }

  @Test
  void aNumberAtTheBoundAndDigitsInStringsDecode() {
    String digits = "9".repeat(1000);
    server.enqueue(
        response(
            200,
            "{\"n\":0." + "9".repeat(998) + ",\"s\":\"" + digits + digits + "\\\"" + digits
                + "\"}"));

    Map<?, ?> body = execute(CallExecutor.DEFAULT_MAX_RESPONSE_BODY_BYTES, MAPS);

    assertEquals(digits + digits + "\"" + digits, body.get("s"));
  }

  @Test
  void anErrorBodyWithAMegabyteNumberIsNotParsed() {
    server.enqueue(response(500, "{\"code\":" + "7".repeat(1_000_000) + "}"));

    InternalServerException e = fails(InternalServerException.class, 0, 100, CallExecutor.text());

    assertNull(e.error());
    assertTrue(e.getMessage().startsWith("HTTP 500"), e.getMessage());
  }

  private <T> T execute(int maxBodyBytes, ResponseDecoder<T> decoder) {
    return Executors.basic(server, 0, maxBodyBytes)
        .execute(Executors.get(server), RequestOptions.none(), decoder)
        .body();
  }

  private <E extends SdkException> E fails(
      Class<E> type, int maxRetries, int maxBodyBytes, ResponseDecoder<?> decoder) {
    CallExecutor executor = Executors.basic(server, maxRetries, maxBodyBytes);
    return assertThrows(
        type, () -> executor.execute(Executors.get(server), RequestOptions.none(), decoder));
  }

  private static MockResponse response(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "req-" + code)
        .body(new Buffer().writeUtf8(body))
        .build();
  }
}
