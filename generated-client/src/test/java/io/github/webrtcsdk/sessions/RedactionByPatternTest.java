package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.InvalidResponseException;
import io.github.webrtcsdk.runtime.LogLevel;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials are hidden by the shape of their names, wherever the client keeps or shows them. */
final class RedactionByPatternTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.participant.token";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
  private WebRtcClient client;

  @BeforeEach
  void setUp() {
    TestServers.failFast(server);
    client = TestServers.builder(server).maxRetries(0).build();
  }

  @Test
  void invalidResponseDoesNotKeepTheParticipantToken() {
    String body = "{\"participant\": 5, \"token\": \"" + TOKEN + "\"}";
    server.enqueue(json(200, body));
    CreateParticipantRequest request = CreateParticipantRequest.builder().build();

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> client.participants().createParticipant(request));

    assertEquals("{\"participant\": 5, \"token\": \"***\"}", e.rawBody());
  }

  @Test
  void logsRedactPropertiesNoListNames() {
    server.enqueue(
        json(
            200,
            "{\"id\":\"s1\",\"deviceToken\":\"d\",\"sessionSecretKey\":\"k\",\"api_key\":\"a\"}"));
    WebRtcClient logging =
        TestServers.builder(server).logLevel(LogLevel.BODY).logger(messages::add).build();

    logging.sessions().getSession("s1");

    assertTrue(
        messages
            .get(1)
            .endsWith(
                "\n\n{\"id\":\"s1\",\"deviceToken\":\"***\",\"sessionSecretKey\":\"***\","
                    + "\"api_key\":\"***\"}"),
        messages.get(1));
  }

  @Test
  void toStringHidesUndeclaredPropertiesNamedLikeCredentials() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("authToken", "t");
    meta.put("n", 1);
    Session session =
        Session.builder()
            .id("s1")
            .putAdditionalProperty("password", "p")
            .putAdditionalProperty("apiKey", "k")
            .putAdditionalProperty("meta", meta)
            .putAdditionalProperty(
                "list", Collections.singletonList(Collections.singletonMap("secret", "s")))
            .putAdditionalProperty("color", "red")
            .build();

    assertEquals(
        "Session{id=s1, password=***, apiKey=***, meta={authToken=***, n=1},"
            + " list=[{secret=***}], color=red}",
        session.toString());
    assertFalse(session.toString().contains("=p,"));
    assertEquals("p", session.additionalProperties().get("password"), "the value is kept");
  }
}
