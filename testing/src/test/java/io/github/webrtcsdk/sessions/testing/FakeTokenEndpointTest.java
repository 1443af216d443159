package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.testing.TestHttp.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake's token endpoint; the extension fails any test whose API exchanges broke the spec. */
@ExtendWith(FakeWebRtcExtension.class)
final class FakeTokenEndpointTest {
  private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .callTimeout(10, TimeUnit.SECONDS)
      .build();
  private static final RequestBody GRANT =
      new FormBody.Builder().add("grant_type", "client_credentials").build();

  private final FakeWebRtcServer fake;

  FakeTokenEndpointTest(FakeWebRtcServer fake) {
    this.fake = fake;
  }

  @Test
  void defaultClientCredentialsAndTokenUrl() {
    assertEquals("fake-client-id", fake.clientId());
    assertEquals("fake-client-secret", fake.clientSecret());
    assertEquals(fake.baseUrl().replace("/v1", "/oauth2/token"), fake.oauth2TokenUrl());
    try (FakeWebRtcServer unstarted = FakeWebRtcServer.builder().build()) {
      assertEquals("not started",
          assertThrows(IllegalStateException.class, unstarted::oauth2TokenUrl).getMessage());
    }
  }

  @Test
  void issuedTokenIsAcceptedByTheApi() {
    Result token = requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()), GRANT);

    assertEquals(200, token.code(), token.body());
    Map<String, Object> json = token.json();
    assertEquals("Bearer", json.get("token_type"));
    assertEquals(3600.0, json.get("expires_in"));
    assertEquals("no-store", token.header("Cache-Control"));
    String accessToken = (String) json.get("access_token");
    assertTrue(accessToken.matches("fake-oauth2-[A-Za-z0-9_-]{32}"), accessToken);
    Result created = TestHttp.withAuthorization(fake, "Bearer " + accessToken)
        .post("/sessions", "{\"tag\":\"oauth\"}");
    assertEquals(200, created.code(), created.body());
    assertEquals(1, fake.tokenRequestCount());
    assertEquals(1, fake.requestCount());
  }

  @Test
  void everyRequestGetsANewToken() {
    String first = accessToken();
    String second = accessToken();

    assertNotEquals(first, second);
    assertEquals(200, TestHttp.withAuthorization(fake, "Bearer " + first).post("/sessions", null)
        .code());
    assertEquals(200, TestHttp.withAuthorization(fake, "Bearer " + second).post("/sessions", null)
        .code());
  }

  @Test
  void tokensExpireAfterTheirLifetime() throws InterruptedException {
    fake.tokenLifetime(Duration.ofMillis(200));
    Result token = requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()), GRANT);
    assertEquals(1.0, token.json().get("expires_in"), "rounded up to whole seconds");
    String accessToken = (String) token.json().get("access_token");
    TestHttp api = TestHttp.withAuthorization(fake, "Bearer " + accessToken);
    assertEquals(200, api.post("/sessions", null).code());

    Thread.sleep(300);

    Result expired = api.post("/sessions", null);
    assertEquals(401, expired.code());
    assertEquals("{\"message\":\"Unauthorized\"}", expired.body());
  }

  @Test
  void zeroLifetimeIssuesExpiredTokensAndResetRestoresTheDefault() {
    fake.tokenLifetime(Duration.ZERO);
    Result token = requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()), GRANT);
    assertEquals(0.0, token.json().get("expires_in"));
    assertEquals(401, TestHttp.withAuthorization(fake, "Bearer " + token.json().get("access_token"))
        .post("/sessions", null).code());

    fake.reset();

    assertEquals(0, fake.tokenRequestCount());
    assertEquals(3600.0, requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()),
        GRANT).json().get("expires_in"));
  }

  @Test
  void tokenLifetimeIsChecked() {
    assertEquals("lifetime == null",
        assertThrows(NullPointerException.class, () -> fake.tokenLifetime(null)).getMessage());
    assertEquals("lifetime is negative: PT-1S",
        assertThrows(IllegalArgumentException.class,
            () -> fake.tokenLifetime(Duration.ofSeconds(-1))).getMessage());
  }

  @Test
  void wrongOrMissingClientCredentialsAre401() {
    Result wrong = requestToken(Credentials.basic(fake.clientId(), "other"), GRANT);
    assertEquals(401, wrong.code());
    assertEquals("{\"error\":\"invalid_client\"}", wrong.body());
    assertEquals("Basic realm=\"fake\"", wrong.header("WWW-Authenticate"));
    assertEquals(401, requestToken(null, GRANT).code());
    assertEquals(401, requestToken("Bearer fake-access-token", GRANT).code());
    assertEquals(401, requestToken("Basic !!!", GRANT).code());
  }

  @Test
  void grantTypeIsChecked() {
    String client = Credentials.basic(fake.clientId(), fake.clientSecret());

    Result missing = requestToken(client, new FormBody.Builder().add("scope", "x").build());
    Result other = requestToken(client, new FormBody.Builder().add("grant_type", "password")
        .build());

    assertEquals(400, missing.code());
    assertEquals("{\"error\":\"invalid_request\"}", missing.body());
    assertEquals(400, other.code());
    assertEquals("{\"error\":\"unsupported_grant_type\"}", other.body());
  }

  @Test
  void onlyPostIsServed() {
    Result get = TestHttp.withAuthorization(fake, null).callUrl("GET", fake.oauth2TokenUrl(), null);

    assertEquals(405, get.code());
    assertEquals("POST", get.header("Allow"));
    assertEquals(List.of(), fake.validationReports());
  }

  @Test
  void configuredClientCredentials() {
    try (FakeWebRtcServer custom = FakeWebRtcServer.builder()
        .oauth2Client("my-client", "my-secret").build().start()) {
      assertEquals("my-client", custom.clientId());
      assertEquals("my-secret", custom.clientSecret());
      assertEquals(200, post(custom.oauth2TokenUrl(), Credentials.basic("my-client", "my-secret"),
          GRANT).code());
      assertEquals(401, post(custom.oauth2TokenUrl(),
          Credentials.basic("fake-client-id", "fake-client-secret"), GRANT).code());
    }
    FakeWebRtcServer.Builder builder = FakeWebRtcServer.builder();
    assertEquals("clientId contains ':': a:b",
        assertThrows(IllegalArgumentException.class, () -> builder.oauth2Client("a:b", "s"))
            .getMessage());
    assertEquals("clientSecret == null",
        assertThrows(NullPointerException.class, () -> builder.oauth2Client("a", null))
            .getMessage());
  }

  @Test
  void issuedTokensAreAcceptedWithFixedBearerTokensOff() {
    try (FakeWebRtcServer noFixed = FakeWebRtcServer.builder().bearerTokens().build().start()) {
      Result token = post(noFixed.oauth2TokenUrl(),
          Credentials.basic(noFixed.clientId(), noFixed.clientSecret()), GRANT);
      assertEquals(200, TestHttp.withAuthorization(noFixed,
          "Bearer " + token.json().get("access_token")).post("/sessions", null).code());
    }
  }

  @Test
  void faultsOnTheTokenEndpointAreItsOwn() {
    fake.failNextTokenRequest(Fault.status(500));
    fake.failNextTokenRequest(Fault.status(401));
    fake.failNextTokenRequest(Fault.status(503).withHeader("Retry-After", "1"));
    fake.failNextTokenRequest(Fault.status(200));
    fake.failNextTokenRequest(Fault.status(400).withBody("{\"error\":\"invalid_scope\"}"));
    String client = Credentials.basic(fake.clientId(), fake.clientSecret());

    // An API request in between is not faulted.
    assertEquals(200, TestHttp.basic(fake).post("/sessions", null).code());
    assertEquals("{\"error\":\"server_error\"}", requestToken(client, GRANT).body());
    assertEquals("{\"error\":\"invalid_client\"}", requestToken(client, GRANT).body());
    Result unavailable = requestToken(client, GRANT);
    assertEquals(503, unavailable.code());
    assertEquals("1", unavailable.header("Retry-After"));
    assertEquals("{\"error\":\"temporarily_unavailable\"}", unavailable.body());
    Result empty = requestToken(client, GRANT);
    assertEquals(200, empty.code());
    assertEquals("{}", empty.body());
    assertEquals("{\"error\":\"invalid_scope\"}", requestToken(client, GRANT).body());
    assertEquals(200, requestToken(client, GRANT).code());
    assertEquals(6, fake.tokenRequestCount());
    assertEquals(1, fake.requestCount());
  }

  @Test
  void disconnectFaultOnTheTokenEndpoint() {
    fake.failNextTokenRequest(Fault.disconnect());

    assertThrows(UncheckedIOException.class,
        () -> requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()), GRANT));
    assertEquals("fault == null",
        assertThrows(NullPointerException.class, () -> fake.failNextTokenRequest(null))
            .getMessage());
  }

  @Test
  void apiFaultsDoNotApplyToTokenRequests() {
    fake.failNext(503);

    assertEquals(200, requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()), GRANT)
        .code());
    assertEquals(503, TestHttp.basic(fake).post("/sessions", null).code());
  }

  private String accessToken() {
    return (String) requestToken(Credentials.basic(fake.clientId(), fake.clientSecret()), GRANT)
        .json().get("access_token");
  }

  private Result requestToken(String authorization, RequestBody body) {
    return post(fake.oauth2TokenUrl(), authorization, body);
  }

  private static Result post(String url, String authorization, RequestBody body) {
    Request.Builder request = new Request.Builder().url(url).post(body);
    if (authorization != null) request.header("Authorization", authorization);
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      return new Result(response.code(), response.body().string(),
          response.headers().toMultimap());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
