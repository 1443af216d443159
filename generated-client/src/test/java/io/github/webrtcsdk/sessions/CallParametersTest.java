package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.sessions.model.Session;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The headers and query parameters that {@link RequestOptions} adds to one call. */
final class CallParametersTest {
  private static final String SESSION_JSON = "{\"id\":\"s1\",\"tag\":\"t\"}";
  private static final RequestOptions TRACED =
      RequestOptions.builder()
          .header("X-Request-Id", "abc")
          .header("Idempotency-Key", "key 1")
          .queryParameter("trace", "1")
          .queryParameter("trace", "a&b")
          .build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();

  @Test
  void everyAttemptCarriesTheCallsHeadersAndQueryParameters() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, SESSION_JSON));
    WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();

    Session session = client.sessions().getSession("s1", TRACED);

    assertEquals("s1", session.id());
    for (int attempt = 1; attempt <= 2; attempt++) {
      RecordedRequest request = server.takeRequest();
      assertEquals(
          "/v1/accounts/9900000/sessions/s1?trace=1&trace=a%26b", request.getTarget(), "attempt");
      assertEquals("abc", request.getHeaders().get("X-Request-Id"));
      assertEquals("key 1", request.getHeaders().get("Idempotency-Key"));
      assertEquals(TestServers.AUTHORIZATION, request.getHeaders().get("Authorization"));
    }
  }

  @Test
  void asyncAndRawCallsCarryThemToo() throws Exception {
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    WebRtcClient client = TestServers.client(server);

    client.sessions().getSessionAsync("s1", TRACED).get(10, TimeUnit.SECONDS);
    client.sessions().withRawResponse().getSession("s1", TRACED);

    for (int call = 1; call <= 2; call++) {
      RecordedRequest request = server.takeRequest();
      assertEquals("/v1/accounts/9900000/sessions/s1?trace=1&trace=a%26b", request.getTarget());
      assertEquals("abc", request.getHeaders().get("X-Request-Id"));
    }
  }

  @Test
  void otherCallsDoNotCarryThem() throws Exception {
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    WebRtcClient client = TestServers.client(server);

    client.sessions().getSession("s1", TRACED);
    client.sessions().getSession("s1");

    server.takeRequest();
    RecordedRequest plain = server.takeRequest();
    assertEquals("/v1/accounts/9900000/sessions/s1", plain.getTarget());
    assertEquals(null, plain.getHeaders().get("X-Request-Id"));
  }
}
