package io.github.webrtcsdk.sessions.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON through Moshi's untyped adapter: objects are maps, arrays are lists. The fake stays on maps
 * on purpose so that it shares no model code with the client it checks.
 */
final class Json {
  // Nulls are written: the fake puts a null in a map only where the API sends one.
  private static final JsonAdapter<Object> ADAPTER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private Json() {}

  /** Parses {@code text}, or throws a 400 if it is not JSON. Blank text is no body: null. */
  static @Nullable Object parse(String text) {
    if (text.trim().isEmpty()) return null;
    try {
      return ADAPTER.fromJson(text);
    } catch (JsonEncodingException | JsonDataException e) {
      throw ApiException.badRequest("The body is not valid JSON: " + e.getMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("The body is not valid JSON: " + e);
    }
  }

  static String write(Object value) {
    return ADAPTER.toJson(value);
  }

  /** Returns {@code body} as an object; null stays null (no body). */
  @SuppressWarnings("unchecked")
  static @Nullable Map<String, Object> object(@Nullable Object body, String name) {
    if (body == null || body instanceof Map) return (Map<String, Object>) body;
    throw ApiException.badRequest(name + " must be a JSON object");
  }

  /** Returns the string member {@code key} of {@code object}, or null if absent or null. */
  static @Nullable String string(@Nullable Map<String, Object> object, String key) {
    if (object == null) return null;
    Object value = object.get(key);
    if (value == null || value instanceof String) return (String) value;
    throw ApiException.badRequest(key + " must be a string");
  }

  /** Returns the array member {@code key} of {@code object}, or null if absent or null. */
  @SuppressWarnings("unchecked")
  static @Nullable List<Object> array(@Nullable Map<String, Object> object, String key) {
    if (object == null) return null;
    Object value = object.get(key);
    if (value == null || value instanceof List) return (List<Object>) value;
    throw ApiException.badRequest(key + " must be an array");
  }

  /** Returns the string array member {@code key} of {@code object}, or null if absent. */
  static @Nullable List<String> stringArray(@Nullable Map<String, Object> object, String key) {
    List<Object> values = array(object, key);
    if (values == null) return null;
    List<String> result = new ArrayList<>(values.size());
    for (Object value : values) {
      if (!(value instanceof String)) throw ApiException.badRequest(key + " must hold strings");
      result.add((String) value);
    }
    return result;
  }
}
