package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class ParticipantSubscriptionTest {
  private final JsonAdapter<ParticipantSubscription> adapter =
      new Moshi.Builder()
          .add(new ModelJsonAdapterFactory())
          .build()
          .adapter(ParticipantSubscription.class);

  @Test
  void buildNamesMissingRequiredProperty() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ParticipantSubscription.builder().addStreamAlias("microphone").build());

    assertEquals("Missing required properties: participantId", e.getMessage());
  }

  @Test
  void requiredPropertyRejectsNull() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ParticipantSubscription.builder().participantId(null));

    assertEquals("participantId == null", e.getMessage());
  }

  @Test
  void decodingWithoutRequiredPropertyFails() {
    JsonDataException missing =
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"streamAliases\":[]}"));
    JsonDataException nulled =
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"participantId\":null}"));

    assertEquals("Missing required properties: participantId at $", missing.getMessage());
    assertEquals("Non-null value 'participantId' was null at $.participantId", nulled.getMessage());
  }

  @Test
  void streamAliasesKeepOrderAndDropDuplicates() throws Exception {
    ParticipantSubscription subscription =
        adapter.fromJson(
            "{\"participantId\":\"p\","
                + "\"streamAliases\":[\"screenShare\",\"microphone\",\"screenShare\"]}");

    assertEquals(
        Arrays.asList("screenShare", "microphone"),
        Arrays.asList(subscription.streamAliases().toArray()));
    assertEquals(
        "{\"participantId\":\"p\",\"streamAliases\":[\"screenShare\",\"microphone\"]}",
        adapter.toJson(subscription));
  }
}
