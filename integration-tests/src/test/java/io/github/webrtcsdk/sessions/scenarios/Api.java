package io.github.webrtcsdk.sessions.scenarios;

import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The client's operations behind one interface, so that each scenario runs through the blocking
 * methods and again through the {@code ...Async} ones. The async flavour waits for each future
 * and rethrows what it failed with, exactly as the blocking method would have thrown it.
 */
interface Api {
  Session createSession(Session session);

  Session getSession(String sessionId);

  void deleteSession(String sessionId);

  List<Participant> listSessionParticipants(String sessionId);

  void addParticipantToSession(String sessionId, String participantId);

  void addParticipantToSession(String sessionId, String participantId, Subscriptions body);

  void removeParticipantFromSession(String sessionId, String participantId);

  Subscriptions getParticipantSubscriptions(String sessionId, String participantId);

  void updateParticipantSubscriptions(String sessionId, String participantId);

  void updateParticipantSubscriptions(String sessionId, String participantId, Subscriptions body);

  CreateParticipantResponse createParticipant(CreateParticipantRequest request);

  Participant getParticipant(String participantId);

  void deleteParticipant(String participantId);

  /** The two ways to call the client. */
  enum Style {
    BLOCKING(Blocking::new),
    ASYNC(Async::new);

    private final Function<WebRtcClient, Api> factory;

    Style(Function<WebRtcClient, Api> factory) {
      this.factory = factory;
    }

    Api on(WebRtcClient client) {
      return factory.apply(client);
    }

    /** Returns the API of a client configured for {@code fake} with its default credentials. */
    Api on(FakeWebRtcServer fake) {
      return on(client(fake, fake.username(), fake.password()));
    }
  }

  static WebRtcClient client(FakeWebRtcServer fake, String username, String password) {
    return WebRtcClient.builder()
        .accountId(fake.accountId())
        .basicAuth(username, password)
        .baseUrl(fake.baseUrl())
        .build();
  }

  /** The blocking methods, as they are. */
  final class Blocking implements Api {
    private final WebRtcClient client;

    Blocking(WebRtcClient client) {
      this.client = client;
    }

    @Override
    public Session createSession(Session session) {
      return client.sessions().createSession(session);
    }

    @Override
    public Session getSession(String sessionId) {
      return client.sessions().getSession(sessionId);
    }

    @Override
    public void deleteSession(String sessionId) {
      client.sessions().deleteSession(sessionId);
    }

    @Override
    public List<Participant> listSessionParticipants(String sessionId) {
      return client.sessions().listSessionParticipants(sessionId);
    }

    @Override
    public void addParticipantToSession(String sessionId, String participantId) {
      client.sessions().addParticipantToSession(sessionId, participantId);
    }

    @Override
    public void addParticipantToSession(
        String sessionId, String participantId, Subscriptions body) {
      client.sessions().addParticipantToSession(sessionId, participantId, body);
    }

    @Override
    public void removeParticipantFromSession(String sessionId, String participantId) {
      client.sessions().removeParticipantFromSession(sessionId, participantId);
    }

    @Override
    public Subscriptions getParticipantSubscriptions(String sessionId, String participantId) {
      return client.sessions().getParticipantSubscriptions(sessionId, participantId);
    }

    @Override
    public void updateParticipantSubscriptions(String sessionId, String participantId) {
      client.sessions().updateParticipantSubscriptions(sessionId, participantId);
    }

    @Override
    public void updateParticipantSubscriptions(
        String sessionId, String participantId, Subscriptions body) {
      client.sessions().updateParticipantSubscriptions(sessionId, participantId, body);
    }

    @Override
    public CreateParticipantResponse createParticipant(CreateParticipantRequest request) {
      return client.participants().createParticipant(request);
    }

    @Override
    public Participant getParticipant(String participantId) {
      return client.participants().getParticipant(participantId);
    }

    @Override
    public void deleteParticipant(String participantId) {
      client.participants().deleteParticipant(participantId);
    }
  }

  /** The {@code ...Async} methods, each awaited. */
  final class Async implements Api {
    private final WebRtcClient client;

    Async(WebRtcClient client) {
      this.client = client;
    }

    /** Waits for {@code future}, rethrowing its failure unwrapped. */
    static <T> T await(CompletableFuture<T> future) {
      try {
        return future.get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) throw runtime;
        if (cause instanceof Error error) throw error;
        throw new AssertionError("Async call failed with a checked exception", cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted", e);
      } catch (TimeoutException e) {
        throw new AssertionError("Async call did not complete in 10 s", e);
      }
    }

    @Override
    public Session createSession(Session session) {
      return await(client.sessions().createSessionAsync(session));
    }

    @Override
    public Session getSession(String sessionId) {
      return await(client.sessions().getSessionAsync(sessionId));
    }

    @Override
    public void deleteSession(String sessionId) {
      await(client.sessions().deleteSessionAsync(sessionId));
    }

    @Override
    public List<Participant> listSessionParticipants(String sessionId) {
      return await(client.sessions().listSessionParticipantsAsync(sessionId));
    }

    @Override
    public void addParticipantToSession(String sessionId, String participantId) {
      await(client.sessions().addParticipantToSessionAsync(sessionId, participantId));
    }

    @Override
    public void addParticipantToSession(
        String sessionId, String participantId, Subscriptions body) {
      await(client.sessions().addParticipantToSessionAsync(sessionId, participantId, body));
    }

    @Override
    public void removeParticipantFromSession(String sessionId, String participantId) {
      await(client.sessions().removeParticipantFromSessionAsync(sessionId, participantId));
    }

    @Override
    public Subscriptions getParticipantSubscriptions(String sessionId, String participantId) {
      return await(client.sessions().getParticipantSubscriptionsAsync(sessionId, participantId));
    }

    @Override
    public void updateParticipantSubscriptions(String sessionId, String participantId) {
      await(client.sessions().updateParticipantSubscriptionsAsync(sessionId, participantId));
    }

    @Override
    public void updateParticipantSubscriptions(
        String sessionId, String participantId, Subscriptions body) {
      await(client.sessions().updateParticipantSubscriptionsAsync(sessionId, participantId, body));
    }

    @Override
    public CreateParticipantResponse createParticipant(CreateParticipantRequest request) {
      return await(client.participants().createParticipantAsync(request));
    }

    @Override
    public Participant getParticipant(String participantId) {
      return await(client.participants().getParticipantAsync(participantId));
    }

    @Override
    public void deleteParticipant(String participantId) {
      await(client.participants().deleteParticipantAsync(participantId));
    }
  }
}
