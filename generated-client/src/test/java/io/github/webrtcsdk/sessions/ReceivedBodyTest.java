package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.runtime.internal.ReceivedBody;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.Participant;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/**
 * Response bodies are decoded from their bytes; text is made as OkHttp's
 * {@code ResponseBody.string()} makes it. Every charset a server may use reads the same.
 */
final class ReceivedBodyTest {
  private static final JsonAdapter<Participant> PARTICIPANT =
      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build().adapter(Participant.class);
  private static final String JSON = "{\"id\":\"p1\",\"tag\":\"caf\u00e9 \u263a\"}";

  @Test
  void utf8WithoutACharsetDecodesFromItsBytes() throws IOException {
    ReceivedBody body = body(JSON.getBytes(StandardCharsets.UTF_8), "application/json");

    assertEquals("caf\u00e9 \u263a", body.json(PARTICIPANT).tag());
    assertEquals(JSON, body.text());
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    ReceivedBody body = body(marked("efbbbf", StandardCharsets.UTF_8), null);

    assertEquals("caf\u00e9 \u263a", body.json(PARTICIPANT).tag());
    assertEquals(JSON, body.text());
  }

  @Test
  void utf16And32ByteOrderMarksWinOverTheDeclaredCharset() throws IOException {
    String[][] marks = {
      {"feff", "UTF-16BE"}, {"fffe", "UTF-16LE"}, {"0000feff", "UTF-32BE"}, {"fffe0000", "UTF-32LE"}
    };
    for (String[] mark : marks) {
      ReceivedBody body =
          body(marked(mark[0], Charset.forName(mark[1])), "application/json; charset=utf-8");

      assertEquals("caf\u00e9 \u263a", body.json(PARTICIPANT).tag(), mark[1]);
      assertEquals(JSON, body.text(), mark[1]);
    }
  }

  @Test
  void aDeclaredCharsetOtherThanUtf8IsHonoured() throws IOException {
    String latin = "{\"id\":\"p1\",\"tag\":\"caf\u00e9\"}";
    ReceivedBody body =
        body(latin.getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1");

    assertEquals("caf\u00e9", body.json(PARTICIPANT).tag());
    assertEquals(latin, body.text());
  }

  @Test
  void onlyACharsetOtherThanUtf8CountsAsOther() {
    assertFalse(ReceivedBody.declaresOtherCharset(null));
    assertFalse(ReceivedBody.declaresOtherCharset("application/json"));
    assertFalse(ReceivedBody.declaresOtherCharset("application/json; charset=UTF-8"));
    assertFalse(ReceivedBody.declaresOtherCharset("application/json;charset=\"utf-8\""));
    assertFalse(ReceivedBody.declaresOtherCharset("application/json; Charset=utf8; v=2"));
    assertTrue(ReceivedBody.declaresOtherCharset("application/json; charset=ISO-8859-1"));
    assertTrue(ReceivedBody.declaresOtherCharset("text/plain; charset=utf-16; x=y"));
  }

  @Test
  void contentAfterTheJsonValueFailsAsMoshiFailsOnTheText() {
    String twoValues = "{\"id\":\"p1\"} {}";
    ReceivedBody body = body(twoValues.getBytes(StandardCharsets.UTF_8), null);

    IOException fromBytes = assertThrows(IOException.class, () -> body.json(PARTICIPANT));
    IOException fromText = assertThrows(IOException.class, () -> PARTICIPANT.fromJson(twoValues));

    assertEquals(fromText.getClass(), fromBytes.getClass());
    assertEquals(fromText.getMessage(), fromBytes.getMessage());
  }

  @Test
  void whitespaceAfterTheJsonValueIsFine() throws IOException {
    ReceivedBody body = body("{\"id\":\"p1\"}\n ".getBytes(StandardCharsets.UTF_8), null);

    assertEquals("p1", body.json(PARTICIPANT).id());
  }

  @Test
  void decodingLeavesTheBytesForTheText() throws IOException {
    ReceivedBody body = body("{\"id\":\"p1\"".getBytes(StandardCharsets.UTF_8), null);

    assertThrows(IOException.class, () -> body.json(PARTICIPANT));

    assertEquals("{\"id\":\"p1\"", body.text());
    assertEquals("{\"id\":\"p1\"", body.text(), "the same text on a second ask");
  }

  @Test
  void noBodyIsEmptyText() throws IOException {
    assertEquals("", body(new byte[0], "application/json").text());
  }

  private static ReceivedBody body(byte[] bytes, String contentType) {
    try {
      return ReceivedBody.read(new Buffer().write(bytes), contentType, Integer.MAX_VALUE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] marked(String markHex, Charset charset) {
    return new Buffer()
        .write(ByteString.decodeHex(markHex))
        .write(JSON.getBytes(charset))
        .readByteArray();
  }
}
