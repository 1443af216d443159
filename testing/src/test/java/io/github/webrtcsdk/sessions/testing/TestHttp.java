package io.github.webrtcsdk.sessions.testing;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp caller of the fake, independent of the generated client. */
final class TestHttp {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .callTimeout(10, TimeUnit.SECONDS)
      .build();

  private final FakeWebRtcServer fake;
  private final String authorization;

  private TestHttp(FakeWebRtcServer fake, String authorization) {
    this.fake = fake;
    this.authorization = authorization;
  }

  /** Calls with the fake's Basic credentials. */
  static TestHttp basic(FakeWebRtcServer fake) {
    return new TestHttp(fake, Credentials.basic(fake.username(), fake.password()));
  }

  /** Calls with {@code authorization} as the header, or none if null. */
  static TestHttp withAuthorization(FakeWebRtcServer fake, String authorization) {
    return new TestHttp(fake, authorization);
  }

  /** Calls {@code path} below {@code /accounts/{accountId}} of the fake's account. */
  Result call(String method, String path, String body) {
    return callUrl(method, fake.baseUrl() + "/accounts/" + fake.accountId() + path, body);
  }

  /** Calls {@code url} as is, with a JSON body unless it is null. */
  Result callUrl(String method, String url, String body) {
    Request.Builder request = new Request.Builder().url(url);
    if (authorization != null) request.header("Authorization", authorization);
    RequestBody requestBody = body == null ? null : RequestBody.create(body, JSON);
    if (requestBody == null && (method.equals("POST") || method.equals("PUT"))) {
      requestBody = RequestBody.create(new byte[0], null);
    }
    request.method(method, requestBody);
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      return new Result(response.code(), response.body().string(),
          response.headers().toMultimap());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result post(String path, String body) {
    return call("POST", path, body);
  }

  Result put(String path, String body) {
    return call("PUT", path, body);
  }

  Result get(String path) {
    return call("GET", path, null);
  }

  Result delete(String path) {
    return call("DELETE", path, null);
  }

  /** Creates a session with no body and returns its id. */
  String createSession() {
    Result result = post("/sessions", null);
    if (result.code() != 200) throw new AssertionError(result.toString());
    return (String) result.json().get("id");
  }

  /** Creates a participant with no body and returns its id. */
  String createParticipant() {
    Result result = post("/participants", null);
    if (result.code() != 200) throw new AssertionError(result.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> participant = (Map<String, Object>) result.json().get("participant");
    return (String) participant.get("id");
  }

  /** Adds the participant to the session with {@code body}, expecting 204. */
  void add(String sessionId, String participantId, String body) {
    Result result = put("/sessions/" + sessionId + "/participants/" + participantId, body);
    if (result.code() != 204) throw new AssertionError(result.toString());
  }

  /** A response: status, body text and headers, whose names OkHttp lowercases. */
  record Result(int code, String body, Map<String, List<String>> headers) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : String.join(", ", values);
    }

    String contentType() {
      return header("Content-Type");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      try {
        return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class)
            .fromJson(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Returns the body of a service error without its random requestId, checking it is one. */
    String errorWithoutRequestId() {
      Map<String, Object> json = json();
      Object requestId = json.remove("requestId");
      if (!(requestId instanceof String)
          || !((String) requestId).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")) {
        throw new AssertionError("requestId is not a UUID: " + body);
      }
      if (json.size() != 1 || !(json.get("error") instanceof String)) {
        throw new AssertionError("not a service error: " + body);
      }
      return (String) json.get("error");
    }
  }
}
