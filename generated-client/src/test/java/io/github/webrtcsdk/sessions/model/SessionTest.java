package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import org.junit.jupiter.api.Test;

final class SessionTest {
  private final JsonAdapter<Session> adapter =
      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build().adapter(Session.class);

  @Test
  void valueSemantics() {
    Session a = Session.builder().id("s1").tag("t").build();
    Session b = Session.builder().tag("t").id("s1").build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Session.builder().id("s1").build());
    assertNotEquals(a, a.toBuilder().putAdditionalProperty("x", 1).build());
    assertEquals("Session{id=s1, tag=t}", a.toString());
    assertEquals("Session{}", Session.builder().build().toString());
  }

  @Test
  void documentedExampleRoundTrips() throws Exception {
    String json = "{\"id\":\"75c21163-e110-41bc-bd76-1bb428ec85d5\",\"tag\":\"session1\"}";

    assertEquals(json, adapter.toJson(adapter.fromJson(json)));
  }

  @Test
  void explicitNullsSurviveAWriterThatSkipsNulls() throws Exception {
    Session session = adapter.fromJson("{\"extra\":null}");

    assertEquals("{\"extra\":null}", adapter.toJson(session));
    assertEquals("{\"extra\":null}", adapter.serializeNulls().toJson(session));
  }
}
