package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.AUTHORIZATION;
import static io.github.webrtcsdk.sessions.TestServers.body;
import static io.github.webrtcsdk.sessions.TestServers.json;
import static io.github.webrtcsdk.sessions.TestServers.noContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.ParticipantSubscription;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Sessions operation against a mock server: request, response, async and raw twins. */
final class SessionsServiceTest {
  private static final String SESSION_ID = "75c21163-e110-41bc-bd76-1bb428ec85d5";
  private static final String PARTICIPANT_ID = "568749d5-04d5-483d-adf5-deac7dd3d521";
  private static final String SESSION_JSON = "{\"id\":\"" + SESSION_ID + "\",\"tag\":\"session1\"}";
  private static final Session SESSION = Session.builder().id(SESSION_ID).tag("session1").build();
  private static final String SUBSCRIPTIONS_JSON =
      "{\"sessionId\":\"d8886aad-b956-4e1b-b2f4-d7c9f8162772\",\"participants\":["
          + "{\"participantId\":\"568749d5-04d5-483d-adf5-deac7dd3d521\","
          + "\"streamAliases\":[\"microphone\",\"screenShare\"]},"
          + "{\"participantId\":\"0275e47f-dd21-4cf0-a1e1-dfdc719e73a7\"}]}";
  private static final Subscriptions SUBSCRIPTIONS =
      Subscriptions.builder()
          .sessionId("d8886aad-b956-4e1b-b2f4-d7c9f8162772")
          .addParticipant(
              ParticipantSubscription.builder()
                  .participantId("568749d5-04d5-483d-adf5-deac7dd3d521")
                  .addStreamAlias("microphone")
                  .addStreamAlias("screenShare")
                  .build())
          .addParticipant(
              ParticipantSubscription.builder()
                  .participantId("0275e47f-dd21-4cf0-a1e1-dfdc719e73a7")
                  .build())
          .build();
  private static final String PARTICIPANTS_JSON =
      "[{\"id\":\"p1\",\"callbackUrl\":\"https://example.com/cb\","
          + "\"publishPermissions\":[\"AUDIO\",\"VIDEO\"],\"sessions\":[\""
          + SESSION_ID
          + "\"],"
          + "\"tag\":\"participant1\",\"deviceApiVersion\":\"V3\"},"
          + "{\"id\":\"p2\",\"callbackUrl\":null}]";

  @StartStop private final MockWebServer server = new MockWebServer();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = TestServers.client(server);
  }

  private RecordedRequest takeRequest(String method, String target) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(method, request.getMethod());
    assertEquals(target, request.getTarget());
    assertEquals(AUTHORIZATION, request.getHeaders().get("Authorization"));
    assertEquals("application/json", request.getHeaders().get("Accept"));
    return request;
  }

  private static void assertJsonBody(String expected, RecordedRequest request) {
    assertEquals(expected, body(request));
    assertEquals("application/json; charset=UTF-8", request.getHeaders().get("Content-Type"));
  }

  /** No body: none at all for GET and DELETE, an empty one for POST and PUT. */
  private static void assertNoBody(RecordedRequest request) {
    assertEquals(0, request.getBodySize());
    assertNull(request.getHeaders().get("Content-Type"));
    boolean sendsBody = request.getMethod().equals("POST") || request.getMethod().equals("PUT");
    assertEquals(sendsBody ? "0" : null, request.getHeaders().get("Content-Length"));
  }

  // createSession

  @Test
  void createSessionSendsBodyAndDecodesSession() throws Exception {
    server.enqueue(json(200, SESSION_JSON));

    Session session = client.sessions().createSession(Session.builder().tag("session1").build());

    assertEquals(SESSION, session);
    RecordedRequest request = takeRequest("POST", "/v1/accounts/9900000/sessions");
    assertJsonBody("{\"tag\":\"session1\"}", request);
  }

  @Test
  void createSessionWithoutBodySendsNone() throws Exception {
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().createSession());

    assertNoBody(takeRequest("POST", "/v1/accounts/9900000/sessions"));
  }

  @Test
  void createSessionAsyncAndRaw() throws Exception {
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().createSessionAsync(SESSION).get(5, TimeUnit.SECONDS));
    assertJsonBody(SESSION_JSON, takeRequest("POST", "/v1/accounts/9900000/sessions"));
    assertEquals(SESSION, client.sessions().createSessionAsync().get(5, TimeUnit.SECONDS));
    assertNoBody(takeRequest("POST", "/v1/accounts/9900000/sessions"));

    ApiResponse<Session> raw = client.sessions().withRawResponse().createSession(SESSION);
    assertEquals(200, raw.statusCode());
    assertEquals("req-200", raw.headers().get("X-Request-Id"));
    assertEquals(SESSION, raw.body());
    assertJsonBody(SESSION_JSON, takeRequest("POST", "/v1/accounts/9900000/sessions"));

    ApiResponse<Session> rawAsync =
        client.sessions().withRawResponse().createSessionAsync().get(5, TimeUnit.SECONDS);
    assertEquals(SESSION, rawAsync.body());
    assertNoBody(takeRequest("POST", "/v1/accounts/9900000/sessions"));
  }

  // getSession

  @Test
  void getSessionDecodesSession() throws Exception {
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSession(SESSION_ID));

    assertNoBody(takeRequest("GET", "/v1/accounts/9900000/sessions/" + SESSION_ID));
  }

  @Test
  void getSessionAsyncAndRaw() throws Exception {
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));

    assertEquals(SESSION, client.sessions().getSessionAsync(SESSION_ID).get(5, TimeUnit.SECONDS));
    ApiResponse<Session> raw = client.sessions().withRawResponse().getSession(SESSION_ID);
    assertEquals(200, raw.statusCode());
    assertEquals("application/json", raw.headers().get("Content-Type"));
    assertEquals(SESSION, raw.body());
    assertEquals(
        SESSION,
        client
            .sessions()
            .withRawResponse()
            .getSessionAsync(SESSION_ID)
            .get(5, TimeUnit.SECONDS)
            .body());
    for (int i = 0; i < 3; i++) {
      takeRequest("GET", "/v1/accounts/9900000/sessions/" + SESSION_ID);
    }
  }

  // deleteSession

  @Test
  void deleteSessionAnswers204() throws Exception {
    server.enqueue(noContent());

    client.sessions().deleteSession(SESSION_ID);

    assertNoBody(takeRequest("DELETE", "/v1/accounts/9900000/sessions/" + SESSION_ID));
  }

  @Test
  void deleteSessionAsyncAndRaw() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());

    assertNull(client.sessions().deleteSessionAsync(SESSION_ID).get(5, TimeUnit.SECONDS));
    ApiResponse<Void> raw = client.sessions().withRawResponse().deleteSession(SESSION_ID);
    assertEquals(204, raw.statusCode());
    assertNull(raw.body());
    assertEquals(
        204,
        client
            .sessions()
            .withRawResponse()
            .deleteSessionAsync(SESSION_ID)
            .get(5, TimeUnit.SECONDS)
            .statusCode());
    for (int i = 0; i < 3; i++) {
      takeRequest("DELETE", "/v1/accounts/9900000/sessions/" + SESSION_ID);
    }
  }

  // listSessionParticipants

  @Test
  void listSessionParticipantsDecodesList() throws Exception {
    server.enqueue(json(200, PARTICIPANTS_JSON));

    List<Participant> participants = client.sessions().listSessionParticipants(SESSION_ID);

    assertEquals(2, participants.size());
    Participant first = participants.get(0);
    assertEquals("p1", first.id());
    assertEquals("https://example.com/cb", first.callbackUrl());
    assertEquals(
        Arrays.asList(PublishPermission.AUDIO, PublishPermission.VIDEO),
        Arrays.asList(first.publishPermissions().toArray()));
    assertEquals(Collections.singletonList(SESSION_ID), first.sessions());
    assertEquals("participant1", first.tag());
    Participant second = participants.get(1);
    assertTrue(second.hasCallbackUrl());
    assertNull(second.callbackUrl());
    assertEquals(Collections.emptySet(), second.publishPermissions());
    assertThrows(UnsupportedOperationException.class, () -> participants.add(second));
    takeRequest("GET", "/v1/accounts/9900000/sessions/" + SESSION_ID + "/participants");
  }

  @Test
  void listSessionParticipants204IsEmptyList() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());

    assertEquals(Collections.emptyList(), client.sessions().listSessionParticipants(SESSION_ID));
    assertEquals(
        Collections.emptyList(),
        client.sessions().listSessionParticipantsAsync(SESSION_ID).get(5, TimeUnit.SECONDS));
    ApiResponse<List<Participant>> raw =
        client.sessions().withRawResponse().listSessionParticipants(SESSION_ID);
    assertEquals(204, raw.statusCode());
    assertEquals(Collections.emptyList(), raw.body());
    assertEquals(
        Collections.emptyList(),
        client
            .sessions()
            .withRawResponse()
            .listSessionParticipantsAsync(SESSION_ID)
            .get(5, TimeUnit.SECONDS)
            .body());
    for (int i = 0; i < 4; i++) {
      takeRequest("GET", "/v1/accounts/9900000/sessions/" + SESSION_ID + "/participants");
    }
  }

  // addParticipantToSession

  @Test
  void addParticipantToSessionSendsSubscriptions() throws Exception {
    server.enqueue(noContent());

    client.sessions().addParticipantToSession(SESSION_ID, PARTICIPANT_ID, SUBSCRIPTIONS);

    assertJsonBody(
        SUBSCRIPTIONS_JSON,
        takeRequest(
            "PUT",
            "/v1/accounts/9900000/sessions/" + SESSION_ID + "/participants/" + PARTICIPANT_ID));
  }

  @Test
  void addParticipantToSessionWithoutBodySendsNone() throws Exception {
    server.enqueue(noContent());

    client.sessions().addParticipantToSession(SESSION_ID, PARTICIPANT_ID);

    assertNoBody(
        takeRequest(
            "PUT",
            "/v1/accounts/9900000/sessions/" + SESSION_ID + "/participants/" + PARTICIPANT_ID));
  }

  @Test
  void addParticipantToSessionAsyncAndRaw() throws Exception {
    String target =
        "/v1/accounts/9900000/sessions/" + SESSION_ID + "/participants/" + PARTICIPANT_ID;
    for (int i = 0; i < 4; i++) {
      server.enqueue(noContent());
    }
    SessionsService sessions = client.sessions();

    assertNull(
        sessions.addParticipantToSessionAsync(SESSION_ID, PARTICIPANT_ID, SUBSCRIPTIONS).get());
    assertJsonBody(SUBSCRIPTIONS_JSON, takeRequest("PUT", target));
    assertNull(sessions.addParticipantToSessionAsync(SESSION_ID, PARTICIPANT_ID).get());
    assertNoBody(takeRequest("PUT", target));
    assertEquals(
        204,
        sessions
            .withRawResponse()
            .addParticipantToSession(SESSION_ID, PARTICIPANT_ID)
            .statusCode());
    assertNoBody(takeRequest("PUT", target));
    assertEquals(
        204,
        sessions
            .withRawResponse()
            .addParticipantToSessionAsync(SESSION_ID, PARTICIPANT_ID, SUBSCRIPTIONS)
            .get()
            .statusCode());
    assertJsonBody(SUBSCRIPTIONS_JSON, takeRequest("PUT", target));
  }

  // removeParticipantFromSession

  @Test
  void removeParticipantFromSessionAnswers204() throws Exception {
    String target =
        "/v1/accounts/9900000/sessions/" + SESSION_ID + "/participants/" + PARTICIPANT_ID;
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());

    client.sessions().removeParticipantFromSession(SESSION_ID, PARTICIPANT_ID);
    assertNoBody(takeRequest("DELETE", target));
    assertNull(
        client.sessions().removeParticipantFromSessionAsync(SESSION_ID, PARTICIPANT_ID).get());
    takeRequest("DELETE", target);
    assertEquals(
        204,
        client
            .sessions()
            .withRawResponse()
            .removeParticipantFromSession(SESSION_ID, PARTICIPANT_ID)
            .statusCode());
    takeRequest("DELETE", target);
  }

  // getParticipantSubscriptions

  @Test
  void getParticipantSubscriptionsDecodesSubscriptions() throws Exception {
    server.enqueue(json(200, SUBSCRIPTIONS_JSON));

    Subscriptions subscriptions =
        client.sessions().getParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID);

    assertEquals(SUBSCRIPTIONS, subscriptions);
    takeRequest(
        "GET",
        "/v1/accounts/9900000/sessions/"
            + SESSION_ID
            + "/participants/"
            + PARTICIPANT_ID
            + "/subscriptions");
  }

  @Test
  void getParticipantSubscriptions204IsEmptySubscriptions() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    Subscriptions empty = Subscriptions.builder().build();

    Subscriptions subscriptions =
        client.sessions().getParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID);
    assertEquals(empty, subscriptions);
    assertEquals(Collections.emptyList(), subscriptions.participants());
    assertNull(subscriptions.sessionId());
    assertEquals(
        empty,
        client.sessions().getParticipantSubscriptionsAsync(SESSION_ID, PARTICIPANT_ID).get());
    ApiResponse<Subscriptions> raw =
        client.sessions().withRawResponse().getParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID);
    assertEquals(204, raw.statusCode());
    assertEquals(empty, raw.body());
  }

  // updateParticipantSubscriptions

  @Test
  void updateParticipantSubscriptionsSendsFullReplacement() throws Exception {
    String target =
        "/v1/accounts/9900000/sessions/"
            + SESSION_ID
            + "/participants/"
            + PARTICIPANT_ID
            + "/subscriptions";
    for (int i = 0; i < 4; i++) {
      server.enqueue(noContent());
    }
    SessionsService sessions = client.sessions();

    sessions.updateParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID, SUBSCRIPTIONS);
    assertJsonBody(SUBSCRIPTIONS_JSON, takeRequest("PUT", target));
    sessions.updateParticipantSubscriptions(
        SESSION_ID, PARTICIPANT_ID, Subscriptions.builder().build());
    assertJsonBody("{}", takeRequest("PUT", target));
    sessions.updateParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID);
    assertNoBody(takeRequest("PUT", target));
    assertNull(
        sessions
            .updateParticipantSubscriptionsAsync(SESSION_ID, PARTICIPANT_ID, SUBSCRIPTIONS)
            .get());
    assertJsonBody(SUBSCRIPTIONS_JSON, takeRequest("PUT", target));
  }

  @Test
  void asyncFailureCompletesExceptionallyWithTypedException() {
    server.enqueue(json(404, "{\"error\":\"Not found\",\"requestId\":\"r1\"}"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> client.sessions().getSessionAsync(SESSION_ID).get());

    assertEquals(NotFoundException.class, e.getCause().getClass());
    assertEquals("HTTP 404: Not found (requestId r1)", e.getCause().getMessage());
  }

  @Test
  void serviceIsSharedPerClient() {
    assertTrue(client.sessions() == client.sessions());
    assertTrue(client.sessions().withRawResponse() == client.sessions().withRawResponse());
  }
}
