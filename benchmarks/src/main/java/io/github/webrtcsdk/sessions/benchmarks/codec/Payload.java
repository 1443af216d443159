package io.github.webrtcsdk.sessions.benchmarks.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** The JSON documents every codec decodes and encodes, as UTF-8 bytes. */
public enum Payload {
  /** A participant in a session, subscribed to one other participant: 418 bytes. */
  PARTICIPANT("participant.json"),
  /** The answer to creating a participant: the participant and its token, 367 bytes. */
  CREATE_PARTICIPANT_RESPONSE("create-participant-response.json"),
  /** Subscriptions to 20 participants of 5 stream aliases each, a full session: 2,870 bytes. */
  SUBSCRIPTIONS_20X5("subscriptions-20x5.json");

  private final String resource;

  Payload(String resource) {
    this.resource = resource;
  }

  /** Returns a fresh copy of this payload's bytes, without the file's final newline. */
  public byte[] json() {
    try (InputStream in = Payload.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      byte[] bytes = in.readAllBytes();
      int end = bytes.length;
      while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
        end--;
      }
      return Arrays.copyOf(bytes, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
