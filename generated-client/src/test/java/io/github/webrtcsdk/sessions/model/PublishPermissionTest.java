package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;

/** An open enum: known values are constants, unknown ones decode and keep their text. */
final class PublishPermissionTest {
  private final Moshi moshi = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();

  @Test
  void knownValueIsTheConstant() {
    assertSame(PublishPermission.AUDIO, PublishPermission.of("AUDIO"));
    assertTrue(PublishPermission.AUDIO.isKnown());
    assertEquals(PublishPermission.Known.VIDEO, PublishPermission.VIDEO.known());
    assertEquals("AUDIO", PublishPermission.AUDIO.value());
    assertEquals("AUDIO", PublishPermission.AUDIO.toString());
  }

  @Test
  void knownValueInAnotherCaseIsTheConstant() {
    assertSame(PublishPermission.AUDIO, PublishPermission.of("audio"));
    assertSame(PublishPermission.VIDEO, PublishPermission.of("Video"));
  }

  @Test
  void unknownValueKeepsItsText() {
    PublishPermission screen = PublishPermission.of("SCREEN");

    assertFalse(screen.isKnown());
    assertEquals("SCREEN", screen.value());
    assertEquals(PublishPermission.of("SCREEN"), screen);
    assertEquals(PublishPermission.of("SCREEN").hashCode(), screen.hashCode());
    assertNotEquals(PublishPermission.of("screen"), screen);
    IllegalStateException e = assertThrows(IllegalStateException.class, screen::known);
    assertEquals(
        "PublishPermission SCREEN is unknown to this client; check isKnown() first",
        e.getMessage());
  }

  @Test
  void nullIsRejected() {
    assertEquals(
        "value == null",
        assertThrows(NullPointerException.class, () -> PublishPermission.of(null)).getMessage());
  }

  @Test
  void switchOnKnown() {
    assertEquals("audio only", describe(PublishPermission.of("audio")));
    assertEquals("unknown: SCREEN", describe(PublishPermission.of("SCREEN")));
  }

  private static String describe(PublishPermission permission) {
    if (!permission.isKnown()) {
      return "unknown: " + permission.value();
    }
    switch (permission.known()) {
      case AUDIO:
        return "audio only";
      case VIDEO:
        return "video";
      default:
        throw new AssertionError();
    }
  }

  @Test
  void unknownValueRoundTripsAndKnownCaseVariantNormalizes() throws Exception {
    JsonAdapter<Participant> adapter = moshi.adapter(Participant.class);

    Participant participant =
        adapter.fromJson("{\"publishPermissions\":[\"SCREEN\",\"audio\",\"VIDEO\"]}");

    assertEquals("[SCREEN, AUDIO, VIDEO]", participant.publishPermissions().toString());
    assertTrue(participant.publishPermissions().contains(PublishPermission.AUDIO));
    assertEquals(
        "{\"publishPermissions\":[\"SCREEN\",\"AUDIO\",\"VIDEO\"]}", adapter.toJson(participant));
  }
}
