package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON adapters for scalars and collections, used by the generated model adapters.
 *
 * <p>None of them uses reflection. Collections decode unmodifiable, sets keep encounter order,
 * and a null element fails the decoding with its JSON path: the API never sends one.
 */
public final class JsonAdapters {
  private JsonAdapters() {}

  public static final JsonAdapter<String> STRING =
      new NullSafeAdapter<String>("JsonAdapters.STRING") {
        @Override
        String read(JsonReader reader) throws IOException {
          return reader.nextString();
        }

        @Override
        void write(JsonWriter writer, String value) throws IOException {
          writer.value(value);
        }
      };

  public static final JsonAdapter<Integer> INTEGER =
      new NullSafeAdapter<Integer>("JsonAdapters.INTEGER") {
        @Override
        Integer read(JsonReader reader) throws IOException {
          return reader.nextInt();
        }

        @Override
        void write(JsonWriter writer, Integer value) throws IOException {
          writer.value(value.longValue());
        }
      };

  public static final JsonAdapter<Long> LONG =
      new NullSafeAdapter<Long>("JsonAdapters.LONG") {
        @Override
        Long read(JsonReader reader) throws IOException {
          return reader.nextLong();
        }

        @Override
        void write(JsonWriter writer, Long value) throws IOException {
          writer.value(value.longValue());
        }
      };

  public static final JsonAdapter<Double> DOUBLE =
      new NullSafeAdapter<Double>("JsonAdapters.DOUBLE") {
        @Override
        Double read(JsonReader reader) throws IOException {
          return reader.nextDouble();
        }

        @Override
        void write(JsonWriter writer, Double value) throws IOException {
          writer.value(value.doubleValue());
        }
      };

  public static final JsonAdapter<Boolean> BOOLEAN =
      new NullSafeAdapter<Boolean>("JsonAdapters.BOOLEAN") {
        @Override
        Boolean read(JsonReader reader) throws IOException {
          return reader.nextBoolean();
        }

        @Override
        void write(JsonWriter writer, Boolean value) throws IOException {
          writer.value(value.booleanValue());
        }
      };

  /** Any JSON value, as {@link JsonValues} reads and writes it; nulls included. */
  public static final JsonAdapter<Object> JSON_VALUE =
      new JsonAdapter<Object>() {
        @Override
        public @Nullable Object fromJson(JsonReader reader) throws IOException {
          return JsonValues.read(reader);
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
          JsonValues.write(writer, value);
        }

        @Override
        public String toString() {
          return "JsonAdapters.JSON_VALUE";
        }
      };

  /** Writes {@code value}, and an explicit JSON null for null even if the writer skips nulls. */
  public static <T> void writeNullable(JsonWriter writer, JsonAdapter<T> adapter, @Nullable T value)
      throws IOException {
    if (value == null) {
      JsonValues.write(writer, null);
    } else {
      adapter.toJson(writer, value);
    }
  }

  /**
   * The path of the object that {@code reader} is in, before its {@code endObject()}: the path of
   * its last property without the property name.
   */
  public static String objectPath(JsonReader reader) {
    String path = reader.getPath();
    int dot = path.lastIndexOf('.');
    return dot > 0 ? path.substring(0, dot) : "$";
  }

  public static <E> JsonAdapter<List<E>> listOf(JsonAdapter<E> element) {
    return new CollectionAdapter<E, List<E>>("listOf", element) {
      @Override
      List<E> read(JsonReader reader) throws IOException {
        List<E> list = new ArrayList<>();
        while (reader.hasNext()) {
          list.add(readElement(element, reader));
        }
        return Collections.unmodifiableList(list);
      }
    };
  }

  /** Sets keep the first of equal elements, in encounter order: {@code uniqueItems} arrays. */
  public static <E> JsonAdapter<Set<E>> setOf(JsonAdapter<E> element) {
    return new CollectionAdapter<E, Set<E>>("setOf", element) {
      @Override
      Set<E> read(JsonReader reader) throws IOException {
        ArraySet.Builder<E> set = new ArraySet.Builder<>();
        while (reader.hasNext()) {
          set.add(readElement(element, reader));
        }
        return set.build();
      }
    };
  }

  public static <V> JsonAdapter<Map<String, V>> mapOf(JsonAdapter<V> value) {
    return new JsonAdapter<Map<String, V>>() {
      @Override
      public @Nullable Map<String, V> fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          return reader.nextNull();
        }
        Map<String, V> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, readElement(value, reader));
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Map<String, V> map) throws IOException {
        if (map == null) {
          writer.nullValue();
          return;
        }
        writer.beginObject();
        for (Map.Entry<String, V> entry : map.entrySet()) {
          writer.name(entry.getKey());
          value.toJson(writer, entry.getValue());
        }
        writer.endObject();
      }

      @Override
      public String toString() {
        return "JsonAdapters.mapOf(" + value + ")";
      }
    };
  }

  /** Reads an element of an array or object, which may be neither JSON null nor read as null. */
  private static <E> E readElement(JsonAdapter<E> element, JsonReader reader) throws IOException {
    // Checked before the read, so that the path names the element, not the one after it.
    if (reader.peek() == JsonReader.Token.NULL) {
      throw new JsonDataException("Unexpected null at " + reader.getPath());
    }
    E value = element.fromJson(reader);
    if (value == null) {
      // An adapter that reads a non-null token as null: rare enough to name the path after it.
      throw new JsonDataException("Unexpected null at " + reader.getPath());
    }
    return value;
  }

  /** A JSON array as an unmodifiable collection of non-null elements, as Moshi's own does. */
  private abstract static class CollectionAdapter<E, C extends Collection<E>>
      extends JsonAdapter<C> {
    private final String factory;
    final JsonAdapter<E> element;

    CollectionAdapter(String factory, JsonAdapter<E> element) {
      this.factory = factory;
      this.element = element;
    }

    /** Reads the elements between the brackets. */
    abstract C read(JsonReader reader) throws IOException;

    @Override
    public @Nullable C fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      reader.beginArray();
      C collection = read(reader);
      reader.endArray();
      return collection;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable C value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginArray();
      for (E each : value) {
        element.toJson(writer, each);
      }
      writer.endArray();
    }

    @Override
    public String toString() {
      return "JsonAdapters." + factory + "(" + element + ")";
    }
  }
}
