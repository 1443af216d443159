package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.testing.TestHttp.Result;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class FakeWebRtcServerTest {
  private static final String UUID = "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

  private FakeWebRtcServer fake;
  private TestHttp http;

  @BeforeEach
  void start() {
    fake = FakeWebRtcServer.builder().build().start();
    http = TestHttp.basic(fake);
  }

  @AfterEach
  void everyExchangeMatchedTheSpec() {
    try {
      assertEquals(List.of(), fake.validationReports());
    } finally {
      fake.close();
    }
  }

  // Lifecycle and configuration.

  @Test
  void baseUrlIsLoopbackWithVersionPath() {
    assertTrue(fake.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v1"), fake.baseUrl());
  }

  @Test
  void defaultConfiguration() {
    assertEquals("9900000", fake.accountId());
    assertEquals("fake-user", fake.username());
    assertEquals("fake-password", fake.password());
    assertEquals("fake-access-token", fake.bearerToken());
    assertEquals(List.of("fake-access-token"), fake.bearerTokens());
  }

  @Test
  void baseUrlBeforeStartThrows() {
    try (FakeWebRtcServer unstarted = FakeWebRtcServer.builder().build()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, unstarted::baseUrl);
      assertEquals("not started", e.getMessage());
      assertEquals("FakeWebRtcServer{not started, accountId=9900000}", unstarted.toString());
    }
  }

  @Test
  void startTwiceThrows() {
    IllegalStateException e = assertThrows(IllegalStateException.class, fake::start);
    assertEquals("already started", e.getMessage());
  }

  @Test
  void closeStopsServingAndIsIdempotent() {
    String url = fake.baseUrl() + "/accounts/9900000/sessions";
    fake.close();
    fake.close();
    assertThrows(UncheckedIOException.class, () -> http.callUrl("POST", url, null));
    IllegalStateException e = assertThrows(IllegalStateException.class, fake::start);
    assertEquals("closed", e.getMessage());
    assertEquals("FakeWebRtcServer{closed, accountId=9900000}", fake.toString());
  }

  @Test
  void toStringShowsBaseUrl() {
    assertEquals("FakeWebRtcServer{" + fake.baseUrl() + ", accountId=9900000}", fake.toString());
  }

  @Test
  void builderRejectsInvalidArguments() {
    FakeWebRtcServer.Builder builder = FakeWebRtcServer.builder();
    assertEquals("accountId == null",
        assertThrows(NullPointerException.class, () -> builder.accountId(null)).getMessage());
    assertEquals("accountId is empty",
        assertThrows(IllegalArgumentException.class, () -> builder.accountId("")).getMessage());
    assertEquals("accountId contains '/': a/b",
        assertThrows(IllegalArgumentException.class, () -> builder.accountId("a/b"))
            .getMessage());
    assertEquals("username contains ':': a:b",
        assertThrows(IllegalArgumentException.class, () -> builder.basicCredentials("a:b", "p"))
            .getMessage());
    assertEquals("password == null",
        assertThrows(NullPointerException.class, () -> builder.basicCredentials("u", null))
            .getMessage());
    assertEquals("tokens contains a blank",
        assertThrows(IllegalArgumentException.class, () -> builder.bearerTokens("a", " "))
            .getMessage());
    assertEquals("fault == null",
        assertThrows(NullPointerException.class, () -> fake.failNext(null)).getMessage());
  }

  @Test
  void bearerTokenWhenBearerIsOffThrows() {
    try (FakeWebRtcServer noBearer = FakeWebRtcServer.builder().bearerTokens().build()) {
      assertEquals(List.of(), noBearer.bearerTokens());
      IllegalStateException e = assertThrows(IllegalStateException.class, noBearer::bearerToken);
      assertEquals("no bearer token is accepted", e.getMessage());
    }
  }

  // Sessions.

  @Test
  void createSessionWithTag() {
    Result result = http.post("/sessions", "{\"tag\":\"session1\"}");

    assertEquals(200, result.code());
    assertEquals("application/json", result.contentType());
    String id = (String) result.json().get("id");
    assertTrue(id.matches(UUID), id);
    assertEquals("{\"id\":\"" + id + "\",\"tag\":\"session1\"}", result.body());
    assertEquals(List.of(new FakeSession(id, "session1", List.of())), fake.sessions());
  }

  @Test
  void createSessionWithoutBodyOrWithEmptyObject() {
    Result noBody = http.post("/sessions", null);
    Result emptyObject = http.post("/sessions", "{}");

    assertEquals(200, noBody.code());
    assertEquals("{\"id\":\"" + noBody.json().get("id") + "\"}", noBody.body());
    assertEquals(200, emptyObject.code());
    assertEquals("{\"id\":\"" + emptyObject.json().get("id") + "\"}", emptyObject.body());
    assertNotEquals(noBody.json().get("id"), emptyObject.json().get("id"));
    assertEquals(2, fake.sessions().size());
  }

  @Test
  void createSessionIgnoresIdInBody() {
    Result result = http.post("/sessions", "{\"id\":\"mine\",\"tag\":\"t\"}");

    assertEquals(200, result.code());
    assertTrue(((String) result.json().get("id")).matches(UUID), result.body());
  }

  @Test
  void getSession() {
    String id = (String) http.post("/sessions", "{\"tag\":\"session1\"}").json().get("id");

    Result result = http.get("/sessions/" + id);

    assertEquals(200, result.code());
    assertEquals("{\"id\":\"" + id + "\",\"tag\":\"session1\"}", result.body());
  }

  @Test
  void getUnknownSessionIs404() {
    Result result = http.get("/sessions/75c21163-e110-41bc-bd76-1bb428ec85d5");

    assertEquals(404, result.code());
    assertEquals("Session 75c21163-e110-41bc-bd76-1bb428ec85d5 not found",
        result.errorWithoutRequestId());
  }

  @Test
  void deleteSession() {
    String id = http.createSession();

    Result result = http.delete("/sessions/" + id);

    assertEquals(204, result.code());
    assertEquals("", result.body());
    assertEquals(404, http.get("/sessions/" + id).code());
    assertEquals(404, http.delete("/sessions/" + id).code());
    assertEquals(List.of(), fake.sessions());
  }

  @Test
  void deleteSessionKeepsItsParticipantsOutsideAnySession() {
    String session = http.createSession();
    String participant = http.createParticipant();
    http.add(session, participant, "{\"sessionId\":\"" + session + "\"}");

    assertEquals(204, http.delete("/sessions/" + session).code());

    Result result = http.get("/participants/" + participant);
    assertEquals(200, result.code());
    assertEquals("{\"id\":\"" + participant + "\",\"callbackUrl\":null,\"sessions\":[],"
        + "\"deviceApiVersion\":\"V3\"}", result.body());
    String other = http.createSession();
    http.add(other, participant, null);
    assertEquals(other, fake.participants().get(0).sessionId());
  }

  @Test
  void listParticipantsOfEmptySessionIs204() {
    String session = http.createSession();

    Result result = http.get("/sessions/" + session + "/participants");

    assertEquals(204, result.code());
    assertEquals("", result.body());
  }

  @Test
  void listParticipants() {
    String session = http.createSession();
    Map<String, Object> created = http.post("/participants",
        "{\"publishPermissions\":[\"AUDIO\"],\"tag\":\"p1\"}").json();
    @SuppressWarnings("unchecked")
    String first = (String) ((Map<String, Object>) created.get("participant")).get("id");
    String second = http.createParticipant();
    http.add(session, first, null);
    http.add(session, second, "{\"participants\":[{\"participantId\":\"" + first + "\"}]}");

    Result result = http.get("/sessions/" + session + "/participants");

    assertEquals(200, result.code());
    assertEquals("[{\"id\":\"" + first + "\",\"callbackUrl\":null,"
        + "\"publishPermissions\":[\"AUDIO\"],"
        + "\"sessions\":[\"" + session + "\"],\"tag\":\"p1\",\"deviceApiVersion\":\"V3\"},"
        + "{\"id\":\"" + second + "\",\"callbackUrl\":null,\"sessions\":[\"" + session + "\"],"
        + "\"subscriptions\":{\"sessionId\":\"" + session + "\",\"participants\":"
        + "[{\"participantId\":\"" + first + "\"}]},\"deviceApiVersion\":\"V3\"}]",
        result.body());
  }

  @Test
  void listParticipantsOfUnknownSessionIs404() {
    Result result = http.get("/sessions/nope/participants");

    assertEquals(404, result.code());
    assertEquals("Session nope not found", result.errorWithoutRequestId());
  }

  // Participants.

  @Test
  void createParticipant() {
    Result result = http.post("/participants", "{\"callbackUrl\":\"https://example.com/cb\","
        + "\"publishPermissions\":[\"AUDIO\",\"VIDEO\"],\"tag\":\"participant1\","
        + "\"deviceApiVersion\":\"V3\"}");

    assertEquals(200, result.code());
    @SuppressWarnings("unchecked")
    String id = (String) ((Map<String, Object>) result.json().get("participant")).get("id");
    String token = (String) result.json().get("token");
    assertTrue(id.matches(UUID), id);
    assertEquals("{\"participant\":{\"id\":\"" + id + "\","
        + "\"callbackUrl\":\"https://example.com/cb\","
        + "\"publishPermissions\":[\"AUDIO\",\"VIDEO\"],\"sessions\":[],\"tag\":\"participant1\","
        + "\"deviceApiVersion\":\"V3\"},\"token\":\"" + token + "\"}", result.body());
    String[] parts = token.split("\\.");
    assertEquals(3, parts.length, token);
    assertEquals("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", base64UrlDecode(parts[0]));
    assertTrue(base64UrlDecode(parts[1]).matches("\\{\"iss\":\"webrtc-sessions-testing\","
        + "\"sub\":\"" + id + "\",\"accountId\":\"9900000\",\"iat\":\\d+}"), parts[1]);
    assertEquals(32, Base64.getUrlDecoder().decode(parts[2]).length);
    assertEquals(List.of(new FakeParticipant(id, "participant1", "https://example.com/cb",
        List.of("AUDIO", "VIDEO"), "V3", null, List.of())), fake.participants());
  }

  @Test
  void createParticipantWithoutBody() {
    Result result = http.post("/participants", null);

    assertEquals(200, result.code());
    @SuppressWarnings("unchecked")
    String id = (String) ((Map<String, Object>) result.json().get("participant")).get("id");
    assertEquals("{\"participant\":{\"id\":\"" + id + "\",\"callbackUrl\":null,\"sessions\":[],"
        + "\"deviceApiVersion\":\"V3\"},\"token\":\"" + result.json().get("token") + "\"}",
        result.body());
  }

  @Test
  void createParticipantWithNullCallbackUrl() {
    Result result = http.post("/participants", "{\"callbackUrl\":null}");

    assertEquals(200, result.code());
    assertEquals(null, fake.participants().get(0).callbackUrl());
  }

  @Test
  void getParticipantListsItsSession() {
    String session = http.createSession();
    String participant = http.createParticipant();
    http.add(session, participant, null);

    Result result = http.get("/participants/" + participant);

    assertEquals(200, result.code());
    assertEquals("{\"id\":\"" + participant + "\",\"callbackUrl\":null,\"sessions\":[\""
        + session + "\"],\"deviceApiVersion\":\"V3\"}", result.body());
  }

  @Test
  void getUnknownParticipantIs404() {
    Result result = http.get("/participants/568749d5-04d5-483d-adf5-deac7dd3d521");

    assertEquals(404, result.code());
    assertEquals("Participant 568749d5-04d5-483d-adf5-deac7dd3d521 not found",
        result.errorWithoutRequestId());
  }

  @Test
  void deleteParticipant() {
    String participant = http.createParticipant();

    Result result = http.delete("/participants/" + participant);

    assertEquals(204, result.code());
    assertEquals(404, http.get("/participants/" + participant).code());
    assertEquals(404, http.delete("/participants/" + participant).code());
    assertEquals(List.of(), fake.participants());
  }

  @Test
  void deleteParticipantRemovesItFromItsSession() {
    String session = http.createSession();
    String leaving = http.createParticipant();
    String staying = http.createParticipant();
    http.add(session, leaving, null);
    http.add(session, staying, "{\"participants\":[{\"participantId\":\"" + leaving + "\"}]}");

    assertEquals(204, http.delete("/participants/" + leaving).code());

    assertEquals(List.of(staying), fake.sessions().get(0).participantIds());
    // Its only subscription named the deleted participant, so none is left.
    assertEquals(204,
        http.get("/sessions/" + session + "/participants/" + staying + "/subscriptions").code());
  }

  // Adding and removing participants.

  @Test
  void addWithoutBodyJoinsWithoutMedia() {
    String session = http.createSession();
    String participant = http.createParticipant();

    Result result = http.put("/sessions/" + session + "/participants/" + participant, null);

    assertEquals(204, result.code());
    assertEquals("", result.body());
    assertEquals(List.of(participant), fake.sessions().get(0).participantIds());
    assertEquals(session, fake.participants().get(0).sessionId());
    assertEquals(204,
        http.get("/sessions/" + session + "/participants/" + participant + "/subscriptions")
            .code());
  }

  @Test
  void addWithEmptyObjectJoinsWithoutMedia() {
    String session = http.createSession();
    String participant = http.createParticipant();

    http.add(session, participant, "{}");

    assertEquals(204,
        http.get("/sessions/" + session + "/participants/" + participant + "/subscriptions")
            .code());
  }

  @Test
  void sessionHoldsAtMostTwentyParticipants() {
    String session = http.createSession();
    for (int i = 0; i < 20; i++) http.add(session, http.createParticipant(), null);
    String twentyFirst = http.createParticipant();

    Result result = http.put("/sessions/" + session + "/participants/" + twentyFirst, null);

    assertEquals(400, result.code());
    assertEquals("Session " + session + " already has 20 participants, the maximum",
        result.errorWithoutRequestId());
    assertEquals(20, fake.sessions().get(0).participantIds().size());
    assertEquals(null, fake.participants().get(20).sessionId());
  }

  @Test
  void addingAMemberAgainToAFullSessionIsAllowed() {
    String session = http.createSession();
    String first = http.createParticipant();
    http.add(session, first, null);
    for (int i = 0; i < 19; i++) http.add(session, http.createParticipant(), null);

    http.add(session, first, "{\"sessionId\":\"" + session + "\"}");

    assertEquals(20, fake.sessions().get(0).participantIds().size());
    assertEquals(19, fake.participants().get(0).subscribedTo().size());
  }

  @Test
  void participantInAnotherSessionIs409() {
    String first = http.createSession();
    String second = http.createSession();
    String participant = http.createParticipant();
    http.add(first, participant, null);

    Result result = http.put("/sessions/" + second + "/participants/" + participant, null);

    assertEquals(409, result.code());
    assertEquals("Participant " + participant + " is already in session " + first
        + "; a participant can be in one session at a time", result.errorWithoutRequestId());
    assertEquals(List.of(), fake.sessions().get(1).participantIds());
  }

  @Test
  void addToUnknownSessionOrUnknownParticipantIs404() {
    String session = http.createSession();
    String participant = http.createParticipant();

    Result unknownSession = http.put("/sessions/s1/participants/" + participant, null);
    Result unknownParticipant = http.put("/sessions/" + session + "/participants/p1", null);

    assertEquals(404, unknownSession.code());
    assertEquals("Session s1 not found", unknownSession.errorWithoutRequestId());
    assertEquals(404, unknownParticipant.code());
    assertEquals("Participant p1 not found", unknownParticipant.errorWithoutRequestId());
  }

  @Test
  void removeParticipantFromSession() {
    String session = http.createSession();
    String participant = http.createParticipant();
    http.add(session, participant, "{\"sessionId\":\"" + session + "\"}");

    Result result = http.delete("/sessions/" + session + "/participants/" + participant);

    assertEquals(204, result.code());
    assertEquals(List.of(), fake.sessions().get(0).participantIds());
    FakeParticipant after = fake.participants().get(0);
    assertEquals(null, after.sessionId());
    assertEquals(List.of(), after.subscribedTo());
    Result subscriptions =
        http.get("/sessions/" + session + "/participants/" + participant + "/subscriptions");
    assertEquals(404, subscriptions.code());
    assertEquals("Participant " + participant + " is not in session " + session,
        subscriptions.errorWithoutRequestId());
  }

  @Test
  void removeParticipantNotInSessionIs404() {
    String session = http.createSession();
    String participant = http.createParticipant();

    Result result = http.delete("/sessions/" + session + "/participants/" + participant);

    assertEquals(404, result.code());
    assertEquals("Participant " + participant + " is not in session " + session,
        result.errorWithoutRequestId());
  }

  // Subscriptions.

  @Test
  void addWithParticipantsSubscribesToExactlyThose() {
    String session = http.createSession();
    String a = http.createParticipant();
    String b = http.createParticipant();
    String c = http.createParticipant();
    http.add(session, a, null);
    http.add(session, b, null);

    http.add(session, c, "{\"participants\":[{\"participantId\":\"" + a + "\","
        + "\"streamAliases\":[\"microphone\",\"screenShare\"]}]}");

    Result result = http.get("/sessions/" + session + "/participants/" + c + "/subscriptions");
    assertEquals(200, result.code());
    assertEquals("{\"sessionId\":\"" + session + "\",\"participants\":[{\"participantId\":\"" + a
        + "\",\"streamAliases\":[\"microphone\",\"screenShare\"]}]}", result.body());
    assertEquals(List.of(a), fake.participants().get(2).subscribedTo());
  }

  @Test
  void sessionIdAloneSubscribesToTheWholeSessionIncludingLaterMembers() {
    String session = http.createSession();
    String a = http.createParticipant();
    String b = http.createParticipant();
    String later = http.createParticipant();
    http.add(session, a, null);
    http.add(session, b, "{\"sessionId\":\"" + session + "\"}");
    assertEquals(List.of(a), fake.participants().get(1).subscribedTo());

    http.add(session, later, null);

    assertEquals(List.of(a, later), fake.participants().get(1).subscribedTo());
    Result result = http.get("/sessions/" + session + "/participants/" + b + "/subscriptions");
    assertEquals(200, result.code());
    assertEquals("{\"sessionId\":\"" + session + "\"}", result.body());
  }

  @Test
  void updateSubscriptionsReplaces() {
    String session = http.createSession();
    String a = http.createParticipant();
    String b = http.createParticipant();
    String c = http.createParticipant();
    http.add(session, a, null);
    http.add(session, b, null);
    http.add(session, c, "{\"participants\":[{\"participantId\":\"" + a + "\"}]}");
    String subscriptions = "/sessions/" + session + "/participants/" + c + "/subscriptions";

    Result result = http.put(subscriptions, "{\"sessionId\":\"" + session + "\","
        + "\"participants\":[{\"participantId\":\"" + b + "\",\"streamAliases\":[]}]}");

    assertEquals(204, result.code());
    assertEquals("", result.body());
    assertEquals("{\"sessionId\":\"" + session + "\",\"participants\":[{\"participantId\":\"" + b
        + "\",\"streamAliases\":[]}]}", http.get(subscriptions).body());
    assertEquals(List.of(b), fake.participants().get(2).subscribedTo());
  }

  @Test
  void updateSubscriptionsWithEmptyOrNoBodyRemovesThemAll() {
    String session = http.createSession();
    String a = http.createParticipant();
    http.add(session, a, "{\"sessionId\":\"" + session + "\"}");
    String subscriptions = "/sessions/" + session + "/participants/" + a + "/subscriptions";

    assertEquals(204, http.put(subscriptions, "{}").code());
    assertEquals(204, http.get(subscriptions).code());

    assertEquals(204, http.put(subscriptions, "{\"sessionId\":\"" + session + "\"}").code());
    assertEquals(200, http.get(subscriptions).code());
    assertEquals(204, http.put(subscriptions, null).code());
    assertEquals(204, http.get(subscriptions).code());
    assertEquals(204, http.put(subscriptions, "{\"participants\":[]}").code());
    assertEquals(204, http.get(subscriptions).code());
  }

  @Test
  void subscriptionsForUnknownIdsAre404() {
    String session = http.createSession();

    Result unknownSession = http.get("/sessions/s1/participants/p1/subscriptions");
    Result unknownParticipant =
        http.put("/sessions/" + session + "/participants/p1/subscriptions", "{}");

    assertEquals(404, unknownSession.code());
    assertEquals("Session s1 not found", unknownSession.errorWithoutRequestId());
    assertEquals(404, unknownParticipant.code());
    assertEquals("Participant p1 not found", unknownParticipant.errorWithoutRequestId());
  }

  @Test
  void subscribingToANonMemberIs400() {
    String session = http.createSession();
    String member = http.createParticipant();
    String outsider = http.createParticipant();
    http.add(session, member, null);

    Result result = http.put("/sessions/" + session + "/participants/" + member
        + "/subscriptions", "{\"participants\":[{\"participantId\":\"" + outsider + "\"}]}");

    assertEquals(400, result.code());
    assertEquals("Participant " + outsider + " is not in session " + session,
        result.errorWithoutRequestId());
  }

  @Test
  void subscribingTwiceToOneParticipantIs400() {
    String session = http.createSession();
    String a = http.createParticipant();
    String b = http.createParticipant();
    http.add(session, a, null);

    Result result = http.put("/sessions/" + session + "/participants/" + b,
        "{\"participants\":[{\"participantId\":\"" + a + "\"},{\"participantId\":\"" + a
            + "\",\"streamAliases\":[\"microphone\"]}]}");

    assertEquals(400, result.code());
    assertEquals("Participant " + a + " is listed more than once", result.errorWithoutRequestId());
    assertEquals(List.of(a), fake.sessions().get(0).participantIds());
  }

  @Test
  void sessionIdOfAnotherSessionIs400() {
    String session = http.createSession();
    String participant = http.createParticipant();

    Result result = http.put("/sessions/" + session + "/participants/" + participant,
        "{\"sessionId\":\"other\"}");

    assertEquals(400, result.code());
    assertEquals("sessionId other does not match session " + session + " in the path",
        result.errorWithoutRequestId());
    assertEquals(null, fake.participants().get(0).sessionId());
  }

  @Test
  void removingAParticipantDropsOthersSubscriptionsToIt() {
    String session = http.createSession();
    String a = http.createParticipant();
    String b = http.createParticipant();
    String c = http.createParticipant();
    http.add(session, a, null);
    http.add(session, b, null);
    http.add(session, c, "{\"participants\":[{\"participantId\":\"" + a + "\"},"
        + "{\"participantId\":\"" + b + "\"}]}");
    String whole = http.createParticipant();
    http.add(session, whole, "{\"sessionId\":\"" + session + "\"}");

    http.delete("/sessions/" + session + "/participants/" + a);

    assertEquals("{\"sessionId\":\"" + session + "\",\"participants\":[{\"participantId\":\"" + b
        + "\"}]}",
        http.get("/sessions/" + session + "/participants/" + c + "/subscriptions").body());
    assertEquals(List.of(b), fake.participants().get(2).subscribedTo());
    assertEquals(List.of(b, c), fake.participants().get(3).subscribedTo());
    assertEquals("{\"sessionId\":\"" + session + "\"}",
        http.get("/sessions/" + session + "/participants/" + whole + "/subscriptions").body());
  }

  // Tags.

  @Test
  void tagsOfFiftyCharactersAreAccepted() {
    String fifty = "x".repeat(50);

    assertEquals(200, http.post("/sessions", "{\"tag\":\"" + fifty + "\"}").code());
    assertEquals(200, http.post("/participants", "{\"tag\":\"" + fifty + "\"}").code());
  }

  @Test
  void tagsOverFiftyCharactersAre400() {
    String fiftyOne = "x".repeat(51);

    Result session = http.post("/sessions", "{\"tag\":\"" + fiftyOne + "\"}");
    Result participant = http.post("/participants", "{\"tag\":\"" + fiftyOne + "\"}");

    assertEquals(400, session.code());
    assertEquals("The request does not match the API spec: "
        + "validation.request.body.schema.maxLength: [Path '/tag'] String \"" + fiftyOne
        + "\" is too long (length: 51, maximum allowed: 50)", session.errorWithoutRequestId());
    assertEquals(400, participant.code());
    assertEquals(List.of(), fake.sessions());
    assertEquals(List.of(), fake.participants());
    assertEquals(2, fake.validationReports().size());
    fake.clearValidationReports();
  }

  // Authentication and routing.

  @Test
  void missingCredentialsAre401() {
    Result result = TestHttp.withAuthorization(fake, null).post("/sessions", null);

    assertEquals(401, result.code());
    assertEquals("{\"message\":\"Unauthorized\"}", result.body());
    assertEquals(List.of(), fake.sessions());
  }

  @Test
  void wrongBasicCredentialsAre401() {
    List<String> wrong = List.of(
        Credentials.basic("fake-user", "wrong"),
        Credentials.basic("someone", "fake-password"),
        "Basic not-base64!",
        "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
        "Digest fake-user");
    for (String authorization : wrong) {
      Result result = TestHttp.withAuthorization(fake, authorization).get("/sessions/x");
      assertEquals(401, result.code(), authorization);
      assertEquals("{\"message\":\"Unauthorized\"}", result.body(), authorization);
    }
  }

  @Test
  void configuredBasicCredentialsAreRequired() {
    try (FakeWebRtcServer custom = FakeWebRtcServer.builder()
        .basicCredentials("api-user", "s3cret").build().start()) {
      assertEquals(200, TestHttp.basic(custom).post("/sessions", null).code());
      assertEquals(401, TestHttp.withAuthorization(custom, Credentials.basic("fake-user",
          "fake-password")).post("/sessions", null).code());
      assertEquals(List.of(), custom.validationReports());
    }
  }

  @Test
  void bearerTokenIsAccepted() {
    Result result = TestHttp.withAuthorization(fake, "Bearer fake-access-token")
        .post("/sessions", "{\"tag\":\"bearer\"}");

    assertEquals(200, result.code());
    assertEquals("bearer", fake.sessions().get(0).tag());
  }

  @Test
  void wrongOrDisabledBearerTokenIs401() {
    Result wrong = TestHttp.withAuthorization(fake, "Bearer other").post("/sessions", null);
    assertEquals(401, wrong.code());
    assertEquals("{\"message\":\"Unauthorized\"}", wrong.body());

    try (FakeWebRtcServer several = FakeWebRtcServer.builder()
        .bearerTokens("t1", "t2").build().start()) {
      assertEquals(200,
          TestHttp.withAuthorization(several, "Bearer t2").post("/sessions", null).code());
      assertEquals(401, TestHttp.withAuthorization(several, "Bearer fake-access-token")
          .post("/sessions", null).code());
    }
    try (FakeWebRtcServer none = FakeWebRtcServer.builder().bearerTokens().build().start()) {
      assertEquals(401, TestHttp.withAuthorization(none, "Bearer ").post("/sessions", null)
          .code());
      assertEquals(401, TestHttp.withAuthorization(none, "Bearer fake-access-token")
          .post("/sessions", null).code());
    }
  }

  @Test
  void anotherAccountIs403() {
    Result result = http.callUrl("POST", fake.baseUrl() + "/accounts/1234567/sessions", null);

    assertEquals(403, result.code());
    assertEquals("{\"message\":\"User is not authorized to access this resource\"}",
        result.body());
    assertEquals(List.of(), fake.sessions());
  }

  @Test
  void customAccountIsServed() {
    try (FakeWebRtcServer custom =
        FakeWebRtcServer.builder().accountId("5550000").build().start()) {
      Result result = TestHttp.basic(custom).post("/sessions", null);
      assertEquals(200, result.code());
      assertEquals(403, TestHttp.basic(custom)
          .callUrl("POST", custom.baseUrl() + "/accounts/9900000/sessions", null).code());
    }
  }

  @Test
  void unknownPathOrMethodIs403MissingAuthenticationToken() {
    Result unknownPath = http.callUrl("GET", fake.baseUrl() + "/accounts/9900000/rooms", null);
    Result unknownMethod = http.call("PATCH", "/sessions", "{}");
    Result trailingSlash = TestHttp.withAuthorization(fake, null).post("/sessions/", null);
    Result noVersion = http.callUrl("GET",
        fake.baseUrl().replace("/v1", "") + "/accounts/9900000/sessions/x", null);

    for (Result result : List.of(unknownPath, unknownMethod, trailingSlash, noVersion)) {
      assertEquals(403, result.code(), result.toString());
      assertEquals("{\"message\":\"Missing Authentication Token\"}", result.body());
    }
    // Calling a path the API does not have is a bug in the caller: it is reported.
    List<ValidationReport> reports = fake.validationReports();
    assertEquals(4, reports.size());
    assertEquals(ValidationReport.Kind.REQUEST, reports.get(0).kind());
    assertEquals("GET", reports.get(0).method());
    assertEquals("/v1/accounts/9900000/rooms", reports.get(0).path());
    assertEquals(403, reports.get(0).statusCode());
    assertEquals(List.of("validation.request.path.missing: No API path found that matches "
        + "request '/v1/accounts/9900000/rooms'."), reports.get(0).messages());
    assertEquals(List.of("validation.request.operation.notAllowed: PATCH operation not allowed "
        + "on path '/v1/accounts/9900000/sessions'."), reports.get(1).messages());
    // The validator forgives these two; the fake says what is wrong itself.
    assertEquals(List.of("fake.request.path.unknown: No operation of the API matches POST "
        + "/v1/accounts/9900000/sessions/; paths start with /v1/accounts/{accountId}/ and have no "
        + "trailing slash."), reports.get(2).messages());
    assertEquals(List.of("fake.request.path.unknown: No operation of the API matches GET "
        + "/accounts/9900000/sessions/x; paths start with /v1/accounts/{accountId}/ and have no "
        + "trailing slash."), reports.get(3).messages());
    fake.clearValidationReports();
  }

  @Test
  void rejectedRequestsAreNotValidated() {
    TestHttp.withAuthorization(fake, null).post("/sessions", "{\"tag\":1}");
    http.callUrl("POST", fake.baseUrl() + "/accounts/1/sessions", "{\"tag\":1}");

    assertEquals(List.of(), fake.validationReports());
    assertEquals(2, fake.requestCount());
  }

  // Spec validation.

  @Test
  void requestWithWrongTypeIs400AndReported() {
    Result result = http.post("/sessions", "{\"tag\":123}");

    assertEquals(400, result.code());
    String expected = "validation.request.body.schema.type: [Path '/tag'] Instance type (integer) "
        + "does not match any allowed primitive type (allowed: [\"string\"])";
    assertEquals("The request does not match the API spec: " + expected,
        result.errorWithoutRequestId());
    assertEquals(List.of(), fake.sessions());
    assertEquals(List.of(new ValidationReport(ValidationReport.Kind.REQUEST, "POST",
        "/v1/accounts/9900000/sessions", 400, List.of(expected))), fake.validationReports());
    fake.clearValidationReports();
    assertEquals(List.of(), fake.validationReports());
  }

  @Test
  void requestWithUnknownPropertyIs400() {
    Result result = http.post("/participants", "{\"tags\":\"misspelled\"}");

    assertEquals(400, result.code());
    assertEquals("The request does not match the API spec: "
        + "validation.request.body.schema.additionalProperties: Object instance has properties "
        + "which are not allowed by the schema: [\"tags\"]", result.errorWithoutRequestId());
    assertEquals(List.of(), fake.participants());
    assertEquals(1, fake.validationReports().size());
    fake.clearValidationReports();
  }

  @Test
  void headRequestGetsHeadersOnly() {
    Result result = http.call("HEAD", "/sessions", null);

    assertEquals(403, result.code());
    assertEquals("", result.body());
    assertEquals(1, fake.validationReports().size());
    fake.clearValidationReports();
  }

  @Test
  void requestWithUnknownEnumValueIs400() {
    Result result = http.post("/participants", "{\"deviceApiVersion\":\"V2\"}");

    assertEquals(400, result.code());
    assertEquals(List.of(), fake.participants());
    assertEquals(1, fake.validationReports().size());
    fake.clearValidationReports();
  }

  @Test
  void requestWithMalformedJsonIs400() {
    Result result = http.post("/sessions", "{\"tag\":");

    assertEquals(400, result.code());
    assertTrue(result.errorWithoutRequestId()
        .startsWith("The request does not match the API spec: "), result.body());
    assertEquals(1, fake.validationReports().size());
    fake.clearValidationReports();
  }

  @Test
  void responseNotMatchingTheSpecIsReported() {
    fake.setResponseInterceptor(reply -> reply.statusCode == 200
        ? reply.withBody("{\"id\":42,\"tag\":\"session1\"}")
        : reply);

    Result result = http.post("/sessions", "{\"tag\":\"session1\"}");

    // The broken response still goes out, so the caller sees what the report is about.
    assertEquals(200, result.code());
    assertEquals("{\"id\":42,\"tag\":\"session1\"}", result.body());
    assertEquals(List.of(new ValidationReport(ValidationReport.Kind.RESPONSE, "POST",
        "/v1/accounts/9900000/sessions", 200,
        List.of("validation.response.body.schema.type: [Path '/id'] Instance type (integer) "
            + "does not match any allowed primitive type (allowed: [\"string\"])"))),
        fake.validationReports());
    fake.clearValidationReports();
  }

  @Test
  void undeclaredResponseStatusIsReported() {
    fake.setResponseInterceptor(reply -> new Reply(418, reply.headers, reply.body));

    assertEquals(418, http.post("/sessions", null).code());

    List<ValidationReport> reports = fake.validationReports();
    assertEquals(1, reports.size());
    assertEquals(List.of("validation.response.status.unknown: Response status 418 not defined "
        + "for path '/accounts/{accountId}/sessions'."), reports.get(0).messages());
    fake.clearValidationReports();
  }

  @Test
  void failureInsideTheFakeIs500AndReported() {
    fake.setResponseInterceptor(reply -> {
      throw new IllegalStateException("boom");
    });

    Result result = http.post("/sessions", null);

    assertEquals(500, result.code());
    String message = "The fake failed to answer: java.lang.IllegalStateException: boom";
    assertEquals(message, result.errorWithoutRequestId());
    assertEquals(List.of(new ValidationReport(ValidationReport.Kind.RESPONSE, "POST",
        "/v1/accounts/9900000/sessions", 500, List.of(message))), fake.validationReports());
    fake.clearValidationReports();
  }

  // Faults.

  @Test
  void failNextAnswersOneRequestWithTheStatus() {
    fake.failNext(503);

    Result failed = http.post("/sessions", "{\"tag\":\"retry\"}");
    Result retried = http.post("/sessions", "{\"tag\":\"retry\"}");

    assertEquals(503, failed.code());
    assertEquals("{\"message\":\"Service Unavailable\"}", failed.body());
    assertEquals("application/json", failed.contentType());
    assertEquals(200, retried.code());
    assertEquals(1, fake.sessions().size());
    assertEquals(2, fake.requestCount());
  }

  @Test
  void serviceStatusFaultsCarryAServiceErrorBody() {
    fake.failNext(500);
    fake.failNext(409);

    Result first = http.get("/sessions/x");
    Result second = http.get("/sessions/x");

    assertEquals(500, first.code());
    assertEquals("Internal error", first.errorWithoutRequestId());
    assertEquals(409, second.code());
    assertEquals("Conflict", second.errorWithoutRequestId());
    assertEquals(404, http.get("/sessions/x").code());
  }

  @Test
  void faultWithHeaderAndBody() {
    fake.failNext(Fault.status(429).withHeader("Retry-After", "2"));
    fake.failNext(Fault.status(502).withHeader("Retry-After", "0").withBody("not json"));

    Result first = TestHttp.withAuthorization(fake, null).post("/sessions", null);
    Result second = http.get("/sessions/x");

    assertEquals(429, first.code());
    assertEquals("2", first.header("Retry-After"));
    assertEquals("{\"message\":\"Too Many Requests\"}", first.body());
    assertEquals(502, second.code());
    assertEquals("0", second.header("Retry-After"));
    assertEquals("not json", second.body());
  }

  @Test
  void disconnectFaultDropsTheConnection() {
    fake.failNext(Fault.disconnect());

    assertThrows(UncheckedIOException.class, () -> http.post("/sessions", null));
    assertEquals(200, http.post("/sessions", null).code());
    assertEquals(1, fake.sessions().size());
    assertEquals(2, fake.requestCount());
  }

  // Inspection.

  @Test
  void resetForgetsEverything() {
    String session = http.createSession();
    http.add(session, http.createParticipant(), null);
    http.post("/sessions", "{\"tag\":1}");
    assertEquals(1, fake.validationReports().size());
    fake.failNext(500);
    String baseUrl = fake.baseUrl();

    fake.reset();

    assertEquals(List.of(), fake.sessions());
    assertEquals(List.of(), fake.participants());
    assertEquals(List.of(), fake.validationReports());
    assertEquals(0, fake.requestCount());
    assertEquals(baseUrl, fake.baseUrl());
    assertEquals(404, http.get("/sessions/" + session).code());
    assertEquals(200, http.post("/sessions", null).code());
  }

  @Test
  void snapshotsDoNotChangeAfterwards() {
    String session = http.createSession();
    List<FakeSession> before = fake.sessions();

    http.add(session, http.createParticipant(), null);

    assertEquals(List.of(), before.get(0).participantIds());
    assertThrows(UnsupportedOperationException.class,
        () -> before.get(0).participantIds().add("x"));
  }

  // Concurrency.

  @Test
  void concurrentCreatesAllSucceedWithDistinctIds() throws Exception {
    int count = 200;
    ExecutorService executor = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Result>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String body = "{\"tag\":\"s" + i + "\"}";
        calls.add(() -> http.post("/sessions", body));
      }
      Set<Object> ids = new HashSet<>();
      for (Future<Result> future : executor.invokeAll(calls, 60, TimeUnit.SECONDS)) {
        Result result = future.get();
        assertEquals(200, result.code(), result.toString());
        ids.add(result.json().get("id"));
      }
      assertEquals(count, ids.size());
      assertEquals(count, fake.sessions().size());
      assertEquals(count, fake.requestCount());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void concurrentAddsStopAtTwentyParticipants() throws Exception {
    String session = http.createSession();
    List<String> participants = new ArrayList<>();
    for (int i = 0; i < 40; i++) participants.add(http.createParticipant());
    ExecutorService executor = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Result>> calls = new ArrayList<>();
      for (String participant : participants) {
        calls.add(() -> http.put("/sessions/" + session + "/participants/" + participant,
            "{\"sessionId\":\"" + session + "\"}"));
      }
      int added = 0;
      int refused = 0;
      for (Future<Result> future : executor.invokeAll(calls, 60, TimeUnit.SECONDS)) {
        int code = future.get().code();
        if (code == 204) added++;
        if (code == 400) refused++;
      }
      assertEquals(20, added);
      assertEquals(20, refused);
      assertEquals(20, fake.sessions().get(0).participantIds().size());
      long inSession = fake.participants().stream().filter(p -> session.equals(p.sessionId()))
          .count();
      assertEquals(20, inSession);
    } finally {
      executor.shutdownNow();
    }
  }

  private static String base64UrlDecode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
