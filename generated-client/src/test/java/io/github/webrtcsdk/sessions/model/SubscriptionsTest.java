package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Absent and empty participants mean different things to the API, and stay different. */
final class SubscriptionsTest {
  private final JsonAdapter<Subscriptions> adapter =
      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build().adapter(Subscriptions.class);

  @Test
  void wholeSessionHasNoParticipantsProperty() {
    Subscriptions wholeSession = Subscriptions.builder().sessionId("s1").build();

    assertFalse(wholeSession.hasParticipants());
    assertEquals(Collections.emptyList(), wholeSession.participants());
    assertEquals("{\"sessionId\":\"s1\"}", adapter.toJson(wholeSession));
  }

  @Test
  void emptyParticipantsIsSentAsEmptyArray() {
    Subscriptions none =
        Subscriptions.builder().sessionId("s1").participants(Collections.emptyList()).build();

    assertTrue(none.hasParticipants());
    assertEquals("{\"sessionId\":\"s1\",\"participants\":[]}", adapter.toJson(none));
    assertNotEquals(Subscriptions.builder().sessionId("s1").build(), none);
  }

  @Test
  void emptyObjectRoundTrips() throws Exception {
    assertEquals("{}", adapter.toJson(adapter.fromJson("{}")));
    assertEquals(Subscriptions.builder().build(), adapter.fromJson("{}"));
  }
}
