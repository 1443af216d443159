package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.webrtcsdk.sessions.model.Session;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials never follow a redirect to another host: server A, reached as {@code localhost},
 * redirects to server B, reached as {@code 127.0.0.1}.
 */
final class RedirectTest {
  private final MockWebServer a = new MockWebServer();
  private final MockWebServer b = new MockWebServer();
  private final MockWebServer tokens = new MockWebServer();

  @BeforeEach
  void setUp() throws Exception {
    a.start(InetAddress.getByName("127.0.0.1"), 0);
    b.start(InetAddress.getByName("127.0.0.1"), 0);
    tokens.start();
  }

  @AfterEach
  void tearDown() {
    a.close();
    b.close();
    tokens.close();
  }

  /** A's base URL by host name, so that B's {@code 127.0.0.1} is another host. */
  private HttpUrl baseUrlOfA() {
    return new HttpUrl.Builder()
        .scheme("http")
        .host("localhost")
        .port(a.getPort())
        .build()
        .resolve("/v1/");
  }

  private HttpUrl urlOfB(String path) {
    return new HttpUrl.Builder()
        .scheme("http")
        .host("127.0.0.1")
        .port(b.getPort())
        .build()
        .resolve(path);
  }

  private void redirectFromAToB() {
    a.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", urlOfB("/elsewhere/s1"))
            .build());
    b.enqueue(json(200, "{\"id\":\"s1\"}"));
  }

  @Test
  void basicCredentialsDoNotFollowARedirectToAnotherHost() throws Exception {
    redirectFromAToB();
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId(TestServers.ACCOUNT_ID)
            .basicAuth(TestServers.USERNAME, TestServers.PASSWORD)
            .baseUrl(baseUrlOfA())
            .build();

    assertEquals(Session.builder().id("s1").build(), client.sessions().getSession("s1"));

    RecordedRequest toA = a.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest toB = b.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(TestServers.AUTHORIZATION, toA.getHeaders().get("Authorization"));
    assertEquals("/elsewhere/s1", toB.getTarget());
    assertNull(toB.getHeaders().get("Authorization"));
  }

  @Test
  void bearerTokenDoesNotFollowARedirectToAnotherHost() throws Exception {
    redirectFromAToB();
    tokens.enqueue(json(200, "{\"access_token\":\"tok-A\",\"expires_in\":3600}"));
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId(TestServers.ACCOUNT_ID)
            .oauth2("id", "secret")
            .oauth2TokenUrl(tokens.url("/token"))
            .baseUrl(baseUrlOfA())
            .build();

    client.sessions().getSession("s1");

    assertEquals(
        "Bearer tok-A", a.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
    assertNull(b.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
  }

  @Test
  void credentialsDoNotFollowARedirectToAnotherPortOfTheSameHost() throws Exception {
    a.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", b.url("/v1/accounts/9900000/sessions/s1"))
            .build());
    b.enqueue(json(200, "{\"id\":\"s1\"}"));
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId(TestServers.ACCOUNT_ID)
            .basicAuth(TestServers.USERNAME, TestServers.PASSWORD)
            .baseUrl(a.url("/v1/"))
            .build();

    client.sessions().getSession("s1");

    assertEquals(a.url("/").host(), b.url("/").host());
    assertNull(b.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
  }

  @Test
  void credentialsFollowARedirectWithinTheSameOrigin() throws Exception {
    a.enqueue(
        new MockResponse.Builder()
            .code(301)
            .addHeader("Location", a.url("/v2/accounts/9900000/sessions/s1"))
            .build());
    a.enqueue(json(200, "{\"id\":\"s1\"}"));
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId(TestServers.ACCOUNT_ID)
            .basicAuth(TestServers.USERNAME, TestServers.PASSWORD)
            .baseUrl(a.url("/v1/"))
            .build();

    client.sessions().getSession("s1");

    a.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest redirected = a.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/v2/accounts/9900000/sessions/s1", redirected.getTarget());
    assertEquals(TestServers.AUTHORIZATION, redirected.getHeaders().get("Authorization"));
  }
}
