package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class FaultTest {
  @Test
  void statusOutOfRangeIsRejected() {
    assertEquals("statusCode < 200 || statusCode > 599: 199",
        assertThrows(IllegalArgumentException.class, () -> Fault.status(199)).getMessage());
    assertEquals("statusCode < 200 || statusCode > 599: 600",
        assertThrows(IllegalArgumentException.class, () -> Fault.status(600)).getMessage());
    assertEquals(200, Fault.status(200).statusCode());
    assertEquals(599, Fault.status(599).statusCode());
  }

  @Test
  void withMethodsReturnNewFaults() {
    Fault plain = Fault.status(503);
    Fault withHeader = plain.withHeader("Retry-After", "1");
    Fault replaced = withHeader.withHeader("Retry-After", "2").withBody("{}");

    assertEquals(Map.of(), plain.headers());
    assertNull(plain.body());
    assertEquals(Map.of("Retry-After", "1"), withHeader.headers());
    assertEquals(Map.of("Retry-After", "2"), replaced.headers());
    assertEquals("{}", replaced.body());
  }

  @Test
  void argumentsAreChecked() {
    Fault fault = Fault.status(500);
    assertEquals("name == null",
        assertThrows(NullPointerException.class, () -> fault.withHeader(null, "v")).getMessage());
    assertEquals("value == null",
        assertThrows(NullPointerException.class, () -> fault.withHeader("n", null)).getMessage());
    assertEquals("name is empty",
        assertThrows(IllegalArgumentException.class, () -> fault.withHeader("", "v"))
            .getMessage());
    assertEquals("body == null",
        assertThrows(NullPointerException.class, () -> fault.withBody(null)).getMessage());
  }

  @Test
  void disconnectSendsNothing() {
    Fault disconnect = Fault.disconnect();

    assertTrue(disconnect.isDisconnect());
    assertEquals("a disconnect fault sends no response",
        assertThrows(IllegalStateException.class, () -> disconnect.withBody("{}")).getMessage());
    assertEquals("a disconnect fault sends no response",
        assertThrows(IllegalStateException.class, () -> disconnect.withHeader("a", "b"))
            .getMessage());
  }

  @Test
  void equalityAndToString() {
    assertEquals(Fault.status(429).withHeader("Retry-After", "1"),
        Fault.status(429).withHeader("Retry-After", "1"));
    assertEquals(Fault.status(429).hashCode(), Fault.status(429).hashCode());
    assertNotEquals(Fault.status(429), Fault.status(503));
    assertNotEquals(Fault.status(500), Fault.status(500).withBody("x"));
    assertEquals(Fault.disconnect(), Fault.disconnect());
    assertEquals("Fault{status=429, headers={Retry-After=1}}",
        Fault.status(429).withHeader("Retry-After", "1").toString());
    assertEquals("Fault{status=500, headers={}, body=x}",
        Fault.status(500).withBody("x").toString());
    assertEquals("Fault{disconnect}", Fault.disconnect().toString());
  }
}
