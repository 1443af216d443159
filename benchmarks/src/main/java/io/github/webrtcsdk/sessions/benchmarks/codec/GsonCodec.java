package io.github.webrtcsdk.sessions.benchmarks.codec;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okio.Buffer;

/**
 * A Gson type adapter driven as Retrofit's Gson converter (the stock client's) drives it: the
 * response body is read through a UTF-8 character stream, the request body written through an
 * {@code OutputStreamWriter} on a buffer.
 */
final class GsonCodec<T> implements JsonCodec<T> {
  private final Gson gson;
  private final TypeAdapter<T> adapter;

  GsonCodec(Gson gson, Class<T> type) {
    this.gson = Objects.requireNonNull(gson, "gson == null");
    this.adapter = gson.getAdapter(Objects.requireNonNull(type, "type == null"));
  }

  @Override
  public T decode(byte[] json) throws IOException {
    JsonReader reader = gson.newJsonReader(
        new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8));
    T result = adapter.read(reader);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new JsonIOException("JSON document was not fully consumed.");
    }
    return result;
  }

  @Override
  public byte[] encode(T value) throws IOException {
    Buffer buffer = new Buffer();
    Writer writer = new OutputStreamWriter(buffer.outputStream(), StandardCharsets.UTF_8);
    JsonWriter jsonWriter = gson.newJsonWriter(writer);
    adapter.write(jsonWriter, value);
    jsonWriter.close();
    return buffer.readByteArray();
  }
}
