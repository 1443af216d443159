package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.MediaType;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Options;
import org.jspecify.annotations.Nullable;

/**
 * A response body read whole. JSON is decoded straight from its bytes, as Retrofit's Moshi
 * converter reads them; the body as text (an error's raw body, a text result) is made only when
 * asked for, with the charset rules of OkHttp's {@code ResponseBody.string()}: a byte order mark
 * first, then the Content-Type's charset, else UTF-8.
 */
public final class ReceivedBody {
  // The order of OkHttp's: UTF-32LE's mark starts with UTF-16LE's, so it is tried first.
  private static final Options BYTE_ORDER_MARKS =
      Options.of(
          ByteString.decodeHex("efbbbf"),
          ByteString.decodeHex("feff"),
          ByteString.decodeHex("fffe0000"),
          ByteString.decodeHex("fffe"),
          ByteString.decodeHex("0000feff"));
  // By name: loading UTF-32 on every client's first call would be start-up work for a rare body.
  private static final String[] MARKED_CHARSETS = {
    "UTF-8", "UTF-16BE", "UTF-32LE", "UTF-16LE", "UTF-32BE"
  };

  private final ByteString bytes;
  private final @Nullable String contentType;
  private @Nullable String text;

  private ReceivedBody(ByteString bytes, @Nullable String contentType) {
    this.bytes = bytes;
    this.contentType = contentType;
  }

  /** Reads all of {@code source}, the body of a response of that Content-Type header. */
  public static ReceivedBody read(BufferedSource source, @Nullable String contentType)
      throws IOException {
    // One array the size of the body; the segments it was read through go back to okio's pool.
    return new ReceivedBody(source.readByteString(), contentType);
  }

  /**
   * Decodes the whole body with {@code adapter}, as {@link JsonAdapter#fromJson(String)} would
   * decode its text: anything after the JSON value is an error.
   */
  @Nullable
  public <T> T json(JsonAdapter<T> adapter) throws IOException {
    JsonReader reader = JsonReader.of(utf8());
    T value = adapter.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("JSON document was not fully consumed.");
    }
    return value;
  }

  /** Returns the body as text; empty when there was none. */
  public String text() {
    if (text == null) {
      Buffer buffer = new Buffer().write(bytes);
      int mark = buffer.select(BYTE_ORDER_MARKS);
      Charset charset = mark != -1 ? Charset.forName(MARKED_CHARSETS[mark]) : declaredCharset();
      text = buffer.readString(charset);
    }
    return text;
  }

  /** The body as UTF-8 without a byte order mark: the bytes themselves in the common case. */
  private Buffer utf8() {
    Buffer buffer = new Buffer().write(bytes);
    int mark = buffer.select(BYTE_ORDER_MARKS);
    if (mark == 0 || (mark == -1 && !declaresOtherCharset(contentType))) {
      return buffer; // After a UTF-8 mark, if there was one.
    }
    buffer.clear();
    return new Buffer().writeUtf8(text());
  }

  private Charset declaredCharset() {
    MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
    return mediaType == null ? StandardCharsets.UTF_8 : mediaType.charset(StandardCharsets.UTF_8);
  }

  /**
   * Whether a Content-Type names a charset other than UTF-8. Checked on the raw header, because
   * parsing it ({@link MediaType#parse}) on every response costs a regular expression match.
   */
  public static boolean declaresOtherCharset(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String lower = contentType.toLowerCase(Locale.ROOT);
    int parameter = lower.indexOf("charset=");
    if (parameter < 0) {
      return false;
    }
    int end = lower.indexOf(';', parameter);
    String value = lower.substring(parameter + "charset=".length(), end < 0 ? lower.length() : end)
        .trim();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return !value.equals("utf-8") && !value.equals("utf8");
  }
}
