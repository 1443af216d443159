package io.github.webrtcsdk.sessions.benchmarks.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Jackson databind as Bandwidth's older, APIMatic-generated SDK used it: the response body is
 * read into a string and handed to {@code mapper.readValue}, the request body is the string of
 * {@code mapper.writeValueAsString}, sent as UTF-8.
 */
final class JacksonLegacyCodec<T> implements JsonCodec<T> {
  private final ObjectMapper mapper;
  private final Class<T> type;

  JacksonLegacyCodec(ObjectMapper mapper, Class<T> type) {
    this.mapper = Objects.requireNonNull(mapper, "mapper == null");
    this.type = Objects.requireNonNull(type, "type == null");
  }

  @Override
  public T decode(byte[] json) throws IOException {
    return mapper.readValue(new String(json, StandardCharsets.UTF_8), type);
  }

  @Override
  public byte[] encode(T value) throws IOException {
    return mapper.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
  }
}
