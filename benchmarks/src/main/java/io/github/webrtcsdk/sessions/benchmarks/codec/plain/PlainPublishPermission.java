package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

/** A kind of media a participant may send. */
public enum PlainPublishPermission {
  AUDIO,
  VIDEO
}
