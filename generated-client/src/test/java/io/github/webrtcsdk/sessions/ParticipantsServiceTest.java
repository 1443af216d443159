package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.AUTHORIZATION;
import static io.github.webrtcsdk.sessions.TestServers.body;
import static io.github.webrtcsdk.sessions.TestServers.json;
import static io.github.webrtcsdk.sessions.TestServers.noContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.DeviceApiVersion;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.ParticipantSubscription;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Participants operation against a mock server: request, response, async and raw twins. */
final class ParticipantsServiceTest {
  private static final String PARTICIPANT_ID = "568749d5-04d5-483d-adf5-deac7dd3d521";
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI1Njg3NDlkNSJ9.c2lnbmF0dXJl";
  private static final String PARTICIPANT_JSON =
      "{\"id\":\""
          + PARTICIPANT_ID
          + "\",\"callbackUrl\":\"https://example.com/webrtc/callbacks\","
          + "\"publishPermissions\":[\"AUDIO\",\"VIDEO\"],"
          + "\"sessions\":[\"d8886aad-b956-4e1b-b2f4-d7c9f8162772\"],"
          + "\"subscriptions\":{\"sessionId\":\"d8886aad-b956-4e1b-b2f4-d7c9f8162772\","
          + "\"participants\":[{\"participantId\":\"0275e47f-dd21-4cf0-a1e1-dfdc719e73a7\","
          + "\"streamAliases\":[\"microphone\"]}]},"
          + "\"tag\":\"participant1\",\"deviceApiVersion\":\"V3\"}";
  private static final Participant PARTICIPANT =
      Participant.builder()
          .id(PARTICIPANT_ID)
          .callbackUrl("https://example.com/webrtc/callbacks")
          .addPublishPermission(PublishPermission.AUDIO)
          .addPublishPermission(PublishPermission.VIDEO)
          .addSession("d8886aad-b956-4e1b-b2f4-d7c9f8162772")
          .subscriptions(
              Subscriptions.builder()
                  .sessionId("d8886aad-b956-4e1b-b2f4-d7c9f8162772")
                  .addParticipant(
                      ParticipantSubscription.builder()
                          .participantId("0275e47f-dd21-4cf0-a1e1-dfdc719e73a7")
                          .addStreamAlias("microphone")
                          .build())
                  .build())
          .tag("participant1")
          .deviceApiVersion(DeviceApiVersion.V3)
          .build();
  private static final String CREATED_JSON =
      "{\"participant\":" + PARTICIPANT_JSON + ",\"token\":\"" + TOKEN + "\"}";

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
    return request;
  }

  @Test
  void createParticipantSendsRequestAndDecodesTokenAndParticipant() throws Exception {
    server.enqueue(json(200, CREATED_JSON));
    CreateParticipantRequest request =
        CreateParticipantRequest.builder()
            .callbackUrl("https://example.com/webrtc/callbacks")
            .addPublishPermission(PublishPermission.AUDIO)
            .addPublishPermission(PublishPermission.VIDEO)
            .tag("participant1")
            .deviceApiVersion(DeviceApiVersion.V3)
            .build();

    CreateParticipantResponse response = client.participants().createParticipant(request);

    assertEquals(TOKEN, response.token());
    assertEquals(PARTICIPANT, response.participant());
    RecordedRequest recorded = takeRequest("POST", "/v1/accounts/9900000/participants");
    assertEquals(
        "{\"callbackUrl\":\"https://example.com/webrtc/callbacks\","
            + "\"publishPermissions\":[\"AUDIO\",\"VIDEO\"],\"tag\":\"participant1\","
            + "\"deviceApiVersion\":\"V3\"}",
        body(recorded));
    assertEquals("application/json; charset=UTF-8", recorded.getHeaders().get("Content-Type"));
  }

  @Test
  void createParticipantSendsExplicitNullCallbackUrl() throws Exception {
    server.enqueue(json(200, CREATED_JSON));

    client
        .participants()
        .createParticipant(CreateParticipantRequest.builder().callbackUrl(null).build());

    assertEquals(
        "{\"callbackUrl\":null}", body(takeRequest("POST", "/v1/accounts/9900000/participants")));
  }

  @Test
  void createParticipantWithoutBodySendsNone() throws Exception {
    server.enqueue(json(200, CREATED_JSON));

    assertEquals(TOKEN, client.participants().createParticipant().token());

    RecordedRequest recorded = takeRequest("POST", "/v1/accounts/9900000/participants");
    assertEquals(0, recorded.getBodySize());
    assertEquals("0", recorded.getHeaders().get("Content-Length"));
  }

  @Test
  void createParticipantAsyncAndRaw() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, CREATED_JSON));
    }
    CreateParticipantRequest request = CreateParticipantRequest.builder().tag("t").build();
    ParticipantsService participants = client.participants();

    assertEquals(TOKEN, participants.createParticipantAsync(request).get().token());
    assertEquals("{\"tag\":\"t\"}", body(takeRequest("POST", "/v1/accounts/9900000/participants")));
    assertEquals(TOKEN, participants.createParticipantAsync().get().token());
    takeRequest("POST", "/v1/accounts/9900000/participants");
    ApiResponse<CreateParticipantResponse> raw =
        participants.withRawResponse().createParticipant(request);
    assertEquals(200, raw.statusCode());
    assertEquals("req-200", raw.headers().get("X-Request-Id"));
    assertEquals(PARTICIPANT, raw.body().participant());
    takeRequest("POST", "/v1/accounts/9900000/participants");
    assertEquals(
        TOKEN, participants.withRawResponse().createParticipantAsync().get().body().token());
    takeRequest("POST", "/v1/accounts/9900000/participants");
  }

  @Test
  void createdParticipantMayLackTheParticipant() throws Exception {
    server.enqueue(json(200, "{\"token\":\"" + TOKEN + "\"}"));

    CreateParticipantResponse response = client.participants().createParticipant();

    assertEquals(TOKEN, response.token());
    assertFalse(response.hasParticipant());
    assertNull(response.participant());
  }

  @Test
  void getParticipantDecodesEveryProperty() throws Exception {
    server.enqueue(json(200, PARTICIPANT_JSON));
    server.enqueue(json(200, PARTICIPANT_JSON));
    server.enqueue(json(200, PARTICIPANT_JSON));
    String target = "/v1/accounts/9900000/participants/" + PARTICIPANT_ID;

    Participant participant = client.participants().getParticipant(PARTICIPANT_ID);
    assertEquals(PARTICIPANT, participant);
    assertTrue(participant.additionalProperties().isEmpty());
    takeRequest("GET", target);
    assertEquals(PARTICIPANT, client.participants().getParticipantAsync(PARTICIPANT_ID).get());
    takeRequest("GET", target);
    ApiResponse<Participant> raw =
        client.participants().withRawResponse().getParticipant(PARTICIPANT_ID);
    assertEquals(200, raw.statusCode());
    assertEquals(PARTICIPANT, raw.body());
    takeRequest("GET", target);
  }

  @Test
  void deleteParticipantAnswers204() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    String target = "/v1/accounts/9900000/participants/" + PARTICIPANT_ID;

    client.participants().deleteParticipant(PARTICIPANT_ID);
    assertEquals(0, takeRequest("DELETE", target).getBodySize());
    assertNull(client.participants().deleteParticipantAsync(PARTICIPANT_ID).get());
    takeRequest("DELETE", target);
    ApiResponse<Void> raw =
        client.participants().withRawResponse().deleteParticipant(PARTICIPANT_ID);
    assertEquals(204, raw.statusCode());
    assertNull(raw.body());
    takeRequest("DELETE", target);
    assertEquals(
        204,
        client
            .participants()
            .withRawResponse()
            .deleteParticipantAsync(PARTICIPANT_ID)
            .get()
            .statusCode());
    takeRequest("DELETE", target);
  }

  @Test
  void successWithUnexpectedBodyOnVoidOperationIsIgnored() throws Exception {
    server.enqueue(json(200, "{\"deleted\":true}"));

    client.participants().deleteParticipant(PARTICIPANT_ID);

    takeRequest("DELETE", "/v1/accounts/9900000/participants/" + PARTICIPANT_ID);
  }

  @Test
  void emptyListsNeverNull() throws Exception {
    server.enqueue(json(200, "{\"id\":\"p\"}"));

    Participant participant = client.participants().getParticipant("p");

    assertEquals(Collections.emptySet(), participant.publishPermissions());
    assertEquals(Collections.emptyList(), participant.sessions());
    assertFalse(participant.hasPublishPermissions());
  }
}
