package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit converters for JSON bodies, through the generated Moshi adapters.
 *
 * <p>Lists, sets and maps of models use this client's collection adapters (unmodifiable, no null
 * elements, sets in encounter order) rather than Moshi's reflective defaults. Request bodies are
 * sent as {@code application/json; charset=UTF-8}.
 */
public final class JsonConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Moshi moshi;

  private JsonConverterFactory(Moshi moshi) {
    this.moshi = moshi;
  }

  public static JsonConverterFactory create(Moshi moshi) {
    if (moshi == null) {
      throw new NullPointerException("moshi == null");
    }
    return new JsonConverterFactory(moshi);
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    JsonAdapter<?> adapter = adapter(type);
    return body -> {
      try (ResponseBody closing = body) {
        return adapter.fromJson(closing.source());
      }
    };
  }

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    @SuppressWarnings("unchecked") // The adapter was made for the parameter's type.
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) adapter(type);
    return value -> {
      Buffer buffer = new Buffer();
      // A request body: models leave out their read-only properties.
      adapter.toJson(JsonWriters.forRequestBody(JsonWriter.of(buffer)), value);
      return RequestBody.create(buffer.readByteString(), JSON);
    };
  }

  private JsonAdapter<?> adapter(Type type) {
    if (type instanceof ParameterizedType) {
      Class<?> raw = Types.getRawType(type);
      Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
      if (raw == List.class) {
        return JsonAdapters.listOf(adapter(arguments[0]));
      }
      if (raw == Set.class) {
        return JsonAdapters.setOf(adapter(arguments[0]));
      }
      if (raw == Map.class && arguments[0] == String.class) {
        return JsonAdapters.mapOf(adapter(arguments[1]));
      }
    }
    return moshi.adapter(type);
  }
}
