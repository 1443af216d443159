package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The judge must be able to fail: each kind of spec violation is reported with its details. */
final class ValidatingDispatcherTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String SESSIONS = "/v1/accounts/9900000/sessions";

  private final OkHttpClient http = new OkHttpClient();
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void conformingExchangePasses() throws IOException {
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(
        CannedResponse.json(200, "{\"id\":\"75c21163\",\"tag\":\"standup\"}"));
    server.setDispatcher(dispatcher);

    int status = send(post(SESSIONS, "{\"tag\":\"standup\"}"));

    assertEquals(200, status);
    assertEquals("", dispatcher.violations());
    dispatcher.assertConforms();
    assertEquals("{\"tag\":\"standup\"}", dispatcher.onlyExchange().body());
  }

  @Test
  void requestBreakingASchemaConstraintFails() throws IOException {
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(
        CannedResponse.json(200, "{\"id\":\"75c21163\"}"));
    server.setDispatcher(dispatcher);

    send(post(SESSIONS, "{\"tag\":\"" + "a".repeat(51) + "\"}"));

    AssertionError failure = assertThrows(AssertionError.class, dispatcher::assertConforms);
    assertEquals("1 spec violation(s):\n"
        + "Request POST /v1/accounts/9900000/sessions breaks webrtc-sessions.yaml:\n"
        + "Validation failed.\n"
        + "[ERROR][REQUEST][POST /v1/accounts/9900000/sessions @body] [Path '/tag'] String \""
        + "a".repeat(51) + "\" is too long (length: 51, maximum allowed: 50)",
        failure.getMessage());
  }

  @Test
  void responseWithAWrongTypeOrAnUndeclaredPropertyFails() throws IOException {
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(
        CannedResponse.json(200, "{\"id\":5,\"colour\":\"red\"}"));
    server.setDispatcher(dispatcher);

    send(post(SESSIONS, "{}"));

    assertEquals("1 spec violation(s):\n"
        + "Response 200 to POST /v1/accounts/9900000/sessions breaks webrtc-sessions.yaml:\n"
        + "Validation failed.\n"
        + "[ERROR][RESPONSE][POST /v1/accounts/9900000/sessions] Object instance has properties "
        + "which are not allowed by the schema: [\"colour\"]\n"
        + "[ERROR][RESPONSE][POST /v1/accounts/9900000/sessions] [Path '/id'] Instance type "
        + "(integer) does not match any allowed primitive type (allowed: [\"string\"])",
        dispatcher.violations());
  }

  @Test
  void undocumentedStatusFails() throws IOException {
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(CannedResponse.empty(418));
    server.setDispatcher(dispatcher);

    send(new Request.Builder().url(server.url(SESSIONS + "/abc")).build());

    assertEquals("1 spec violation(s):\n"
        + "Response 418 to GET /v1/accounts/9900000/sessions/abc breaks webrtc-sessions.yaml:\n"
        + "Validation failed.\n"
        + "[ERROR][RESPONSE][GET /v1/accounts/9900000/sessions/abc] Response status 418 not "
        + "defined for path '/accounts/{accountId}/sessions/{sessionId}'.",
        dispatcher.violations());
  }

  @Test
  void pathTheSpecDoesNotHaveFailsBothWays() throws IOException {
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(CannedResponse.empty(204));
    server.setDispatcher(dispatcher);

    send(new Request.Builder().url(server.url("/v1/accounts/9900000/rooms")).build());

    assertEquals("2 spec violation(s):\n"
        + "Request GET /v1/accounts/9900000/rooms breaks webrtc-sessions.yaml:\n"
        + "Validation failed.\n"
        + "[ERROR][GET /v1/accounts/9900000/rooms] No API path found that matches request "
        + "'/v1/accounts/9900000/rooms'.\n"
        + "Response 204 to GET /v1/accounts/9900000/rooms breaks webrtc-sessions.yaml:\n"
        + "Validation failed.\n"
        + "[ERROR][GET /v1/accounts/9900000/rooms] No API path found that matches request "
        + "'/v1/accounts/9900000/rooms'.", dispatcher.violations());
  }

  @Test
  void everyExchangeIsKeptInOrder() throws IOException {
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(CannedResponse.empty(204));
    server.setDispatcher(dispatcher);

    send(new Request.Builder().url(server.url(SESSIONS + "/a")).delete().build());
    send(new Request.Builder().url(server.url(SESSIONS + "/b")).delete().build());

    List<ValidatingDispatcher.Exchange> exchanges = dispatcher.exchanges();
    assertEquals(List.of(SESSIONS + "/a", SESSIONS + "/b"),
        exchanges.stream().map(ValidatingDispatcher.Exchange::path).toList());
    AssertionError failure = assertThrows(AssertionError.class, dispatcher::onlyExchange);
    assertEquals("Expected exactly 1 request, the client sent 2", failure.getMessage());
  }

  private Request post(String path, String json) {
    return new Request.Builder().url(server.url(path)).post(RequestBody.create(json, JSON)).build();
  }

  private int send(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    }
  }
}
