package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Decoding of {@code oneOf} and {@code anyOf} values, used by the generated union adapters.
 *
 * <p>With a discriminator, its value picks the variant. Without one, each variant whose JSON type
 * fits is tried on a look-ahead copy of the input: the variant that decodes with the fewest
 * properties it does not declare wins, and the first of equals. Either way the input is read once
 * more at most per variant, and never buffered whole beyond what Moshi's look-ahead keeps.
 */
public final class Unions {
  private Unions() {}

  /**
   * The value of the top-level property selected by {@code name} of the object {@code reader} is
   * at, without consuming anything; null when the value is not an object, has no such property or
   * its value is not a string or number.
   */
  public static @Nullable String peekDiscriminator(JsonReader reader, JsonReader.Options name)
      throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return null;
    }
    try (JsonReader peek = reader.peekJson()) {
      peek.beginObject();
      while (peek.hasNext()) {
        if (peek.selectName(name) == 0) {
          JsonReader.Token token = peek.peek();
          return token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER
              ? peek.nextString()
              : null;
        }
        peek.skipName();
        peek.skipValue();
      }
      return null;
    }
  }

  /**
   * Decodes the next value with {@code adapter} from a look-ahead copy of {@code reader}, which is
   * not consumed; null when the value does not fit the adapter's type.
   *
   * @throws IOException if the JSON itself is malformed
   */
  public static @Nullable <T> T tryRead(JsonReader reader, JsonAdapter<T> adapter)
      throws IOException {
    try (JsonReader peek = reader.peekJson()) {
      return adapter.fromJson(peek);
    } catch (JsonDataException e) {
      return null;
    }
  }
}
