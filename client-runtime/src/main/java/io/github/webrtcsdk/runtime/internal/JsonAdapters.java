package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.webrtcsdk.runtime.Nullable;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streaming JSON adapters for scalars and collections, used by the generated model adapters.
 *
 * <p>None of them uses reflection. Collections decode unmodifiable, sets keep encounter order,
 * and a null element fails the decoding with its JSON path: the API never sends one.
 */
public final class JsonAdapters {
  private JsonAdapters() {}

  public static final JsonAdapter<String> STRING =
      new ScalarAdapter<String>("String") {
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
      new ScalarAdapter<Integer>("Integer") {
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
      new ScalarAdapter<Long>("Long") {
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
      new ScalarAdapter<Double>("Double") {
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
      new ScalarAdapter<Boolean>("Boolean") {
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

  // Strings, the commonest elements, and the rest are read by classes apart. In one class, C2
  // would compile both reads wherever it inlines a collection, a branch never taken there: a
  // participant's lists and sets spent the inlining budget on it, and its own properties were
  // left as calls (Participant decode went from 0.93 to 0.97 of a hand-written adapter).

  @SuppressWarnings("unchecked")
  public static <E> JsonAdapter<List<E>> listOf(JsonAdapter<E> element) {
    return element == STRING
        ? (JsonAdapter<List<E>>) (JsonAdapter<?>) new StringListAdapter()
        : new ListAdapter<>(element);
  }

  @SuppressWarnings("unchecked")
  public static <E> JsonAdapter<Set<E>> setOf(JsonAdapter<E> element) {
    return element == STRING
        ? (JsonAdapter<Set<E>>) (JsonAdapter<?>) new StringSetAdapter()
        : new SetAdapter<>(element);
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
          map.put(name, nonNullElement(value.fromJson(atNonNullElement(reader)), reader));
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

  /** Reads a string element: the commonest element type, without an adapter in between. */
  @SuppressWarnings("unchecked")
  private static <E> E readString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      throw new JsonDataException("Unexpected null at " + reader.getPath());
    }
    return (E) reader.nextString();
  }

  // Lists, sets and maps each call their element adapter from a call site of their own, between
  // these two checks. One shared site would gather the element types of all three, and C2, when
  // it inlines a model adapter, would inline at a set's elements the adapter a list's elements
  // use: inlining budget spent on a branch never taken, and the model's own properties left as
  // calls (Participant decode went from 0.92 to 0.98 of a hand-written adapter).

  /** Returns {@code reader}, after checking that its next value is not a JSON null. */
  private static JsonReader atNonNullElement(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      throw new JsonDataException("Unexpected null at " + reader.getPath());
    }
    return reader;
  }

  /** Returns {@code value}, an element its adapter read, after checking that it is not null. */
  private static <E> E nonNullElement(@Nullable E value, JsonReader reader) {
    if (value == null) {
      throw new JsonDataException("Unexpected null at " + reader.getPath());
    }
    return value;
  }

  private static <E> void writeArray(
      JsonWriter writer, JsonAdapter<E> element, @Nullable Iterable<E> values) throws IOException {
    if (values == null) {
      writer.nullValue();
      return;
    }
    writer.beginArray();
    Object[] frozen = values instanceof Collection
        ? ArrayCollections.frozenArray((Collection<?>) values)
        : null;
    if (frozen != null && element == STRING) {
      // Strings, the commonest elements, straight to the writer: STRING's own write.
      for (int i = 0, size = ((Collection<?>) values).size(); i < size; i++) {
        writer.value((String) frozen[i]);
      }
    } else if (frozen != null) {
      // The model's own array: an indexed loop writes it without an iterator.
      for (int i = 0, size = ((Collection<?>) values).size(); i < size; i++) {
        @SuppressWarnings("unchecked")
        E value = (E) frozen[i];
        element.toJson(writer, value);
      }
    } else {
      for (E value : values) {
        element.toJson(writer, value);
      }
    }
    writer.endArray();
  }

  /** Writes a list or set of {@code element}s; each subclass reads them with its own loop. */
  private abstract static class ArrayAdapter<E, C extends Collection<E>> extends JsonAdapter<C> {
    private final String factory;
    final JsonAdapter<E> element;

    ArrayAdapter(String factory, JsonAdapter<E> element) {
      this.factory = factory;
      this.element = element;
    }

    @Override
    public final void toJson(JsonWriter writer, @Nullable C value) throws IOException {
      writeArray(writer, element, value);
    }

    @Override
    public final String toString() {
      return "JsonAdapters." + factory + "(" + element + ")";
    }
  }

  // Lists are read into the array the model keeps: no list to copy, no view around it. The
  // first element gets one slot, the commonest case in this API; then the array grows as
  // ArrayList's does.

  private static final class StringListAdapter extends ArrayAdapter<String, List<String>> {
    StringListAdapter() {
      super("listOf", STRING);
    }

    @Override
    public @Nullable List<String> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      Object[] elements = ArrayCollections.emptyArray();
      int size = 0;
      reader.beginArray();
      while (reader.hasNext()) {
        String value = readString(reader);
        elements = size == 0
            ? ArrayCollections.firstArray(value, reader.hasNext())
            : ArrayCollections.append(elements, size, value);
        size++;
      }
      reader.endArray();
      return ArrayCollections.frozenList(elements, size);
    }
  }

  private static final class ListAdapter<E> extends ArrayAdapter<E, List<E>> {
    ListAdapter(JsonAdapter<E> element) {
      super("listOf", element);
    }

    @Override
    public @Nullable List<E> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      Object[] elements = ArrayCollections.emptyArray();
      int size = 0;
      reader.beginArray();
      while (reader.hasNext()) {
        E value = nonNullElement(element.fromJson(atNonNullElement(reader)), reader);
        elements = size == 0
            ? ArrayCollections.firstArray(value, reader.hasNext())
            : ArrayCollections.append(elements, size, value);
        size++;
      }
      reader.endArray();
      return ArrayCollections.frozenList(elements, size);
    }
  }

  // Sets keep distinct elements in encounter order, in the array the model keeps; a few are
  // searched in order, more are hashed as well.

  private static final class StringSetAdapter extends ArrayAdapter<String, Set<String>> {
    StringSetAdapter() {
      super("setOf", STRING);
    }

    @Override
    public @Nullable Set<String> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      // A string whose filter bit is new is not searched for: the search was most of the cost
      // of reading a set of a few strings.
      Object[] elements = ArrayCollections.emptyArray();
      int size = 0;
      Set<Object> index = null;
      long seen = 0; // The filter bits of the strings kept while searched in order.
      reader.beginArray();
      while (reader.hasNext()) {
        String value = readString(reader);
        if (size == 0) {
          elements = ArrayCollections.firstArray(value, reader.hasNext());
          seen = ArrayCollections.filterBit(value);
          size++;
          continue;
        }
        boolean added;
        if (index != null) {
          added = index.add(value);
        } else {
          long bit = ArrayCollections.filterBit(value);
          added = (seen & bit) == 0 || ArrayCollections.indexOf(elements, size, value) < 0;
          seen |= bit;
        }
        if (added) {
          elements = ArrayCollections.append(elements, size, value);
          size++;
          if (index == null) {
            index = ArrayCollections.hashIndex(elements, size);
          }
        }
      }
      reader.endArray();
      return ArrayCollections.frozenSet(elements, size, index);
    }
  }

  private static final class SetAdapter<E> extends ArrayAdapter<E, Set<E>> {
    SetAdapter(JsonAdapter<E> element) {
      super("setOf", element);
    }

    @Override
    public @Nullable Set<E> fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      Object[] elements = ArrayCollections.emptyArray();
      int size = 0;
      Set<Object> index = null;
      reader.beginArray();
      while (reader.hasNext()) {
        E value = nonNullElement(element.fromJson(atNonNullElement(reader)), reader);
        if (size == 0) {
          elements = ArrayCollections.firstArray(value, reader.hasNext());
          size++;
        } else if (index != null
            ? index.add(value)
            : ArrayCollections.indexOf(elements, size, value) < 0) {
          elements = ArrayCollections.append(elements, size, value);
          size++;
          if (index == null) {
            index = ArrayCollections.hashIndex(elements, size);
          }
        }
      }
      reader.endArray();
      return ArrayCollections.frozenSet(elements, size, index);
    }
  }

  /** A scalar adapter: reads nulls as null, writes null as null, delegates the rest. */
  private abstract static class ScalarAdapter<T> extends JsonAdapter<T> {
    private final String name;

    ScalarAdapter(String name) {
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
    public String toString() {
      return "JsonAdapters." + name.toUpperCase(java.util.Locale.ROOT);
    }
  }
}
