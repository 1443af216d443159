package io.github.webrtcsdk.sessions.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.BadRequestException;
import io.github.webrtcsdk.runtime.ConflictException;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.PermissionDeniedException;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.scenarios.Api.Style;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The API's rules, broken on purpose through the client against the fake, blocking and async:
 * each breach surfaces as its typed exception with the server's status and parsed error body.
 */
@ExtendWith(FakeWebRtcExtension.class)
final class RuleViolationsTest {
  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
  private static final Pattern REQUEST_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @ParameterizedTest
  @EnumSource(Style.class)
  void unknownIdsAre404(Style style, FakeWebRtcServer fake) {
    Api api = style.on(fake);
    String sessionId = api.createSession(Session.builder().build()).id();

    assertServiceError(404, "Session " + UNKNOWN_ID + " not found",
        assertThrows(NotFoundException.class, () -> api.getSession(UNKNOWN_ID)));
    assertServiceError(404, "Session " + UNKNOWN_ID + " not found",
        assertThrows(NotFoundException.class, () -> api.deleteSession(UNKNOWN_ID)));
    assertServiceError(404, "Session " + UNKNOWN_ID + " not found",
        assertThrows(NotFoundException.class, () -> api.listSessionParticipants(UNKNOWN_ID)));
    assertServiceError(404, "Participant " + UNKNOWN_ID + " not found",
        assertThrows(NotFoundException.class, () -> api.getParticipant(UNKNOWN_ID)));
    assertServiceError(404, "Participant " + UNKNOWN_ID + " not found",
        assertThrows(NotFoundException.class, () -> api.deleteParticipant(UNKNOWN_ID)));
    assertServiceError(404, "Participant " + UNKNOWN_ID + " not found",
        assertThrows(NotFoundException.class,
            () -> api.addParticipantToSession(sessionId, UNKNOWN_ID)));
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void participantNotInTheSessionIs404(Style style, FakeWebRtcServer fake) {
    Api api = style.on(fake);
    String sessionId = api.createSession(Session.builder().build()).id();
    String participantId = newParticipant(api, "outsider");

    assertServiceError(404, "Participant " + participantId + " is not in session " + sessionId,
        assertThrows(NotFoundException.class,
            () -> api.getParticipantSubscriptions(sessionId, participantId)));
    assertServiceError(404, "Participant " + participantId + " is not in session " + sessionId,
        assertThrows(NotFoundException.class,
            () -> api.removeParticipantFromSession(sessionId, participantId)));
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void twentyFirstParticipantIs400(Style style, FakeWebRtcServer fake) {
    Api api = style.on(fake);
    String sessionId = api.createSession(Session.builder().tag("full").build()).id();
    for (int i = 1; i <= 20; i++) {
      api.addParticipantToSession(sessionId, newParticipant(api, "member" + i));
    }
    String latecomer = newParticipant(api, "latecomer");

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> api.addParticipantToSession(sessionId, latecomer));

    assertServiceError(400, "Session " + sessionId + " already has 20 participants, the maximum",
        e);
    assertEquals(20, api.listSessionParticipants(sessionId).size());
    assertEquals(List.of(), api.getParticipant(latecomer).sessions());
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void participantInAnotherSessionIs409(Style style, FakeWebRtcServer fake) {
    Api api = style.on(fake);
    String first = api.createSession(Session.builder().tag("first").build()).id();
    String second = api.createSession(Session.builder().tag("second").build()).id();
    String participantId = newParticipant(api, "busy");
    api.addParticipantToSession(first, participantId);

    ConflictException e = assertThrows(ConflictException.class,
        () -> api.addParticipantToSession(second, participantId));

    assertServiceError(409, "Participant " + participantId + " is already in session " + first
        + "; a participant can be in one session at a time", e);
    assertEquals(List.of(first), api.getParticipant(participantId).sessions());
  }

  /**
   * Tags are at most 50 characters: the client's builders refuse a 51st before any request is
   * sent (the fake's own 400 for a long tag is tested in the testing module). A tag of exactly 50
   * characters reaches the server and comes back.
   */
  @ParameterizedTest
  @EnumSource(Style.class)
  void tagsOverFiftyCharactersNeverLeaveTheClient(Style style, FakeWebRtcServer fake) {
    Api api = style.on(fake);
    String fifty = "t".repeat(50);
    String fiftyOne = "t".repeat(51);
    assertEquals(fifty, api.createSession(Session.builder().tag(fifty).build()).tag());
    int requestsBefore = fake.requestCount();

    IllegalStateException session = assertThrows(IllegalStateException.class,
        () -> Session.builder().tag(fiftyOne).build());
    IllegalStateException participant = assertThrows(IllegalStateException.class,
        () -> CreateParticipantRequest.builder().tag(fiftyOne).build());

    assertEquals("tag must be at most 50 characters long, was 51", session.getMessage());
    assertEquals("tag must be at most 50 characters long, was 51", participant.getMessage());
    assertEquals(requestsBefore, fake.requestCount());
    assertEquals(1, fake.sessions().size());
    assertEquals(List.of(), fake.participants());
    assertEquals(List.of(), fake.validationReports());
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void wrongCredentialsAre401(Style style, FakeWebRtcServer fake) {
    WebRtcClient client = Api.client(fake, fake.username(), "not-the-password");
    Api api = style.on(client);

    UnauthorizedException e = assertThrows(UnauthorizedException.class,
        () -> api.createSession(Session.builder().build()));

    assertGatewayError(401, "Unauthorized", e);
    assertEquals(List.of(), fake.sessions());
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void anotherAccountIs403(Style style, FakeWebRtcServer fake) {
    WebRtcClient client = WebRtcClient.builder()
        .accountId("5550000")
        .basicAuth(fake.username(), fake.password())
        .baseUrl(fake.baseUrl())
        .build();
    Api api = style.on(client);

    PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
        () -> api.getSession(UNKNOWN_ID));

    assertGatewayError(403, "User is not authorized to access this resource", e);
  }

  private static String newParticipant(Api api, String tag) {
    return api.createParticipant(CreateParticipantRequest.builder().tag(tag).build())
        .participant().id();
  }

  private static void assertServiceError(int status, String error, ApiException e) {
    assertEquals(status, e.statusCode());
    assertEquals(error, e.error().error());
    assertNull(e.error().message());
    String requestId = e.error().requestId();
    assertTrue(REQUEST_ID.matcher(requestId).matches(), requestId);
    // The client cuts descriptions in its message at 200 characters; error() has them whole.
    String shown = error.length() > 200 ? error.substring(0, 200) + "..." : error;
    assertEquals("HTTP " + status + ": " + shown + " (requestId " + requestId + ")",
        e.getMessage());
    assertTrue(e.rawBody().contains(requestId), e.rawBody());
  }

  private static void assertGatewayError(int status, String message, ApiException e) {
    assertEquals(status, e.statusCode());
    assertEquals(message, e.error().message());
    assertNull(e.error().error());
    assertNull(e.error().requestId());
    assertEquals("HTTP " + status + ": " + message, e.getMessage());
    assertEquals("{\"message\":\"" + message + "\"}", e.rawBody());
  }
}
