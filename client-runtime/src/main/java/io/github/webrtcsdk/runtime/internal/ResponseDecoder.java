package io.github.webrtcsdk.runtime.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Turns a 2xx response body into an operation's result. */
public interface ResponseDecoder<T> {
  /**
   * Decodes {@code body}, received with {@code statusCode}.
   *
   * @throws IOException or a runtime exception when the body does not decode
   */
  @Nullable T decode(int statusCode, ReceivedBody body) throws IOException;
}
