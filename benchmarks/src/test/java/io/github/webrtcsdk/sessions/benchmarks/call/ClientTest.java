package io.github.webrtcsdk.sessions.benchmarks.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.webrtcsdk.sessions.benchmarks.codec.JsonCodec;
import io.github.webrtcsdk.sessions.benchmarks.codec.Library;
import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Every client must make the same two exchanges over every transport, or the call benchmark
 * compares unlike work.
 */
final class ClientTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (Calls.USERNAME + ":" + Calls.PASSWORD).getBytes(StandardCharsets.UTF_8));

  @Test
  void everyClientDecodesTheWholeParticipant() throws IOException {
    JsonNode expected = TREES.readTree(Payload.PARTICIPANT.json());
    for (Transport transport : Transport.values()) {
      for (Client client : Client.values()) {
        String what = client + " over " + transport;
        try (Server server = recording(transport);
            Calls calls = client.connect(server)) {
          Object participant = calls.getParticipant();

          assertEquals(expected, TREES.readTree(encode(client, participant)), what);
          LoopbackServer.RecordedRequest request = server.lastRequest();
          assertEquals("GET", request.method(), what);
          assertEquals("/v1/accounts/9900000/participants/568749d5-04d5-483d-adf5-deac7dd3d521",
              request.path(), what);
          assertEquals(BASIC, request.authorization(), what);
        }
      }
    }
  }

  @Test
  void everyClientSendsTheWholeSubscriptions() throws IOException {
    JsonNode expected = TREES.readTree(Payload.SUBSCRIPTIONS_20X5.json());
    for (Transport transport : Transport.values()) {
      for (Client client : Client.values()) {
        String what = client + " over " + transport;
        try (Server server = recording(transport);
            Calls calls = client.connect(server)) {
          calls.updateParticipantSubscriptions();

          LoopbackServer.RecordedRequest request = server.lastRequest();
          assertEquals("PUT", request.method(), what);
          assertEquals("/v1/accounts/9900000/sessions/d8886aad-b956-4e1b-b2f4-d7c9f8162772"
              + "/participants/568749d5-04d5-483d-adf5-deac7dd3d521/subscriptions",
              request.path(), what);
          assertEquals(BASIC, request.authorization(), what);
          assertTrue(request.contentType().startsWith("application/json"), what);
          assertEquals(expected, TREES.readTree(request.body()), what);
        }
      }
    }
  }

  @Test
  void everyClientReusesOneConnection() throws IOException {
    // A client that reconnected per call would measure connection set-up, not its own overhead.
    for (Transport transport : Transport.values()) {
      for (Client client : Client.values()) {
        String what = client + " over " + transport;
        try (Server server = transport.start(Payload.PARTICIPANT.json());
            Calls calls = client.connect(server)) {
          for (int i = 0; i < 5; i++) {
            calls.getParticipant();
            calls.updateParticipantSubscriptions();
          }
          assertEquals(10, server.requestCount(), what);
          assertEquals(1, server.connectionCount(), what);
        }
      }
    }
  }

  /** A server that keeps the last request: the in-memory transport only does when asked. */
  private static Server recording(Transport transport) throws IOException {
    return transport == Transport.IN_MEMORY
        ? InMemoryTransport.recording(Payload.PARTICIPANT.json())
        : transport.start(Payload.PARTICIPANT.json());
  }

  @SuppressWarnings("unchecked")
  private static byte[] encode(Client client, Object participant) throws IOException {
    Library library;
    switch (client) {
      case GENERATED:
        library = Library.GENERATED;
        break;
      case HAND_WRITTEN_OKHTTP:
        library = Library.HAND_WRITTEN;
        break;
      case STOCK_RETROFIT2:
        library = Library.GSON_STOCK;
        break;
      default:
        throw new AssertionError(client);
    }
    return ((JsonCodec<Object>) library.codec(Payload.PARTICIPANT)).encode(participant);
  }
}
