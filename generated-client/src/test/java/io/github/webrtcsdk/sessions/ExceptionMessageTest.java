package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.webrtcsdk.runtime.BadRequestException;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.SdkIoException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages quote the server only sanitised and bounded, and say what the client cannot know. */
final class ExceptionMessageTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private WebRtcClient client;

  @BeforeEach
  void setUp() {
    TestServers.failFast(server);
    // Retries, without waiting for them.
    client = TestServers.builder(server).sleeper(new FakeSleeper()).build();
  }

  private static String repeat(char c, int times) {
    return new String(new char[times]).replace('\0', c);
  }

  @Test
  void errorTextLosesItsLineBreaksAndRawBodyKeepsThem() {
    String body = "{\"message\":\"bad\\r\\nWARN forged line\",\"requestId\":\"r\\u001b1\"}";
    server.enqueue(json(400, body));

    BadRequestException e =
        assertThrows(BadRequestException.class, () -> client.sessions().getSession("s1"));

    assertEquals("HTTP 400: bad\\r\\nWARN forged line (requestId r\\u001b1)", e.getMessage());
    assertEquals(body, e.rawBody());
    assertEquals("bad\r\nWARN forged line", e.error().message());
  }

  @Test
  void longErrorTextIsCutWithAnEllipsis() {
    String body =
        "{\"error\":\"" + repeat('e', 5000) + "\",\"requestId\":\"" + repeat('r', 300) + "\"}";
    server.enqueue(json(400, body));

    BadRequestException e =
        assertThrows(BadRequestException.class, () -> client.sessions().getSession("s1"));

    assertEquals(
        "HTTP 400: " + repeat('e', 200) + "... (requestId " + repeat('r', 200) + "...)",
        e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void unreadableStatusLineIsQuotedBounded() {
    server.enqueue(new MockResponse.Builder().status("HTTP/1.1 2x0 " + repeat('z', 1000)).build());

    SdkIoException e =
        assertThrows(
            SdkIoException.class,
            () ->
                client.sessions().getSession("s1", RequestOptions.builder().maxRetries(0).build()));

    String detail = "Unexpected status line: HTTP/1.1 2x0 " + repeat('z', 1000);
    assertEquals(
        "GET /v1/accounts/9900000/sessions/s1 failed: " + detail.substring(0, 200) + "...",
        e.getMessage());
  }

  @Test
  void notFoundAfterARetriedDeleteSaysAnEarlierAttemptMayHaveSucceeded() {
    // The first DELETE is processed, but its response is lost with the connection.
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(404, "{\"error\":\"Not found\"}"));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.sessions().deleteSession("s1"));

    assertEquals(
        "HTTP 404: Not found after 2 attempts; an earlier DELETE attempt may have succeeded",
        e.getMessage());
    assertEquals(2, e.attempts());
  }

  @Test
  void notFoundAtTheFirstDeleteSaysNothingMore() {
    server.enqueue(json(404, "{\"error\":\"Not found\"}"));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.sessions().deleteSession("s1"));

    assertEquals("HTTP 404: Not found", e.getMessage());
  }

  @Test
  void notFoundAfterARetriedGetSaysNothingMore() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(404, "{\"error\":\"Not found\"}"));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.sessions().getSession("s1"));

    assertEquals("HTTP 404: Not found after 2 attempts", e.getMessage());
  }
}
