package io.github.webrtcsdk.sessions.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.DeviceApiVersion;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.ParticipantSubscription;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import io.github.webrtcsdk.sessions.scenarios.Api.Style;
import io.github.webrtcsdk.sessions.testing.FakeParticipant;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole life of a session, through the client against the fake server, once with the
 * blocking methods and once with the async ones. The extension fails the test if any exchange
 * broke the spec.
 */
@ExtendWith(FakeWebRtcExtension.class)
final class SessionLifecycleTest {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern JWT =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  @ParameterizedTest
  @EnumSource(Style.class)
  void createFillReshapeAndTearDownASession(Style style, FakeWebRtcServer fake) {
    Api api = style.on(fake);

    // Create a session and three participants.
    Session session = api.createSession(Session.builder().tag("standup").build());
    assertTrue(UUID.matcher(session.id()).matches(), session.id());
    assertEquals("standup", session.tag());
    assertEquals(session, api.getSession(session.id()));
    String sessionId = session.id();

    CreateParticipantResponse alice = api.createParticipant(CreateParticipantRequest.builder()
        .tag("alice")
        .publishPermissions(List.of(PublishPermission.AUDIO, PublishPermission.VIDEO))
        .callbackUrl("https://example.com/webrtc/callbacks")
        .deviceApiVersion(DeviceApiVersion.V3)
        .build());
    assertTrue(JWT.matcher(alice.token()).matches(), alice.token());
    Participant created = alice.participant();
    assertTrue(UUID.matcher(created.id()).matches(), created.id());
    assertEquals("alice", created.tag());
    assertEquals(Set.of(PublishPermission.AUDIO, PublishPermission.VIDEO),
        created.publishPermissions());
    assertEquals("https://example.com/webrtc/callbacks", created.callbackUrl());
    assertEquals(DeviceApiVersion.V3, created.deviceApiVersion());
    assertEquals(List.of(), created.sessions());
    String aliceId = created.id();

    // A callbackUrl sent as null is kept as null, unlike one never set.
    String bobId = api.createParticipant(CreateParticipantRequest.builder()
        .tag("bob").addPublishPermission(PublishPermission.AUDIO).callbackUrl(null).build())
        .participant().id();
    Participant bob = api.getParticipant(bobId);
    assertTrue(bob.hasCallbackUrl());
    assertNull(bob.callbackUrl());
    String carolId = api.createParticipant(CreateParticipantRequest.builder()
        .tag("carol").addPublishPermission(PublishPermission.VIDEO).build())
        .participant().id();

    // Nobody in the session yet: the server answers 204, the client an empty list.
    assertEquals(List.of(), api.listSessionParticipants(sessionId));

    // Alice joins without media; Bob receives Alice's microphone; Carol the whole session.
    api.addParticipantToSession(sessionId, aliceId);
    assertEquals(Subscriptions.builder().build(),
        api.getParticipantSubscriptions(sessionId, aliceId));
    api.addParticipantToSession(sessionId, bobId, Subscriptions.builder()
        .addParticipant(ParticipantSubscription.builder()
            .participantId(aliceId).addStreamAlias("microphone").build())
        .build());
    assertEquals(Subscriptions.builder()
            .sessionId(sessionId)
            .addParticipant(ParticipantSubscription.builder()
                .participantId(aliceId).addStreamAlias("microphone").build())
            .build(),
        api.getParticipantSubscriptions(sessionId, bobId));
    api.addParticipantToSession(sessionId, carolId,
        Subscriptions.builder().sessionId(sessionId).build());
    assertEquals(Subscriptions.builder().sessionId(sessionId).build(),
        api.getParticipantSubscriptions(sessionId, carolId));
    assertEquals(Set.of(aliceId, bobId), Set.copyOf(subscribedTo(fake, carolId)));

    List<Participant> members = api.listSessionParticipants(sessionId);
    assertEquals(List.of(aliceId, bobId, carolId),
        members.stream().map(Participant::id).toList());
    for (Participant member : members) assertEquals(List.of(sessionId), member.sessions());
    assertEquals(List.of(sessionId), api.getParticipant(aliceId).sessions());

    // Updates replace: Alice now hears Bob and Carol; then nobody again.
    api.updateParticipantSubscriptions(sessionId, aliceId, Subscriptions.builder()
        .addParticipant(ParticipantSubscription.builder().participantId(bobId).build())
        .addParticipant(ParticipantSubscription.builder().participantId(carolId).build())
        .build());
    assertEquals(List.of(bobId, carolId), subscribedTo(fake, aliceId));
    api.updateParticipantSubscriptions(sessionId, aliceId, Subscriptions.builder()
        .addParticipant(ParticipantSubscription.builder().participantId(bobId).build())
        .build());
    assertEquals(List.of(bobId), subscribedTo(fake, aliceId));
    api.updateParticipantSubscriptions(sessionId, aliceId);
    assertEquals(Subscriptions.builder().build(),
        api.getParticipantSubscriptions(sessionId, aliceId));

    // Bob leaves: he is still a participant, in no session; Carol no longer hears him.
    api.removeParticipantFromSession(sessionId, bobId);
    assertEquals(List.of(aliceId, carolId),
        api.listSessionParticipants(sessionId).stream().map(Participant::id).toList());
    assertEquals(List.of(), api.getParticipant(bobId).sessions());
    assertEquals(List.of(aliceId), subscribedTo(fake, carolId));

    // Tear down: participants and session are gone for good.
    api.deleteParticipant(bobId);
    assertThrows(NotFoundException.class, () -> api.getParticipant(bobId));
    api.deleteSession(sessionId);
    assertThrows(NotFoundException.class, () -> api.getSession(sessionId));
    assertEquals(List.of(), api.getParticipant(aliceId).sessions());
    assertFalse(fake.participants().stream().anyMatch(p -> p.id().equals(bobId)));
    assertEquals(List.of(), fake.sessions());
  }

  @Test
  void twentyParticipantsJoinAtOnceThroughComposedFutures(FakeWebRtcServer fake) throws Exception {
    WebRtcClient client = Api.client(fake, fake.username(), fake.password());
    String sessionId = client.sessions().createSession(Session.builder().tag("all-hands").build())
        .id();

    List<CompletableFuture<String>> joined = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> client.participants()
            .createParticipantAsync(CreateParticipantRequest.builder().tag("p" + i).build())
            .thenCompose(created -> {
              String id = created.participant().id();
              return client.sessions().addParticipantToSessionAsync(sessionId, id)
                  .thenApply(added -> id);
            }))
        .toList();
    CompletableFuture.allOf(joined.toArray(new CompletableFuture<?>[0]))
        .get(10, TimeUnit.SECONDS);

    Set<String> ids = joined.stream().map(CompletableFuture::join).collect(Collectors.toSet());
    assertEquals(20, ids.size());
    assertEquals(ids, client.sessions().listSessionParticipantsAsync(sessionId)
        .thenApply(members -> members.stream().map(Participant::id).collect(Collectors.toSet()))
        .get(10, TimeUnit.SECONDS));
    // One session, twenty creates, twenty adds, one list: no retries, no extra calls.
    assertEquals(42, fake.requestCount());
  }

  private static List<String> subscribedTo(FakeWebRtcServer fake, String participantId) {
    for (FakeParticipant participant : fake.participants()) {
      if (participant.id().equals(participantId)) return participant.subscribedTo();
    }
    throw new AssertionError("The fake has no participant " + participantId);
  }
}
