package io.github.webrtcsdk.sessions.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockResponse;

/**
 * A response for MockWebServer to send, kept as plain values so that the validator can check it
 * before it goes out. A null body sends no body at all.
 */
record CannedResponse(int status, Map<String, List<String>> headers, String body) {
  CannedResponse {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(
        Objects.requireNonNull(headers, "headers == null")));
  }

  static CannedResponse json(int status, String body) {
    return new CannedResponse(status, Map.of("Content-Type", List.of("application/json")),
        Objects.requireNonNull(body, "body == null"));
  }

  static CannedResponse empty(int status) {
    return new CannedResponse(status, Map.of(), null);
  }

  CannedResponse withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(headers);
    copy.put(name, List.of(value));
    return new CannedResponse(status, copy, body);
  }

  MockResponse toMockResponse() {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      for (String value : header.getValue()) builder.addHeader(header.getKey(), value);
    }
    if (body != null) builder.body(body);
    return builder.build();
  }
}
