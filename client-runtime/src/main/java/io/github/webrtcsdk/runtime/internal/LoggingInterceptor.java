package io.github.webrtcsdk.runtime.internal;

import io.github.webrtcsdk.runtime.LogLevel;
import io.github.webrtcsdk.runtime.RequestLogger;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Logs requests and responses at a {@link LogLevel}, redacted by a {@link Redaction}.
 *
 * <p>It runs after authentication, so that it shows what is sent, {@code Authorization: ***}
 * included. Bodies are read without being consumed, up to {@value #MAX_BODY_BYTES} bytes. Only
 * JSON and form bodies are shown, redacted: a JSON body that cannot be parsed, and so cannot be
 * redacted with certainty, is not, nor is any other body (HTML, plain text, binary), which has no
 * names to redact by; its size and type are. Thread safe.
 */
public final class LoggingInterceptor implements Interceptor {
  public static final long MAX_BODY_BYTES = 64 * 1024;

  private final LogLevel level;
  private final RequestLogger logger;
  private final Redaction redaction;

  public LoggingInterceptor(LogLevel level, RequestLogger logger, Redaction redaction) {
    this.level = level;
    this.logger = logger;
    this.redaction = redaction;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String target = request.method() + " " + redaction.url(request.url());
    StringBuilder out = new StringBuilder("--> ").append(target);
    Attempt attempt = request.tag(Attempt.class);
    if (attempt != null && attempt.number > 1) {
      out.append(" (attempt ").append(attempt.number).append(')');
    }
    RequestBody requestBody = request.body();
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      if (requestBody != null
          && requestBody.contentType() != null
          && request.header("Content-Type") == null) {
        out.append("\nContent-Type: ").append(requestBody.contentType());
      }
      appendHeaders(out, request.headers());
    }
    if (level == LogLevel.BODY && requestBody != null) {
      if (requestBody.isDuplex() || requestBody.isOneShot()) {
        out.append("\n\n(body not shown: it can be read only once)");
      } else {
        Buffer buffer = new Buffer();
        requestBody.writeTo(buffer);
        appendBody(out, requestBody.contentType(), buffer.readByteString(), false);
      }
    }
    log(out.toString());

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- " + target + " failed after " + elapsedMillis(start) + " ms: " + describe(e));
      throw e;
    }
    out = new StringBuilder("<-- ").append(response.code()).append(' ').append(target);
    out.append(" (").append(elapsedMillis(start)).append(" ms)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      appendHeaders(out, response.headers());
    }
    if (level == LogLevel.BODY) {
      ByteString body;
      try {
        body = response.peekBody(MAX_BODY_BYTES + 1).byteString();
      } catch (IOException e) {
        log(out.append("\n\n(body could not be read: ").append(describe(e)).append(')').toString());
        throw e;
      }
      boolean truncated = body.size() > MAX_BODY_BYTES;
      appendBody(
          out,
          response.body().contentType(),
          truncated ? body.substring(0, (int) MAX_BODY_BYTES) : body,
          truncated);
    }
    log(out.toString());
    return response;
  }

  private void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = redaction.isSensitiveHeader(name) ? Redaction.REDACTED : headers.value(i);
      out.append('\n').append(name).append(": ").append(value);
    }
  }

  private void appendBody(
      StringBuilder out, @Nullable MediaType type, ByteString bytes, boolean truncated) {
    out.append("\n\n");
    if (bytes.size() == 0) {
      out.append("(empty body)");
      return;
    }
    Charset charset = type != null ? type.charset(StandardCharsets.UTF_8) : StandardCharsets.UTF_8;
    String text = charset == null ? bytes.utf8() : new String(bytes.toByteArray(), charset);
    String subtype = type == null ? "" : type.subtype();
    String trimmed = text.trim();
    String size = truncated ? "more than " + MAX_BODY_BYTES : String.valueOf(bytes.size());
    if (subtype.endsWith("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      String redacted = truncated ? null : redaction.json(text);
      if (redacted == null) {
        out.append("(")
            .append(size)
            .append("-byte JSON body not shown: it does not parse, so it cannot be redacted)");
      } else {
        out.append(redacted);
      }
    } else if (subtype.equals("x-www-form-urlencoded")) {
      out.append(redaction.form(text));
    } else {
      // Text other than JSON and forms has no names to redact by: it may hold anything.
      String kind = "binary";
      if (isText(type, text)) {
        kind = type != null ? type.type() + "/" + type.subtype() : "text";
      }
      out.append("(").append(size).append("-byte ").append(kind).append(" body not shown)");
    }
  }

  private static boolean isText(@Nullable MediaType type, String text) {
    if (type != null && type.type().equals("text")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return text.indexOf('\ufffd') < 0;
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static String describe(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private void log(String message) {
    try {
      logger.log(message);
    } catch (RuntimeException ignored) {
      // A failing logger must not fail the call.
    }
  }
}
