package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

import java.util.List;

/** Whose media a participant receives, as a plain class. */
public final class PlainSubscriptions {
  String sessionId;
  List<PlainParticipantSubscription> participants;
}
