package io.github.webrtcsdk.sessions.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A response the fake is about to send: status, headers and an optional JSON body. */
final class Reply {
  final int statusCode;
  final Map<String, String> headers;
  /** Null for no body. */
  final @Nullable String body;

  Reply(int statusCode, Map<String, String> headers, @Nullable String body) {
    this.statusCode = statusCode;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body;
  }

  static Reply json(int statusCode, Object json) {
    return new Reply(statusCode, Collections.<String, String>emptyMap(), Json.write(json));
  }

  static Reply noContent() {
    return new Reply(204, Collections.<String, String>emptyMap(), null);
  }

  /** The body Bandwidth's WebRTC service sends with 400, 404, 409 and 500. */
  static Reply serviceError(int statusCode, String error, String requestId) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("error", error);
    json.put("requestId", requestId);
    return json(statusCode, json);
  }

  /** The body Bandwidth's API gateway sends with 401 and 403, before the service sees anything. */
  static Reply gatewayError(int statusCode, String message) {
    return json(statusCode, Collections.singletonMap("message", message));
  }

  /** Returns a copy of this reply with {@code body} instead; used by tests to break responses. */
  Reply withBody(@Nullable String body) {
    return new Reply(statusCode, headers, body);
  }
}
