package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.InvalidResponseException;
import io.github.webrtcsdk.runtime.LogLevel;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.RequestLogger;
import io.github.webrtcsdk.runtime.SdkIoException;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request and response logging: off by default, and never a credential or a token. */
final class LoggingTest {
  private static final String CLIENT_SECRET = "s3cr3t-Shh";
  private static final String ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.access.token";
  private static final String DEVICE_TOKEN = "eyJhbGciOiJIUzI1NiJ9.device.token";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final List<String> messages = new ArrayList<>();
  private final RequestLogger logger =
      message -> {
        synchronized (messages) {
          messages.add(message);
        }
      };

  @BeforeEach
  void setUp() throws Exception {
    TestServers.failFast(server);
  }

  private String log() {
    synchronized (messages) {
      return String.join("\n", messages);
    }
  }

  @Test
  void nothingIsLoggedByDefault() {
    server.enqueue(json(200, "{}"));
    WebRtcClient client = TestServers.builder(server).logger(logger).build();

    client.sessions().getSession("s1");

    assertEquals(new ArrayList<String>(), messages);
  }

  @Test
  void basicLevelLogsRequestLineStatusAndAttempt() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(json(200, "{}"));
    WebRtcClient client =
        TestServers.builder(server)
            .sleeper(new FakeSleeper())
            .logLevel(LogLevel.BASIC)
            .logger(logger)
            .build();

    client.sessions().getSession("s1");

    String url = server.url("/v1/accounts/9900000/sessions/s1").toString();
    assertEquals(4, messages.size(), log());
    assertEquals("--> GET " + url, messages.get(0));
    assertTrue(messages.get(1).matches("<-- 503 GET \\Q" + url + "\\E \\(\\d+ ms\\)"), log());
    assertEquals("--> GET " + url + " (attempt 2)", messages.get(2));
    assertTrue(messages.get(3).startsWith("<-- 200 GET " + url + " ("), log());
  }

  @Test
  void headersLevelRedactsAuthorization() {
    server.enqueue(json(200, "{}").newBuilder().addHeader("Set-Cookie", "session=abc").build());
    WebRtcClient client =
        TestServers.builder(server).maxRetries(0).logLevel(LogLevel.HEADERS).logger(logger).build();

    client.sessions().getSession("s1");

    String log = log();
    assertTrue(log.contains("\nAuthorization: ***"), log);
    assertTrue(log.contains("\nSet-Cookie: ***"), log);
    assertTrue(log.contains("\nAccept: application/json"), log);
    assertTrue(log.contains("\nUser-Agent: webrtc-sessions-java/"), log);
    assertTrue(log.contains("\nX-Request-Id: req-200"), log);
    assertFalse(log.contains(TestServers.AUTHORIZATION.substring(6)), log);
    assertFalse(log.contains(TestServers.PASSWORD), log);
    assertFalse(log.contains("abc"), log);
  }

  @Test
  void bodyLevelRedactsTheParticipantToken() {
    server.enqueue(
        json(
            200,
            "{\"participant\":{\"id\":\"p1\",\"publishPermissions\":[\"AUDIO\"]},"
                + "\"token\":\""
                + DEVICE_TOKEN
                + "\"}"));
    WebRtcClient client =
        TestServers.builder(server).logLevel(LogLevel.BODY).logger(logger).build();

    CreateParticipantResponse response =
        client
            .participants()
            .createParticipant(
                CreateParticipantRequest.builder()
                    .addPublishPermission(PublishPermission.AUDIO)
                    .tag("alice")
                    .build());

    assertEquals(DEVICE_TOKEN, response.token(), "the caller still gets the token");
    assertEquals(2, messages.size(), log());
    assertTrue(
        messages.get(0).endsWith("\n\n{\"publishPermissions\":[\"AUDIO\"],\"tag\":\"alice\"}"),
        messages.get(0));
    assertTrue(
        messages
            .get(1)
            .endsWith(
                "\n\n{\"participant\":{\"id\":\"p1\",\"publishPermissions\":[\"AUDIO\"]},"
                    + "\"token\":\"***\"}"),
        messages.get(1));
    assertFalse(log().contains(DEVICE_TOKEN), log());
  }

  @Test
  void bodyLevelRedactsTheTokenRequestAndResponse() throws Exception {
    try (MockWebServer tokens = new MockWebServer()) {
      tokens.start();
      tokens.enqueue(
          json(
              200,
              "{\"access_token\":\""
                  + ACCESS_TOKEN
                  + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
      server.enqueue(json(200, "{\"id\":\"s1\"}"));
      WebRtcClient client =
          WebRtcClient.builder()
              .accountId("9900000")
              .oauth2("client-1", CLIENT_SECRET)
              .oauth2TokenUrl(tokens.url("/token"))
              .baseUrl(server.url("/v1/"))
              .logLevel(LogLevel.BODY)
              .logger(logger)
              .build();

      client.sessions().getSession("s1");

      String log = log();
      assertEquals(4, messages.size(), log);
      assertTrue(messages.get(0).startsWith("--> POST " + tokens.url("/token")), log);
      assertTrue(messages.get(0).contains("\nAuthorization: ***"), log);
      assertTrue(messages.get(0).endsWith("\n\ngrant_type=client_credentials"), log);
      assertTrue(
          messages
              .get(1)
              .endsWith(
                  "\n\n{\"access_token\":\"***\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
          log);
      assertTrue(messages.get(2).contains("\nAuthorization: ***"), log);
      assertFalse(log.contains(ACCESS_TOKEN), log);
      assertFalse(log.contains(CLIENT_SECRET), log);
      assertFalse(log.contains("Y2xpZW50LTE6"), log); // base64 of "client-1:"
    }
  }

  @Test
  void bodyThatCannotBeParsedIsNotShown() {
    String truncated = "{\"id\":\"s1\",\"token\":\"" + DEVICE_TOKEN;
    server.enqueue(json(200, truncated));
    WebRtcClient client =
        TestServers.builder(server).maxRetries(0).logLevel(LogLevel.BODY).logger(logger).build();

    assertThrows(InvalidResponseException.class, () -> client.sessions().getSession("s1"));

    assertTrue(
        messages
            .get(1)
            .endsWith(
                "\n\n("
                    + truncated.length()
                    + "-byte JSON body not shown: it does not parse, so it cannot be redacted)"),
        log());
    assertFalse(log().contains(DEVICE_TOKEN), log());
  }

  @Test
  void htmlBodyIsNotShown() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/html")
            .body("<h1>Not here</h1>")
            .build());
    WebRtcClient client =
        TestServers.builder(server).logLevel(LogLevel.BODY).logger(logger).build();

    assertThrows(NotFoundException.class, () -> client.sessions().getSession("s1"));

    assertTrue(messages.get(1).endsWith("\n\n(17-byte text/html body not shown)"), log());
  }

  @Test
  void failedAttemptIsLogged() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/v1/accounts/9900000/sessions/s1").toString();
    WebRtcClient client =
        TestServers.builder(closed).maxRetries(0).logLevel(LogLevel.BASIC).logger(logger).build();
    closed.close();

    assertThrows(SdkIoException.class, () -> client.sessions().getSession("s1"));

    assertTrue(messages.get(1).startsWith("<-- GET " + url + " failed after "), log());
  }

  @Test
  void failingLoggerDoesNotFailTheCall() {
    server.enqueue(json(200, "{\"id\":\"s1\"}"));
    WebRtcClient client =
        TestServers.builder(server)
            .logLevel(LogLevel.BODY)
            .logger(
                message -> {
                  throw new IllegalStateException("logger down");
                })
            .build();

    assertEquals("s1", client.sessions().getSession("s1").id());
  }

  @Test
  void javaUtilLoggingIsTheDefaultLogger() {
    Logger jul = Logger.getLogger("io.github.webrtcsdk.sessions.WebRtcClient");
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            synchronized (records) {
              records.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    boolean useParentHandlers = jul.getUseParentHandlers();
    jul.setUseParentHandlers(false); // Keeps the build's console quiet.
    jul.addHandler(handler);
    try {
      server.enqueue(json(200, "{}"));
      WebRtcClient client = TestServers.builder(server).logLevel(LogLevel.BASIC).build();

      client.sessions().getSession("s1");

      assertEquals(2, records.size());
      assertEquals(Level.INFO, records.get(0).getLevel());
      assertTrue(records.get(0).getMessage().startsWith("--> GET "), records.get(0).getMessage());
    } finally {
      jul.removeHandler(handler);
      jul.setUseParentHandlers(useParentHandlers);
    }
  }

  @Test
  void logLevelAndLoggerReject() {
    assertEquals(
        "logLevel == null",
        assertThrows(NullPointerException.class, () -> WebRtcClient.builder().logLevel(null))
            .getMessage());
    assertEquals(
        "logger == null",
        assertThrows(NullPointerException.class, () -> WebRtcClient.builder().logger(null))
            .getMessage());
  }
}
