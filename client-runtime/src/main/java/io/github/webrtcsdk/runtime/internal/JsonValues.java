package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Free-form JSON values: properties a model does not declare, and schemas without a type.
 *
 * <p>A value is null, a {@link String}, a {@link Boolean}, a {@link Long} (integers that fit) or a
 * {@link BigDecimal} (other numbers, kept exact: {@code 1.50} stays {@code 1.50}), an unmodifiable
 * {@code List} of values or an unmodifiable {@code Map<String, Object>} of values in document
 * order. Writing gives back the JSON that was read, explicit nulls included.
 */
public final class JsonValues {
  private JsonValues() {}

  public static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException(
            "Expected a value but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  private static Number number(String text) {
    boolean integer = !text.isEmpty();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-')) {
        integer = false;
        break;
      }
    }
    if (integer) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLarge) {
        // Falls through to BigDecimal.
      }
    }
    return new BigDecimal(text);
  }

  public static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      // A writer that skips nulls would drop the property: this one was sent as null.
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      try {
        writer.nullValue();
      } finally {
        writer.setSerializeNulls(serializeNulls);
      }
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name((String) entry.getKey());
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Collection) {
      writer.beginArray();
      for (Object element : (Collection<?>) value) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value(((Boolean) value).booleanValue());
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  /**
   * Returns an unmodifiable deep copy of {@code value}, which must be a JSON value: maps with
   * string keys, collections, strings, numbers, booleans and nulls.
   *
   * @throws IllegalArgumentException for anything else, naming where it is
   */
  public static @Nullable Object copy(@Nullable Object value, String where) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      Number number = (Number) value;
      if (number instanceof Double || number instanceof Float) {
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw new IllegalArgumentException(where + " is not a JSON number: " + d);
        }
      }
      return number;
    }
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException(where + " has a key that is not a string");
        }
        String key = (String) entry.getKey();
        copy.put(key, copy(entry.getValue(), where + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection) {
      List<Object> copy = new ArrayList<>();
      int index = 0;
      for (Object element : (Collection<?>) value) {
        copy.add(copy(element, where + "[" + index++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        where + " is not a JSON value: " + value.getClass().getName());
  }
}
