package io.github.webrtcsdk.sessions.benchmarks.codec;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Objects;
import okio.Buffer;

/**
 * A Moshi adapter driven as Retrofit's Moshi converter drives it: the response body's source is
 * read to the end of the document, the request body is written to a buffer.
 */
final class MoshiCodec<T> implements JsonCodec<T> {
  private final JsonAdapter<T> adapter;

  MoshiCodec(JsonAdapter<T> adapter) {
    this.adapter = Objects.requireNonNull(adapter, "adapter == null");
  }

  @Override
  public T decode(byte[] json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    T result = adapter.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("JSON document was not fully consumed.");
    }
    return result;
  }

  @Override
  public byte[] encode(T value) throws IOException {
    Buffer buffer = new Buffer();
    adapter.toJson(JsonWriter.of(buffer), value);
    return buffer.readByteArray();
  }
}
