package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static io.github.webrtcsdk.sessions.TestServers.noContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No id can change the path or the query of a request: Retrofit encodes each as one path segment,
 * and the values that cannot be (null, blank, and the dot segments Retrofit refuses) fail before
 * anything is sent.
 */
final class PathEncodingTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = TestServers.client(server);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "../x            | ..%2Fx",
        "../../admin     | ..%2F..%2Fadmin",
        "a/b?c=d         | a%2Fb%3Fc=d",
        "%2F             | %252F",
        "%2e%2e          | %252e%252e",
        "#fragment       | %23fragment",
        "'a b'           | a%20b",
        "é☃              | %C3%A9%E2%98%83",
        "a\\b            | a%5Cb",
        "{x}             | %7Bx%7D",
        "...             | ...",
        ".hidden         | .hidden",
      })
  void sessionIdIsOneEncodedSegment(String id, String encoded) throws Exception {
    server.enqueue(json(200, "{}"));

    client.sessions().getSession(id);

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/v1/accounts/9900000/sessions/" + encoded, request.getTarget());
    assertEquals(5, request.getUrl().pathSegments().size());
    assertEquals(id, request.getUrl().pathSegments().get(4));
    assertEquals(null, request.getUrl().query());
  }

  @Test
  void everyPathParameterIsEncoded() throws Exception {
    server.enqueue(noContent());

    client.sessions().addParticipantToSession("s/1", "p?1");

    assertEquals(
        "/v1/accounts/9900000/sessions/s%2F1/participants/p%3F1",
        server.takeRequest(5, TimeUnit.SECONDS).getTarget());
  }

  @Test
  void accountIdIsEncodedToo() throws Exception {
    server.enqueue(json(200, "{}"));

    clientOfAccount("99/../00").sessions().createSession();

    assertEquals("/v1/accounts/99%2F..%2F00/sessions", server.takeRequest().getTarget());
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentsAreRejected(String id) {
    String message = "@Path parameters shouldn't perform path traversal ('.' or '..'): " + id;
    assertRejected(
        IllegalArgumentException.class, message, () -> client.sessions().getSession(id));
    assertRejected(
        IllegalArgumentException.class,
        message,
        () -> client.participants().deleteParticipantAsync(id));
  }

  @Test
  void aDotAccountIdIsRejectedOnEachCall() {
    WebRtcClient other = clientOfAccount("..");

    assertRejected(
        IllegalArgumentException.class,
        "@Path parameters shouldn't perform path traversal ('.' or '..'): ..",
        () -> other.sessions().createSession());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
  void blankIdsAreRejected(String id) {
    assertRejected(
        IllegalArgumentException.class,
        "sessionId is blank",
        () -> client.sessions().deleteSession(id));
    assertRejected(
        IllegalArgumentException.class,
        "participantId is blank",
        () -> client.sessions().removeParticipantFromSession("s1", id));
    assertRejected(
        IllegalArgumentException.class,
        "participantId is blank",
        () -> client.participants().getParticipantAsync(id));
    assertRejected(
        IllegalArgumentException.class,
        "sessionId is blank",
        () -> client.sessions().withRawResponse().getSession(id));
  }

  @Test
  void nullIdsAreRejected() {
    assertRejected(
        NullPointerException.class, "sessionId == null", () -> client.sessions().getSession(null));
    assertRejected(
        NullPointerException.class,
        "participantId == null",
        () -> client.sessions().getParticipantSubscriptions("s1", (String) null));
    assertRejected(
        NullPointerException.class,
        "sessionId == null",
        () -> client.sessions().listSessionParticipantsAsync(null));
    assertRejected(
        NullPointerException.class,
        "participantId == null",
        () -> client.participants().withRawResponse().getParticipantAsync(null));
  }

  @Test
  void nullBodiesAreRejected() {
    assertRejected(
        NullPointerException.class,
        "session == null",
        () -> client.sessions().createSession((Session) null));
    assertRejected(
        NullPointerException.class,
        "subscriptions == null",
        () -> client.sessions().updateParticipantSubscriptions("s1", "p1", (Subscriptions) null));
    assertRejected(
        NullPointerException.class,
        "createParticipantRequest == null",
        () -> client.participants().createParticipantAsync((CreateParticipantRequest) null));
  }

  private WebRtcClient clientOfAccount(String accountId) {
    return WebRtcClient.builder()
        .accountId(accountId)
        .basicAuth("u", "p")
        .baseUrl(server.url("/v1/"))
        .build();
  }

  /** Fails at once with {@code message}, and nothing reaches the server. */
  private void assertRejected(Class<? extends Throwable> type, String message, Executable call) {
    Throwable thrown = assertThrows(type, call);
    assertEquals(message, thrown.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
