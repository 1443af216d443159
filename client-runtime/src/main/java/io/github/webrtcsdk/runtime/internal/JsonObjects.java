package io.github.webrtcsdk.runtime.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Copies of free-form JSON objects ({@code type: object} without properties) for builders. */
public final class JsonObjects {
  private JsonObjects() {}

  /**
   * A mutable copy of {@code values} whose values are unmodifiable copies of JSON values, or null
   * for null; {@code name} names the property in errors.
   *
   * @throws IllegalArgumentException if a value is not a JSON value
   */
  public static @Nullable Map<String, Object> newObject(
      @Nullable Map<String, ?> values, String name) {
    if (values == null) {
      return null;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      put(copy, entry.getKey(), entry.getValue(), name);
    }
    return copy;
  }

  /** Puts a copy of {@code value} under {@code key}, which must not be null. */
  public static void put(
      Map<String, Object> object, @Nullable String key, @Nullable Object value, String name) {
    if (key == null) {
      throw new NullPointerException(name + " contains a null key");
    }
    object.put(key, JsonValues.copy(value, name + "." + key));
  }
}
