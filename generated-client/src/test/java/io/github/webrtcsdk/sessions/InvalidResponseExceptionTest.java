package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import io.github.webrtcsdk.runtime.InvalidResponseException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 2xx body that does not decode fails with its status, headers and raw body kept. */
final class InvalidResponseExceptionTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = TestServers.client(server);
  }

  private InvalidResponseException getSessionFails(MockResponse response) {
    server.enqueue(response);
    return assertThrows(InvalidResponseException.class, () -> client.sessions().getSession("s1"));
  }

  @Test
  void malformedJson() {
    InvalidResponseException e = getSessionFails(json(200, "{\"id\": \"s1\""));

    assertEquals(200, e.statusCode());
    assertEquals("{\"id\": \"s1\"", e.rawBody());
    assertEquals("req-200", e.headers().get("X-Request-Id"));
    assertTrue(e.getCause() instanceof IOException, e.getCause().toString());
    assertTrue(e.getMessage().startsWith("HTTP 200 body did not decode: "), e.getMessage());
  }

  @Test
  void wrongShape() {
    InvalidResponseException e = getSessionFails(json(200, "[]"));

    assertEquals(JsonDataException.class, e.getCause().getClass());
    assertEquals(
        "HTTP 200 body did not decode: Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $",
        e.getMessage());
  }

  @Test
  void wrongPropertyType() {
    InvalidResponseException e = getSessionFails(json(200, "{\"id\":{\"nested\":1}}"));

    assertEquals(
        "HTTP 200 body did not decode: Expected a string but was BEGIN_OBJECT at path $.id",
        e.getMessage());
  }

  @Test
  void jsonNullBody() {
    InvalidResponseException e = getSessionFails(json(200, "null"));

    assertEquals(
        "HTTP 200 body did not decode: Expected a value but was null at path $", e.getMessage());
  }

  @Test
  void emptyBodyOn200() {
    InvalidResponseException e = getSessionFails(new MockResponse.Builder().code(200).build());

    assertEquals("", e.rawBody());
  }

  @Test
  void missingRequiredPropertyNamesItsPath() {
    server.enqueue(
        json(200, "{\"participants\":[{\"participantId\":\"a\"},{\"streamAliases\":[]}]}"));

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> client.sessions().getParticipantSubscriptions("s1", "p1"));

    assertEquals(
        "HTTP 200 body did not decode: Missing required properties: participantId"
            + " at $.participants[1]",
        e.getMessage());
  }

  @Test
  void nullElementInArrayIsRejected() {
    server.enqueue(json(200, "[null]"));

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> client.sessions().listSessionParticipants("s1"));

    assertEquals("HTTP 200 body did not decode: Unexpected null at $[0]", e.getMessage());
  }

  @Test
  void asyncCompletesWithTheSameException() {
    server.enqueue(json(200, "[]"));

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> client.sessions().getSessionAsync("s1").get());

    assertEquals(InvalidResponseException.class, e.getCause().getClass());
  }
}
