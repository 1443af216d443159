package com.example.rooms;

import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.Session;
import java.util.concurrent.CompletableFuture;

/** Keeps one WebRTC session per meeting room, as an application using the SDK would. */
public final class RoomService {
  private final WebRtcClient client;

  public RoomService(String baseUrl, String accountId, String username, String password) {
    this.client =
        WebRtcClient.builder()
            .baseUrl(baseUrl)
            .accountId(accountId)
            .basicAuth(username, password)
            .build();
  }

  /** Opens a session tagged with the room's name and returns its id. */
  public String open(String room) {
    Session session = client.sessions().createSession(Session.builder().tag(room).build());
    return session.id();
  }

  /** The room a session was opened for. */
  public String roomOf(String sessionId) {
    return client.sessions().getSession(sessionId).tag();
  }

  /**
   * Lets a person into the room with audio and video, subscribed to everyone in it; returns the
   * token their device connects with.
   */
  public CompletableFuture<String> join(String sessionId, String person) {
    CreateParticipantRequest request =
        CreateParticipantRequest.builder()
            .tag(person)
            .addPublishPermission(PublishPermission.AUDIO)
            .addPublishPermission(PublishPermission.VIDEO)
            .build();
    return client
        .participants()
        .createParticipantAsync(request)
        .thenCompose(
            (CreateParticipantResponse created) ->
                client
                    .sessions()
                    .addParticipantToSessionAsync(sessionId, created.participant().id())
                    .thenApply(ignored -> created.token()));
  }

  /** Closes the room's session. */
  public void close(String sessionId) {
    client.sessions().deleteSession(sessionId);
  }
}
