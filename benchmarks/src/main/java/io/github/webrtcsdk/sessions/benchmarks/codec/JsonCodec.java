package io.github.webrtcsdk.sessions.benchmarks.codec;

import java.io.IOException;

/**
 * Decodes one model type from UTF-8 JSON and encodes it back, the way a library's HTTP client
 * does it: from the bytes of a response body, to the bytes of a request body.
 */
public interface JsonCodec<T> {
  T decode(byte[] json) throws IOException;

  byte[] encode(T value) throws IOException;
}
