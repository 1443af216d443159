package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A JSON adapter that reads a JSON null as null and writes null as null; subclasses read and
 * write the rest. The scalar adapters of {@link JsonAdapters} and {@link FormatAdapters}.
 */
abstract class NullSafeAdapter<T> extends JsonAdapter<T> {
  private final String name;

  /** @param name what {@link #toString()} returns, such as {@code JsonAdapters.STRING} */
  NullSafeAdapter(String name) {
    this.name = name;
  }

  abstract T read(JsonReader reader) throws IOException;

  abstract void write(JsonWriter writer, T value) throws IOException;

  @Override
  public final @Nullable T fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return read(reader);
  }

  @Override
  public final void toJson(JsonWriter writer, @Nullable T value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      write(writer, value);
    }
  }

  @Override
  public final String toString() {
    return name;
  }
}
