package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonWriter;

/**
 * Tells a model adapter whether it writes a request body.
 *
 * <p>Read-only properties are the server's to set: a model that holds one (read from a response,
 * then changed with {@code toBuilder()}) leaves it out of the requests it is sent in, and keeps it
 * everywhere else.
 */
public final class JsonWriters {
  private JsonWriters() {}

  /** A tag for {@link JsonWriter#setTag}: present on writers of request bodies. */
  public static final class RequestBody {
    static final RequestBody INSTANCE = new RequestBody();

    private RequestBody() {}
  }

  /** Marks {@code writer} as the writer of a request body; returns it. */
  public static JsonWriter forRequestBody(JsonWriter writer) {
    writer.setTag(RequestBody.class, RequestBody.INSTANCE);
    return writer;
  }

  /** Whether {@code writer} writes a request body. */
  public static boolean isRequestBody(JsonWriter writer) {
    return writer.tag(RequestBody.class) != null;
  }
}
