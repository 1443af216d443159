package io.github.webrtcsdk.sessions.contract;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The client's own JSON encoding: a Moshi with the generated {@link ModelJsonAdapterFactory} and
 * nothing else, as {@code WebRtcClient} builds it.
 */
final class ClientJson {
  private static final Moshi MOSHI = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();

  private ClientJson() {}

  static <T> String encode(Class<T> type, Object model) {
    return MOSHI.adapter(type).toJson(type.cast(model));
  }

  /** Decodes {@code json}; a decoding failure is thrown as is, for the test to report. */
  static <T> T decode(Class<T> type, String json) throws IOException {
    JsonAdapter<T> adapter = MOSHI.adapter(type);
    return adapter.fromJson(json);
  }

  static <T> T decodeUnchecked(Class<T> type, String json) {
    try {
      return decode(type, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
