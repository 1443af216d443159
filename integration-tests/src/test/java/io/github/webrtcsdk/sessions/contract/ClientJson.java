package io.github.webrtcsdk.sessions.contract;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The models' JSON encoding by one Moshi. {@link #CLIENT} is the client's own: a Moshi with the
 * generated {@link ModelJsonAdapterFactory} and nothing else, as {@code WebRtcClient} builds it.
 */
final class ClientJson {
  static final ClientJson CLIENT =
      new ClientJson(new Moshi.Builder().add(new ModelJsonAdapterFactory()).build());

  private final Moshi moshi;

  ClientJson(Moshi moshi) {
    this.moshi = Objects.requireNonNull(moshi, "moshi == null");
  }

  <T> String encode(Class<T> type, Object model) {
    return moshi.adapter(type).toJson(type.cast(model));
  }

  /** Decodes {@code json}; a decoding failure is thrown as is, for the test to report. */
  <T> T decode(Class<T> type, String json) throws IOException {
    JsonAdapter<T> adapter = moshi.adapter(type);
    return adapter.fromJson(json);
  }

  <T> T decodeUnchecked(Class<T> type, String json) {
    try {
      return decode(type, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
