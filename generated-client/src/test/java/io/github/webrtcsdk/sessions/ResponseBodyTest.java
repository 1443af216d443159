package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.BadRequestException;
import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.InvalidResponseException;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.PermissionDeniedException;
import io.github.webrtcsdk.sessions.model.DeviceApiVersion;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies the server should not send, with the client's default retries: each fails with the right
 * exception, keeps the body as received, and is retried only when asking again may help.
 */
final class ResponseBodyTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    TestServers.failFast(server);
    client = TestServers.builder(server).sleeper(sleeper).build();
  }

  @Test
  void truncatedJsonOn200IsNotRetried() {
    String truncated = "{\"id\":\"s1\",\"tag\":\"sessi";
    server.enqueue(json(200, truncated));

    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> client.sessions().getSession("s1"));

    assertEquals(200, e.statusCode());
    assertEquals(truncated, e.rawBody());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().startsWith("HTTP 200 body did not decode: "), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void malformedJsonOn200() {
    server.enqueue(json(200, "{\"id\" \"s1\"}"));

    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> client.sessions().getSession("s1"));

    assertEquals("{\"id\" \"s1\"}", e.rawBody());
    assertEquals("req-200", e.headers().get("X-Request-Id"));
    assertEquals(1, e.attempts());
  }

  @Test
  void htmlPageOn502IsRetriedAndKeptRaw() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(502)
              .addHeader("Content-Type", "text/html")
              .body(html)
              .build());
    }

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.sessions().getSession("s1"));

    assertEquals(502, e.statusCode());
    assertEquals(html, e.rawBody());
    assertNull(e.error());
    assertEquals(3, e.attempts());
    assertEquals("HTTP 502 after 3 attempts", e.getMessage());
  }

  @Test
  void emptyBodyOn200WhereAModelIsDue() {
    server.enqueue(new MockResponse.Builder().code(200).build());

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> client.participants().getParticipant("p1"));

    assertEquals("", e.rawBody());
    assertEquals("HTTP 200 body did not decode: End of input", e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void emptyBodyOn404() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.sessions().getSession("s1"));

    assertEquals("", e.rawBody());
    assertNull(e.error());
    assertEquals("HTTP 404", e.getMessage());
    assertEquals(1, e.attempts());
  }

  @Test
  void serviceErrorShapeAfterRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{\"error\":\"Internal error\",\"requestId\":\"r-" + i + "\"}"));
    }

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.sessions().getSession("s1"));

    assertEquals("Internal error", e.error().error());
    assertEquals("r-2", e.error().requestId());
    assertEquals("HTTP 500: Internal error (requestId r-2) after 3 attempts", e.getMessage());
  }

  @Test
  void gatewayErrorShape() {
    server.enqueue(json(403, "{\"message\":\"Missing Authentication Token\"}"));

    PermissionDeniedException e =
        assertThrows(PermissionDeniedException.class, () -> client.sessions().getSession("s1"));

    assertEquals("Missing Authentication Token", e.error().message());
    assertEquals("HTTP 403: Missing Authentication Token", e.getMessage());
  }

  @Test
  void legacyErrorShape() {
    server.enqueue(json(400, "{\"code\":400,\"message\":\"Bad tag\"}"));

    BadRequestException e =
        assertThrows(BadRequestException.class, () -> client.sessions().getSession("s1"));

    assertEquals(Integer.valueOf(400), e.error().code());
    assertEquals("HTTP 400: Bad tag", e.getMessage());
  }

  @Test
  void unknownEnumValuesAndUnknownFieldsDecode() {
    server.enqueue(
        json(
            200,
            "{\"id\":\"p1\",\"publishPermissions\":[\"AUDIO\",\"SCREEN\"],"
                + "\"deviceApiVersion\":\"V4\",\"region\":{\"name\":\"eu\",\"zones\":[1,2]}}"));

    Participant participant = client.participants().getParticipant("p1");

    assertEquals(
        new LinkedHashSet<>(Arrays.asList(PublishPermission.AUDIO, PublishPermission.of("SCREEN"))),
        participant.publishPermissions());
    assertFalse(PublishPermission.of("SCREEN").isKnown());
    assertEquals("V4", participant.deviceApiVersion().value());
    assertFalse(participant.deviceApiVersion().isKnown());
    assertTrue(participant.additionalProperties().containsKey("region"), participant.toString());
    assertEquals(DeviceApiVersion.of("V4"), participant.deviceApiVersion());
  }

  @Test
  void aBodyInTheCharsetItDeclaresDecodes() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json; charset=ISO-8859-1")
            .body(new Buffer().writeString("{\"id\":\"p1\",\"tag\":\"caf\u00e9\"}",
                StandardCharsets.ISO_8859_1))
            .build());

    assertEquals("caf\u00e9", client.participants().getParticipant("p1").tag());
  }

  @Test
  void anErrorBodyIsKeptAsTextInItsCharset() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/plain; charset=UTF-16LE")
            .body(new Buffer().writeString("nicht gefunden: \u00e4", StandardCharsets.UTF_16LE))
            .build());

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.sessions().getSession("s1"));

    assertEquals("nicht gefunden: \u00e4", e.rawBody());
  }
}
