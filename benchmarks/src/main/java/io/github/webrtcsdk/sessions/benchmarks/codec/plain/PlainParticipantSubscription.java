package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

import java.util.List;

/** A subscription to one participant's streams, as a plain class. */
public final class PlainParticipantSubscription {
  String participantId;
  List<String> streamAliases;
}
