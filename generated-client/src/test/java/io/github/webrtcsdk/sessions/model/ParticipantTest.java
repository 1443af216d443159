package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ParticipantTest {
  private final JsonAdapter<Participant> adapter =
      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build().adapter(Participant.class);

  @Test
  void callbackUrlAbsentNullOrSet() throws Exception {
    Participant absent = adapter.fromJson("{}");
    Participant explicitNull = adapter.fromJson("{\"callbackUrl\":null}");
    Participant set = adapter.fromJson("{\"callbackUrl\":\"https://example.com/cb\"}");

    assertFalse(absent.hasCallbackUrl());
    assertNull(absent.callbackUrl());
    assertTrue(explicitNull.hasCallbackUrl());
    assertNull(explicitNull.callbackUrl());
    assertTrue(set.hasCallbackUrl());
    assertEquals("https://example.com/cb", set.callbackUrl());
    assertNotEquals(absent, explicitNull);
    assertEquals("{}", adapter.toJson(absent));
    assertEquals("{\"callbackUrl\":null}", adapter.toJson(explicitNull));
    assertEquals("{\"callbackUrl\":\"https://example.com/cb\"}", adapter.toJson(set));
  }

  @Test
  void builderTellsNullFromAbsent() {
    assertEquals(
        "{\"callbackUrl\":null}", adapter.toJson(Participant.builder().callbackUrl(null).build()));
    assertEquals(
        "{}", adapter.toJson(Participant.builder().callbackUrl("x").clearCallbackUrl().build()));
    assertEquals("{}", adapter.toJson(Participant.builder().tag(null).build()));
  }

  @Test
  void unknownPropertiesAreKeptAndWrittenBack() throws Exception {
    String json =
        "{\"id\":\"p1\",\"tag\":\"t\",\"region\":\"eu\",\"limits\":{\"max\":20,\"ratio\":1.50,"
            + "\"big\":123456789012345678901234567890,\"flags\":[true,null,\"x\"]},\"gone\":null}";

    Participant participant = adapter.fromJson(json);

    Map<String, Object> unknown = participant.additionalProperties();
    assertEquals(
        Arrays.asList("region", "limits", "gone"), Arrays.asList(unknown.keySet().toArray()));
    assertEquals("eu", unknown.get("region"));
    @SuppressWarnings("unchecked") // Test: the shape is known.
    Map<String, Object> limits = (Map<String, Object>) unknown.get("limits");
    assertEquals(20L, limits.get("max"));
    assertEquals(new BigDecimal("1.50"), limits.get("ratio"));
    assertEquals(new BigDecimal("123456789012345678901234567890"), limits.get("big"));
    assertEquals(Arrays.asList(true, null, "x"), limits.get("flags"));
    assertTrue(unknown.containsKey("gone"));
    assertNull(unknown.get("gone"));
    assertEquals(json, adapter.toJson(participant));
    assertThrows(UnsupportedOperationException.class, () -> unknown.put("x", 1));
  }

  @Test
  void additionalPropertiesCanBeSetButNotForDeclaredNames() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", Arrays.asList(1, 2.5, "s"));
    Participant participant =
        Participant.builder()
            .tag("t")
            .putAdditionalProperty("extra", nested)
            .putAdditionalProperty("none", null)
            .build();

    assertEquals(
        "{\"tag\":\"t\",\"extra\":{\"a\":[1,2.5,\"s\"]},\"none\":null}",
        adapter.toJson(participant));
    IllegalArgumentException declared =
        assertThrows(
            IllegalArgumentException.class,
            () -> Participant.builder().putAdditionalProperty("tag", "x"));
    assertEquals(
        "tag is a declared property of Participant: use its builder method", declared.getMessage());
    IllegalArgumentException notJson =
        assertThrows(
            IllegalArgumentException.class,
            () -> Participant.builder().putAdditionalProperty("when", new Object()));
    assertEquals("when is not a JSON value: java.lang.Object", notJson.getMessage());
  }

  @Test
  void collectionsAreNeverNullAndUnmodifiable() {
    Participant participant = Participant.builder().build();

    assertEquals(Collections.emptySet(), participant.publishPermissions());
    assertEquals(Collections.emptyList(), participant.sessions());
    assertFalse(participant.hasSessions());
    Participant withSessions = Participant.builder().addSession("s1").build();
    assertThrows(UnsupportedOperationException.class, () -> withSessions.sessions().add("s2"));
  }

  @Test
  void emptyCollectionIsPresentAndWrittenBack() throws Exception {
    Participant participant = adapter.fromJson("{\"sessions\":[]}");

    assertTrue(participant.hasSessions());
    assertEquals("{\"sessions\":[]}", adapter.toJson(participant));
  }

  @Test
  void publishPermissionsAreAnOrderedSet() {
    Participant participant =
        Participant.builder()
            .publishPermissions(
                Arrays.asList(
                    PublishPermission.VIDEO, PublishPermission.AUDIO, PublishPermission.VIDEO))
            .addPublishPermission(PublishPermission.AUDIO)
            .build();

    assertEquals(
        Arrays.asList(PublishPermission.VIDEO, PublishPermission.AUDIO),
        Arrays.asList(participant.publishPermissions().toArray()));
    assertEquals("{\"publishPermissions\":[\"VIDEO\",\"AUDIO\"]}", adapter.toJson(participant));
  }

  @Test
  void nullElementsAreRejected() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> Participant.builder().sessions(Arrays.asList("a", null)));
    assertEquals("sessions contains null", e.getMessage());
    assertEquals(
        "session == null",
        assertThrows(NullPointerException.class, () -> Participant.builder().addSession(null))
            .getMessage());
  }

  @Test
  void builderCopiesAreIndependent() {
    // sessions holds at most one id (maxItems 1): the copy replaces it rather than adding one.
    Participant original =
        Participant.builder()
            .tag("a")
            .addSession("s1")
            .addPublishPermission(PublishPermission.AUDIO)
            .build();

    Participant changed =
        original
            .toBuilder()
            .tag("b")
            .sessions(Collections.singletonList("s2"))
            .addPublishPermission(PublishPermission.VIDEO)
            .build();

    assertEquals("a", original.tag());
    assertEquals(Collections.singletonList("s1"), original.sessions());
    assertEquals(Collections.singleton(PublishPermission.AUDIO), original.publishPermissions());
    assertEquals("b", changed.tag());
    assertEquals(Collections.singletonList("s2"), changed.sessions());
    assertEquals(
        new LinkedHashSet<>(Arrays.asList(PublishPermission.AUDIO, PublishPermission.VIDEO)),
        changed.publishPermissions());
    assertEquals(original, original.toBuilder().build());
  }

  @Test
  void nullForNonNullablePropertyReadsAsAbsent() throws Exception {
    // Strings, and each kind the property's adapter reads: a list, a set, a model, an enum.
    Participant participant =
        adapter.fromJson(
            "{\"tag\":null,\"sessions\":null,\"publishPermissions\":null,"
                + "\"subscriptions\":null,\"deviceApiVersion\":null}");

    assertFalse(participant.hasTag());
    assertFalse(participant.hasSessions());
    assertFalse(participant.hasPublishPermissions());
    assertFalse(participant.hasSubscriptions());
    assertFalse(participant.hasDeviceApiVersion());
    assertEquals("{}", adapter.toJson(participant));
  }

  @Test
  void toStringShowsPresentProperties() {
    Participant participant =
        Participant.builder()
            .id("p1")
            .callbackUrl(null)
            .addPublishPermission(PublishPermission.AUDIO)
            .putAdditionalProperty("region", "eu")
            .build();

    assertEquals(
        "Participant{id=p1, callbackUrl=null, publishPermissions=[AUDIO], region=eu}",
        participant.toString());
  }
}
