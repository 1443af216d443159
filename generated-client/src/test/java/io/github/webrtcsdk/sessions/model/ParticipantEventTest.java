package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;

/** The webhook payload, decoded outside the client as its Javadoc shows. */
final class ParticipantEventTest {
  private final JsonAdapter<ParticipantEvent> adapter =
      new Moshi.Builder()
          .add(new ModelJsonAdapterFactory())
          .build()
          .adapter(ParticipantEvent.class);

  @Test
  void documentedExampleDecodes() throws Exception {
    ParticipantEvent event =
        adapter.fromJson(
            "{\"event\":\"onConnect\",\"timestamp\":\"1619716290000\","
                + "\"participantId\":\"568749d5-04d5-483d-adf5-deac7dd3d521\","
                + "\"deviceId\":\"1e2c6c9d-6c4e-4f7b-9d0e-3b0c6b1f8a12\","
                + "\"tag\":\"participant1\"}");

    assertEquals(ParticipantEventType.ON_CONNECT, event.event());
    assertEquals(ParticipantEventType.Known.ON_CONNECT, event.event().known());
    assertEquals("1619716290000", event.timestamp());
    assertEquals("568749d5-04d5-483d-adf5-deac7dd3d521", event.participantId());
    assertEquals("1e2c6c9d-6c4e-4f7b-9d0e-3b0c6b1f8a12", event.deviceId());
    assertEquals("participant1", event.tag());
  }

  @Test
  void newEventTypeAndNumericTimestampDecode() throws Exception {
    ParticipantEvent event =
        adapter.fromJson("{\"event\":\"onReconnect\",\"timestamp\":1619716290000}");

    assertFalse(event.event().isKnown());
    assertEquals("onReconnect", event.event().value());
    // A number where the spec says string reads as its text.
    assertEquals("1619716290000", event.timestamp());
  }
}
