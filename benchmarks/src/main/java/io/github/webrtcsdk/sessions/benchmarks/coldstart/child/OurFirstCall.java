package io.github.webrtcsdk.sessions.benchmarks.coldstart.child;

import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.Participant;

/** A fresh JVM's whole first use of our client: build it, get one participant. */
public final class OurFirstCall {
  private OurFirstCall() {}

  /** Takes the base URL of a server that answers the participant. */
  public static void main(String[] args) {
    long mainStartNanos = System.nanoTime();
    WebRtcClient client = WebRtcClient.builder()
        .accountId(FirstCallReport.ACCOUNT_ID)
        .basicAuth(FirstCallReport.USERNAME, FirstCallReport.PASSWORD)
        .baseUrl(args[0])
        .build();
    Participant participant = client.participants().getParticipant(FirstCallReport.PARTICIPANT_ID);
    long doneNanos = System.nanoTime();
    long doneMillis = System.currentTimeMillis();
    if (!FirstCallReport.PARTICIPANT_ID.equals(participant.id())) {
      throw new IllegalStateException("unexpected participant " + participant);
    }
    FirstCallReport.print(mainStartNanos, doneNanos, doneMillis);
    System.exit(0); // Both children exit the same way, whatever threads their clients left.
  }
}
