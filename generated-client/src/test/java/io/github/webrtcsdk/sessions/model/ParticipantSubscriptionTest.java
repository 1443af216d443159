package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
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

  @Test
  void manyStreamAliasesKeepOrderAndDropDuplicates() throws Exception {
    ParticipantSubscription subscription =
        adapter.fromJson(
            "{\"participantId\":\"p\",\"streamAliases\":"
                + "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"a\",\"j\",\"i\"]}");

    assertEquals(
        Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
        Arrays.asList(subscription.streamAliases().toArray()));
    assertEquals(
        "{\"participantId\":\"p\",\"streamAliases\":"
            + "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\"]}",
        adapter.toJson(subscription));
  }

  @Test
  void decodedStreamAliasesAreUnmodifiable() throws Exception {
    Set<String> aliases =
        adapter.fromJson("{\"participantId\":\"p\",\"streamAliases\":[\"microphone\"]}")
            .streamAliases();
    Iterator<String> iterator = aliases.iterator();
    iterator.next();

    assertThrows(UnsupportedOperationException.class, () -> aliases.add("camera"));
    assertThrows(UnsupportedOperationException.class, () -> aliases.remove("microphone"));
    assertThrows(UnsupportedOperationException.class, aliases::clear);
    assertThrows(UnsupportedOperationException.class, iterator::remove);
    assertEquals(Collections.singleton("microphone"), aliases);
  }

  @Test
  void changingACopyOfADecodedSubscriptionLeavesItUnchanged() throws Exception {
    ParticipantSubscription decoded =
        adapter.fromJson(
            "{\"participantId\":\"p\",\"streamAliases\":[\"microphone\",\"camera\"]}");

    ParticipantSubscription changed = decoded.toBuilder().addStreamAlias("screenShare").build();

    assertEquals(
        Arrays.asList("microphone", "camera"), Arrays.asList(decoded.streamAliases().toArray()));
    assertEquals(
        Arrays.asList("microphone", "camera", "screenShare"),
        Arrays.asList(changed.streamAliases().toArray()));
    assertEquals(decoded, decoded.toBuilder().build());
  }

  @Test
  void builderChangedAfterBuildLeavesBuiltSubscriptionUnchanged() {
    ParticipantSubscription.Builder builder =
        ParticipantSubscription.builder()
            .participantId("p")
            .streamAliases(Arrays.asList("microphone", "microphone"));
    ParticipantSubscription first = builder.build();

    ParticipantSubscription second =
        builder.addStreamAlias("camera").putAdditionalProperty("muted", true).build();

    assertEquals(Collections.singleton("microphone"), first.streamAliases());
    assertEquals(Collections.emptyMap(), first.additionalProperties());
    assertEquals(
        Arrays.asList("microphone", "camera"), Arrays.asList(second.streamAliases().toArray()));
    assertEquals(Collections.singletonMap("muted", true), second.additionalProperties());
  }

  @Test
  void additionalPropertiesOfACopyAreItsOwn() throws Exception {
    ParticipantSubscription decoded = adapter.fromJson("{\"participantId\":\"p\",\"muted\":true}");

    ParticipantSubscription changed =
        decoded
            .toBuilder()
            .putAdditionalProperty("volume", 3L)
            .removeAdditionalProperty("muted")
            .build();

    assertEquals(Collections.singletonMap("muted", true), decoded.additionalProperties());
    assertEquals(Collections.singletonMap("volume", 3L), changed.additionalProperties());
    assertEquals("{\"participantId\":\"p\",\"volume\":3}", adapter.toJson(changed));
  }
}
