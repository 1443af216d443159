package com.example.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.sessions.testing.FakeParticipant;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The published client against the published fake server, both resolved through the BOM. */
@ExtendWith(FakeWebRtcExtension.class)
final class RoomServiceTest {
  @Test
  void opensOneTaggedSessionPerRoom(FakeWebRtcServer fake) {
    RoomService rooms = rooms(fake);

    String id = rooms.open("standup");

    assertEquals(1, fake.sessions().size());
    assertEquals(id, fake.sessions().get(0).id());
    assertEquals("standup", fake.sessions().get(0).tag());
    assertEquals("standup", rooms.roomOf(id));
  }

  @Test
  void joiningAddsAnAudioVideoParticipantToTheRoom(FakeWebRtcServer fake) throws Exception {
    RoomService rooms = rooms(fake);
    String id = rooms.open("standup");

    String token = rooms.join(id, "ada").get();

    assertEquals(3, token.split("\\.").length, "a JWT-shaped token: " + token);
    FakeParticipant ada = fake.participants().get(0);
    assertEquals("ada", ada.tag());
    assertEquals(Arrays.asList("AUDIO", "VIDEO"), ada.publishPermissions());
    assertEquals(id, ada.sessionId());
    assertEquals(Collections.singletonList(ada.id()), fake.sessions().get(0).participantIds());
  }

  @Test
  void closedRoomIsGone(FakeWebRtcServer fake) {
    RoomService rooms = rooms(fake);
    String id = rooms.open("retro");

    rooms.close(id);

    assertTrue(fake.sessions().isEmpty());
    NotFoundException e = assertThrows(NotFoundException.class, () -> rooms.roomOf(id));
    assertEquals(404, e.statusCode());
  }

  private static RoomService rooms(FakeWebRtcServer fake) {
    return new RoomService(fake.baseUrl(), fake.accountId(), fake.username(), fake.password());
  }
}
