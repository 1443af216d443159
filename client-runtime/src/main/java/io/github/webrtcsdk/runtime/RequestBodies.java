package io.github.webrtcsdk.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Bodies for binary uploads, streamed as they are sent rather than held in memory.
 *
 * <pre>{@code
 * RequestBody photo = RequestBodies.of(Paths.get("photo.png"), MediaType.get("image/png"));
 * }</pre>
 *
 * <p>The media type is the request's {@code Content-Type}. Any other OkHttp {@link RequestBody}
 * works too: {@code RequestBody.create(bytes, mediaType)} for bytes already in memory.
 */
public final class RequestBodies {
  private RequestBodies() {}

  /**
   * Returns a body with the content of {@code file}, read as it is sent. It can be sent again, so
   * a call that fails may be retried.
   *
   * @param file the file to send
   * @param contentType its media type
   * @return the body
   * @throws NullPointerException if an argument is null
   */
  public static RequestBody of(Path file, MediaType contentType) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(contentType, "contentType == null");
    File source = file.toFile();
    return RequestBody.create(source, contentType);
  }

  /**
   * Returns a body with the rest of {@code in}, read as it is sent and then closed, in chunks of
   * unknown total length. It is one-shot: a call that fails after it started sending is not retried.
   *
   * @param in the stream to send
   * @param contentType its media type
   * @return the body
   * @throws NullPointerException if an argument is null
   */
  public static RequestBody of(InputStream in, MediaType contentType) {
    return of(in, contentType, -1L);
  }

  /**
   * Like {@link #of(InputStream, MediaType)}, with the number of bytes the stream holds, sent as
   * the {@code Content-Length}.
   *
   * @param in the stream to send
   * @param contentType its media type
   * @param contentLength the number of bytes {@code in} holds, or -1 if unknown
   * @return the body
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code contentLength} is below -1
   */
  public static RequestBody of(InputStream in, MediaType contentType, long contentLength) {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(contentType, "contentType == null");
    if (contentLength < -1) {
      throw new IllegalArgumentException("contentLength < -1: " + contentLength);
    }
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return contentType;
      }

      @Override
      public long contentLength() {
        return contentLength;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (Source source = Okio.source(in)) {
          sink.writeAll(source);
        }
      }
    };
  }
}
