package io.github.webrtcsdk.sessions.benchmarks.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every library must read and write the same documents, or the benchmark compares unlike work. */
final class LibraryTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void everyLibraryRoundTripsEveryPayloadToEqualJson() throws IOException {
    for (Payload payload : Payload.values()) {
      JsonNode expected = TREES.readTree(payload.json());
      for (Library library : Library.values()) {
        byte[] encoded = roundTrip(library, payload);
        assertEquals(expected, TREES.readTree(encoded), library + " " + payload + ": "
            + new String(encoded, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void everyLibraryWritesTheSameNumberOfBytes() throws IOException {
    // Equal trees could still differ in whitespace or escaping, which costs encode time.
    for (Payload payload : Payload.values()) {
      int expected = payload.json().length;
      for (Library library : Library.values()) {
        assertEquals(expected, roundTrip(library, payload).length, library + " " + payload);
      }
    }
  }

  @Test
  void decodingReadsEveryValueOfTheLargestPayload() throws IOException {
    // A codec that skipped values would still re-encode what it kept; count what it read.
    for (Library library : Library.values()) {
      byte[] encoded = roundTrip(library, Payload.SUBSCRIPTIONS_20X5);
      JsonNode participants = TREES.readTree(encoded).get("participants");
      assertNotNull(participants, library.toString());
      assertEquals(20, participants.size(), library.toString());
      for (JsonNode participant : participants) {
        assertEquals(5, participant.get("streamAliases").size(), library.toString());
      }
    }
  }

  @Test
  void payloadsAreFreshCopies() {
    byte[] first = Payload.PARTICIPANT.json();
    first[0] = 'x';
    byte[] second = Payload.PARTICIPANT.json();
    assertEquals('{', second[0]);
    assertArrayEquals(second, Payload.PARTICIPANT.json());
    assertTrue(second[second.length - 1] == '}', "no trailing newline");
  }

  @SuppressWarnings("unchecked")
  private static byte[] roundTrip(Library library, Payload payload) throws IOException {
    JsonCodec<Object> codec = (JsonCodec<Object>) library.codec(payload);
    Object value = codec.decode(payload.json());
    assertNotNull(value, library + " " + payload);
    return codec.encode(value);
  }
}
