package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.LogLevel;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A bearer token supplied by the caller: asked for on every attempt, checked, never shown. */
final class BearerTokenTest {
  private static final String SESSION_JSON = "{\"id\":\"s1\"}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();

  private WebRtcClient client(Supplier<String> tokens) {
    return WebRtcClient.builder()
        .accountId(TestServers.ACCOUNT_ID)
        .bearerToken(tokens)
        .baseUrl(server.url("/v1/"))
        .sleeper(sleeper)
        .build();
  }

  /** Gives the tokens in order, the last one for ever. */
  private static Supplier<String> rotating(String... tokens) {
    Deque<String> left = new ArrayDeque<>(Arrays.asList(tokens));
    return () -> left.size() > 1 ? left.poll() : left.peek();
  }

  @Test
  void everyAttemptAsksForTheToken() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    WebRtcClient client = client(rotating("t1", "t2", "t3"));

    client.sessions().getSession("s1");
    client.sessions().getSessionAsync("s1").get(10, TimeUnit.SECONDS);

    assertEquals("Bearer t1", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer t2", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer t3", server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void unauthorizedIsSentOnceMoreWithTheNextToken() throws Exception {
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    WebRtcClient client = client(rotating("old", "new"));

    assertEquals("s1", client.sessions().getSession("s1").id());
    UnauthorizedException refused =
        assertThrows(UnauthorizedException.class, () -> client.sessions().getSession("s1"));

    assertEquals(2, refused.attempts());
    assertEquals("Bearer old", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer new", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void aMissingTokenFailsTheCallBeforeAnythingIsSent() throws Exception {
    assertNotSent(() -> null, "The bearer token supplier returned null");
    assertNotSent(() -> " \t", "The bearer token supplier returned a blank token");
    assertNotSent(
        () -> "abc\ndef",
        "The bearer token supplier returned a token with an invalid character 0x0a at index 3");
  }

  private void assertNotSent(Supplier<String> tokens, String message) throws Exception {
    WebRtcClient client = client(tokens);

    IllegalStateException blocking =
        assertThrows(IllegalStateException.class, () -> client.sessions().getSession("s1"));
    CompletableFuture<?> async = client.sessions().getSessionAsync("s1");
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> async.get(10, TimeUnit.SECONDS));

    assertEquals(message, blocking.getMessage());
    assertTrue(failed.getCause() instanceof IllegalStateException, failed.getCause().toString());
    assertEquals(message, failed.getCause().getMessage());
    assertEquals(0, server.getRequestCount());
    assertEquals(Collections.emptyList(), sleeper.waits(), "not retried");
  }

  @Test
  void aFailingSupplierFailsTheCallWithItsException() {
    IllegalArgumentException thrown = new IllegalArgumentException("vault sealed");
    WebRtcClient client =
        client(
            () -> {
              throw thrown;
            });

    assertSame(
        thrown,
        assertThrows(IllegalArgumentException.class, () -> client.sessions().getSession("s1")));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void theTokenIsNeverShown() throws Exception {
    server.enqueue(json(200, SESSION_JSON));
    List<String> logged = new ArrayList<>();
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("1")
            .bearerToken(() -> "s3cr3t-token")
            .baseUrl(server.url("/v1/"))
            .logLevel(LogLevel.HEADERS)
            .logger(logged::add)
            .build();

    client.sessions().getSession("s1");

    assertEquals(
        "WebRtcClient{baseUrl="
            + server.url("/v1/")
            + ", accountId=1, authentication=bearer token}",
        client.toString());
    assertTrue(String.join("\n", logged).contains("Authorization: ***"), logged.toString());
    assertFalse(String.join("\n", logged).contains("s3cr3t"), logged.toString());
  }

  @Test
  void exactlyOneWayOfAuthenticating() {
    WebRtcClient.Builder basic = WebRtcClient.builder().accountId("1").basicAuth("u", "p");

    assertEquals(
        "tokens == null",
        assertThrows(NullPointerException.class, () -> basic.bearerToken(null)).getMessage());
    assertEquals(
        "bearerToken and basicAuth are set; choose one way of authenticating",
        assertThrows(IllegalStateException.class, basic.bearerToken(() -> "t")::build)
            .getMessage());
    assertEquals(
        "oauth2, bearerToken and basicAuth are set; choose one way of authenticating",
        assertThrows(IllegalStateException.class, basic.oauth2("id", "secret")::build)
            .getMessage());
  }
}
