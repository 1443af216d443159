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
 * A response body read up to a limit; whether more followed is kept. JSON is decoded straight from its bytes, as Retrofit's Moshi
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

  /**
   * The most of a body that an exception keeps, in bytes: all that is read of an error body, and
   * the excerpt of a 2xx body that did not decode.
   */
  public static final int EXCERPT_BYTES = 1024 * 1024;

  private final ByteString bytes;
  private final @Nullable String contentType;
  private final boolean truncated;
  private @Nullable String text;

  private ReceivedBody(ByteString bytes, @Nullable String contentType, boolean truncated) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.truncated = truncated;
  }

  /**
   * Reads {@code source}, the body of a response of that Content-Type header, up to
   * {@code limit} bytes; the rest, if any, stays unread for the caller to discard by closing.
   */
  public static ReceivedBody read(BufferedSource source, @Nullable String contentType, int limit)
      throws IOException {
    // One byte past the limit tells whether more followed; a long fits limit + 1.
    long wanted = limit + 1L;
    Buffer buffer = new Buffer();
    while (buffer.size() < wanted && source.read(buffer, wanted - buffer.size()) != -1) {
      // Segments from okio's pool; copied into one array below, and given back.
    }
    boolean truncated = buffer.size() > limit;
    // A truncated body serves only as an exception's excerpt: only that much is copied.
    ByteString bytes =
        truncated
            ? buffer.readByteString(Math.min(limit, EXCERPT_BYTES))
            : buffer.readByteString();
    buffer.clear();
    return new ReceivedBody(bytes, contentType, truncated);
  }

  /** Whether the body went on past the limit it was read with. */
  public boolean truncated() {
    return truncated;
  }

  /**
   * The body as text for an exception: whole, or its first {@link #EXCERPT_BYTES} bytes followed
   * by {@code ...[truncated: body exceeded 1048576 bytes]} when it was longer.
   */
  public String excerpt() {
    if (!truncated && bytes.size() <= EXCERPT_BYTES) {
      return text();
    }
    ReceivedBody head =
        new ReceivedBody(
            bytes.substring(0, Math.min(bytes.size(), EXCERPT_BYTES)), contentType, false);
    return head.text() + "...[truncated: body exceeded " + EXCERPT_BYTES + " bytes]";
  }

  /**
   * Decodes the whole body with {@code adapter}, as {@link JsonAdapter#fromJson(String)} would
   * decode its text: anything after the JSON value is an error.
   */
  @Nullable
  public <T> T json(JsonAdapter<T> adapter) throws IOException {
    JsonReader reader = JsonNumberLimit.reader(utf8());
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
  private ByteString utf8() {
    // Checked in place: a copy of the body into a buffer would double its memory.
    for (int mark = 0; mark < BYTE_ORDER_MARKS.size(); mark++) {
      if (bytes.startsWith(BYTE_ORDER_MARKS.get(mark))) {
        return mark == 0 ? bytes.substring(3) : ByteString.encodeUtf8(text());
      }
    }
    return declaresOtherCharset(contentType) ? ByteString.encodeUtf8(text()) : bytes;
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
