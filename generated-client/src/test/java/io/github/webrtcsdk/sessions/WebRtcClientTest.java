package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class WebRtcClientTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void setUp() throws Exception {
  }

  @Test
  void defaultBaseUrlIsProduction() {
    WebRtcClient client = WebRtcClient.builder().accountId("1").basicAuth("u", "p").build();

    assertEquals("https://api.webrtc.bandwidth.com/v1/", WebRtcClient.DEFAULT_BASE_URL);
    assertEquals(HttpUrl.get("https://api.webrtc.bandwidth.com/v1/"), client.baseUrl());
    assertEquals("1", client.accountId());
  }

  @Test
  void buildNamesEveryMissingSetting() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> WebRtcClient.builder().build());
    assertEquals(
        "Missing required settings: accountId, oauth2, bearerToken or basicAuth", e.getMessage());

    e =
        assertThrows(
            IllegalStateException.class, () -> WebRtcClient.builder().accountId("1").build());
    assertEquals("Missing required settings: oauth2, bearerToken or basicAuth", e.getMessage());
  }

  @Test
  void builderChecksArguments() {
    WebRtcClient.Builder builder = WebRtcClient.builder();

    assertEquals(
        "accountId == null",
        assertThrows(NullPointerException.class, () -> builder.accountId(null)).getMessage());
    assertEquals(
        "accountId is blank",
        assertThrows(IllegalArgumentException.class, () -> builder.accountId(" ")).getMessage());
    assertEquals(
        "username == null",
        assertThrows(NullPointerException.class, () -> builder.basicAuth(null, "p")).getMessage());
    assertEquals(
        "password == null",
        assertThrows(NullPointerException.class, () -> builder.basicAuth("u", null)).getMessage());
    assertEquals(
        "baseUrl == null",
        assertThrows(NullPointerException.class, () -> builder.baseUrl((String) null))
            .getMessage());
    assertEquals(
        "okHttpClient == null",
        assertThrows(NullPointerException.class, () -> builder.okHttpClient(null)).getMessage());
  }

  @Test
  void invalidBaseUrlIsNotEchoed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WebRtcClient.builder().baseUrl("ftp://user:secret@host/"));

    assertEquals("baseUrl is not an http or https URL", e.getMessage());
  }

  @Test
  void baseUrlWithoutTrailingSlashKeepsItsPath() throws Exception {
    server.enqueue(json(200, "{}"));
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("1")
            .basicAuth("u", "p")
            .baseUrl(server.url("/v1").toString())
            .build();

    client.sessions().createSession();

    assertEquals(server.url("/v1/"), client.baseUrl());
    assertEquals("/v1/accounts/1/sessions", server.takeRequest().getTarget());
  }

  @Test
  void basicAuthHeaderIsUtf8() throws Exception {
    server.enqueue(json(200, "{}"));
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("1")
            .basicAuth("usér", "pässwörd")
            .baseUrl(server.url("/"))
            .build();

    client.sessions().getSession("s");

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("Basic dXPDqXI6cMOkc3N3w7ZyZA==", request.getHeaders().get("Authorization"));
    assertEquals("/accounts/1/sessions/s", request.getTarget());
  }

  @Test
  void derivedFromGivenOkHttpClientSharingItsPoolAndInterceptors() throws Exception {
    server.enqueue(json(200, "{}"));
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .connectionPool(pool)
            .addInterceptor(
                chain ->
                    chain.proceed(chain.request().newBuilder().header("X-Caller", "1").build()))
            .build();
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("1")
            .basicAuth("u", "p")
            .baseUrl(server.url("/v1/"))
            .okHttpClient(shared)
            .build();

    client.sessions().getSession("s");

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("1", request.getHeaders().get("X-Caller"));
    assertEquals("Basic dTpw", request.getHeaders().get("Authorization"));
    assertEquals(1, pool.connectionCount());
    assertTrue(shared.interceptors().size() == 1, "the given client is not changed");
  }

  @Test
  void servicesAreCreatedOnce() {
    WebRtcClient client = WebRtcClient.builder().accountId("1").basicAuth("u", "p").build();

    assertSame(client.sessions(), client.sessions());
    assertSame(client.participants(), client.participants());
  }

  @Test
  void toStringHoldsNoCredentials() {
    WebRtcClient client =
        WebRtcClient.builder().accountId("1").basicAuth("user", "s3cret-pass").build();

    assertFalse(client.toString().contains("s3cret-pass"));
    assertFalse(client.sessions().toString().contains("s3cret-pass"));
  }

  @Test
  void toStringNamesBaseUrlAccountAndScheme() {
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("1")
            .basicAuth("user", "s3cret-pass")
            .baseUrl("https://u:pw@example.com/v1")
            .build();

    assertEquals(
        "WebRtcClient{baseUrl=https://example.com/v1/, accountId=1, authentication=HTTP Basic}",
        client.toString());
  }
}
