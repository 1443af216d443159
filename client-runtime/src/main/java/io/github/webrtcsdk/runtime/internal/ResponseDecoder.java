package io.github.webrtcsdk.runtime.internal;

import io.github.webrtcsdk.runtime.Nullable;
import java.io.IOException;

/** Turns a 2xx response body into an operation's result. */
public interface ResponseDecoder<T> {
  /**
   * Decodes {@code body}, received with {@code statusCode}.
   *
   * @throws IOException or a runtime exception when the body does not decode
   */
  @Nullable T decode(int statusCode, ReceivedBody body) throws IOException;
}
