package io.github.webrtcsdk.sessions.examples;

import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.runtime.SdkException;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.ParticipantSubscription;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks a WebRTC session through its whole life and prints each step: create a session and two
 * participants, add them with subscriptions, change what one receives, list the session, remove
 * one participant, then delete everything.
 *
 * <p>Configuration comes from the environment:
 *
 * <ul>
 *   <li>Nothing set: the program starts the fake API ({@code webrtc-sessions-testing}) on {@code
 *       127.0.0.1} and runs against it. No network, no account.
 *   <li>{@code BW_ACCOUNT_ID}, and {@code BW_CLIENT_ID} and {@code BW_CLIENT_SECRET} (OAuth 2.0)
 *       or {@code BW_USERNAME} and {@code BW_PASSWORD} (HTTP Basic), read by {@link
 *       WebRtcClient#fromEnv()}: Bandwidth's API at {@code https://api.webrtc.bandwidth.com/v1},
 *       or {@code BW_BASE_URL} if set. This creates a real session and real participants, and
 *       deletes them again, also when a step fails.
 * </ul>
 *
 * <p>Run it from a clone of the repository:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am package -DskipTests
 * java -jar examples/target/webrtc-sessions-examples.jar
 * }</pre>
 */
public final class SessionLifecycle {
  static final String ACCOUNT_ID = "BW_ACCOUNT_ID";
  static final String USERNAME = "BW_USERNAME";
  static final String PASSWORD = "BW_PASSWORD";
  static final String BASE_URL = "BW_BASE_URL";
  static final String CLIENT_ID = "BW_CLIENT_ID";
  static final String CLIENT_SECRET = "BW_CLIENT_SECRET";

  private final WebRtcClient client;
  private final PrintStream out;
  private final List<String> participantIds = new ArrayList<>();
  private String sessionId;
  private int step;

  private SessionLifecycle(WebRtcClient client, PrintStream out) {
    this.client = client;
    this.out = out;
  }

  /**
   * Runs the walk-through with the configuration in the environment.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try {
      run(System.getenv(), System.out);
    } catch (IllegalStateException | IllegalArgumentException misconfigured) {
      System.err.println(misconfigured.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the walk-through against the API {@code environment} selects, printing to {@code out}.
   *
   * @throws IllegalStateException if the environment is only half configured
   * @throws IllegalArgumentException if a variable's value is not valid
   * @throws SdkException if a call fails
   */
  static void run(Map<String, String> environment, PrintStream out) {
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(out, "out == null");
    if (present(environment, ACCOUNT_ID, USERNAME, PASSWORD, BASE_URL, CLIENT_ID, CLIENT_SECRET)
        .isEmpty()) {
      try (FakeWebRtcServer fake = FakeWebRtcServer.builder().build().start()) {
        out.println("No " + ACCOUNT_ID + " set: using the fake WebRTC API at " + fake.baseUrl()
            + ", account " + fake.accountId() + ".");
        WebRtcClient client = WebRtcClient.builder()
            .accountId(fake.accountId())
            .basicAuth(fake.username(), fake.password())
            .baseUrl(fake.baseUrl())
            .build();
        walk(client, out);
      }
      return;
    }
    // Names what is missing, or that both kinds of credentials are set.
    WebRtcClient client = WebRtcClient.fromEnv(environment::get);
    out.println("Using the WebRTC API at " + client.baseUrl() + ", account "
        + client.accountId() + ".");
    walk(client, out);
  }

  /**
   * Walks a session through its life with {@code client}. If a step fails, deletes what was
   * created so far and rethrows.
   */
  static void walk(WebRtcClient client, PrintStream out) {
    new SessionLifecycle(client, out).walk();
  }

  private void walk() {
    boolean done = false;
    try {
      Session session = client.sessions().createSession(
          Session.builder().tag("example-standup").build());
      sessionId = session.id();
      say("Created session " + sessionId + " tagged \"" + session.tag() + "\".");

      String host = createParticipant("host", PublishPermission.AUDIO, PublishPermission.VIDEO);
      String guest = createParticipant("guest", PublishPermission.AUDIO);

      client.sessions().addParticipantToSession(sessionId, host);
      say("Added host to the session, receiving no media yet.");
      client.sessions().addParticipantToSession(sessionId, guest,
          Subscriptions.builder().sessionId(sessionId).build());
      say("Added guest to the session, receiving everyone in it, later members included.");

      client.sessions().updateParticipantSubscriptions(sessionId, host, Subscriptions.builder()
          .addParticipant(ParticipantSubscription.builder()
              .participantId(guest)
              .addStreamAlias("microphone")
              .build())
          .build());
      say("Host now receives guest's \"microphone\" stream only.");

      List<Participant> members = client.sessions().listSessionParticipants(sessionId);
      List<String> names = new ArrayList<>();
      for (Participant member : members) names.add(member.tag());
      say("The session has " + members.size() + " participants: " + String.join(", ", names)
          + ".");
      say("Host receives " + describe(client.sessions()
          .getParticipantSubscriptions(sessionId, host), guest) + "; guest receives "
          + describe(client.sessions().getParticipantSubscriptions(sessionId, guest), guest)
          + ".");

      client.sessions().removeParticipantFromSession(sessionId, guest);
      Participant left = client.participants().getParticipant(guest);
      say("Removed guest from the session; it still exists, in " + left.sessions().size()
          + " sessions.");

      for (String participantId : new ArrayList<>(participantIds)) {
        client.participants().deleteParticipant(participantId);
        participantIds.remove(participantId);
      }
      say("Deleted both participants.");
      client.sessions().deleteSession(sessionId);
      say("Deleted session " + sessionId + ".");
      sessionId = null;
      done = true;
      out.println("Done.");
    } finally {
      if (!done) cleanUp();
    }
  }

  private String createParticipant(String tag, PublishPermission... permissions) {
    CreateParticipantResponse created = client.participants().createParticipant(
        CreateParticipantRequest.builder()
            .tag(tag)
            .publishPermissions(Arrays.asList(permissions))
            .build());
    String id = created.participant().id();
    participantIds.add(id);
    // The token is the device's secret: say that it came, never what it is.
    say("Created participant " + id + " \"" + tag + "\" publishing "
        + created.participant().publishPermissions() + "; its device token has "
        + created.token().length() + " characters.");
    return id;
  }

  /** Describes subscriptions in words: the whole session, some streams, or nothing. */
  private String describe(Subscriptions subscriptions, String guest) {
    if (subscriptions.participants().isEmpty()) {
      return subscriptions.hasSessionId() ? "the whole session" : "nothing";
    }
    List<String> parts = new ArrayList<>();
    for (ParticipantSubscription subscription : subscriptions.participants()) {
      String who = subscription.participantId().equals(guest) ? "guest" : "host";
      parts.add(subscription.streamAliases().isEmpty()
          ? who + "'s streams"
          : who + "'s " + new ArrayList<>(subscription.streamAliases()));
    }
    return String.join(", ", parts);
  }

  /** Deletes what a failed walk left behind, so that no real session outlives the program. */
  private void cleanUp() {
    List<String> leftovers = new ArrayList<>(participantIds);
    Collections.reverse(leftovers);
    for (String participantId : leftovers) {
      deleteQuietly("participant " + participantId,
          () -> client.participants().deleteParticipant(participantId));
    }
    if (sessionId != null) {
      String id = sessionId;
      deleteQuietly("session " + id, () -> client.sessions().deleteSession(id));
    }
  }

  private void deleteQuietly(String what, Runnable delete) {
    try {
      delete.run();
      out.println("Cleaned up " + what + ".");
    } catch (NotFoundException alreadyGone) {
      // Nothing left to clean.
    } catch (SdkException e) {
      // Reported, not thrown: the failure that started the clean-up is the one that matters.
      out.println("Could not clean up " + what + ": " + e.getMessage());
    }
  }

  private void say(String line) {
    out.println(++step + ". " + line);
  }

  private static String value(Map<String, String> environment, String name) {
    // Not trimmed: a password may start or end with a space.
    String value = environment.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  private static List<String> present(Map<String, String> environment, String... names) {
    List<String> result = new ArrayList<>();
    for (String name : names) {
      if (value(environment, name) != null) result.add(name);
    }
    return result;
  }
}
