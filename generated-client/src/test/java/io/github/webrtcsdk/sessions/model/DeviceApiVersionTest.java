package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;

/** The enum that changed case and lost values upstream: old values still decode. */
final class DeviceApiVersionTest {
  private final JsonAdapter<Participant> adapter =
      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build().adapter(Participant.class);

  @Test
  void lowercaseLegacySpellingIsTheConstant() throws Exception {
    Participant participant = adapter.fromJson("{\"deviceApiVersion\":\"v3\"}");

    assertSame(DeviceApiVersion.V3, participant.deviceApiVersion());
    assertEquals("{\"deviceApiVersion\":\"V3\"}", adapter.toJson(participant));
  }

  @Test
  void removedValueDecodesAndIsSentBackUnchanged() throws Exception {
    Participant participant = adapter.fromJson("{\"deviceApiVersion\":\"V2\"}");

    assertFalse(participant.deviceApiVersion().isKnown());
    assertEquals("V2", participant.deviceApiVersion().value());
    assertEquals("{\"deviceApiVersion\":\"V2\"}", adapter.toJson(participant));
  }
}
