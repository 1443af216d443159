package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;

final class CreateParticipantRequestTest {
  private final JsonAdapter<CreateParticipantRequest> adapter =
      new Moshi.Builder()
          .add(new ModelJsonAdapterFactory())
          .build()
          .adapter(CreateParticipantRequest.class);

  @Test
  void explicitNullCallbackUrlIsSent() {
    CreateParticipantRequest request = CreateParticipantRequest.builder().callbackUrl(null).build();

    assertTrue(request.hasCallbackUrl());
    assertEquals("{\"callbackUrl\":null}", adapter.toJson(request));
  }

  @Test
  void defaultsAreLeftToTheServer() {
    CreateParticipantRequest request = CreateParticipantRequest.builder().build();

    // deviceApiVersion has a default in the spec; the client does not send it unasked.
    assertFalse(request.hasDeviceApiVersion());
    assertEquals("{}", adapter.toJson(request));
  }
}
