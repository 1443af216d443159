package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

/** The answer to creating a participant, as a plain class. */
public final class PlainCreateParticipantResponse {
  PlainParticipant participant;
  String token;
}
