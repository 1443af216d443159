package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.Closeable;
import java.io.IOException;

/**
 * The two benchmarked calls, each complete and blocking: request written, response read and
 * decoded, failure statuses turned into exceptions.
 */
public interface Calls extends Closeable {
  /** The account every call is made for. */
  String ACCOUNT_ID = "9900000";
  /** The participant fetched and updated. */
  String PARTICIPANT_ID = "568749d5-04d5-483d-adf5-deac7dd3d521";
  /** The session whose subscriptions are replaced. */
  String SESSION_ID = "d8886aad-b956-4e1b-b2f4-d7c9f8162772";
  /** HTTP Basic credentials. */
  String USERNAME = "bench-user";
  String PASSWORD = "bench-password";

  /** Fetches {@link #PARTICIPANT_ID} and returns the decoded participant. */
  Object getParticipant() throws IOException;

  /** Replaces the participant's subscriptions with the 20x5 payload, decoded once up front. */
  void updateParticipantSubscriptions() throws IOException;

  /** Releases the client's connections and threads. */
  @Override
  void close();
}
