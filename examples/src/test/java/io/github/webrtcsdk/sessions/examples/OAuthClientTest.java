package io.github.webrtcsdk.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.webrtcsdk.runtime.AuthenticationException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import io.github.webrtcsdk.sessions.testing.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeWebRtcExtension.class)
final class OAuthClientTest {
  private static WebRtcClient client(FakeWebRtcServer fake) {
    return WebRtcClient.builder()
        .accountId(fake.accountId())
        .oauth2(fake.clientId(), fake.clientSecret())
        .oauth2TokenUrl(fake.oauth2TokenUrl())
        .baseUrl(fake.baseUrl())
        .build();
  }

  @Test
  void oneTokenServesManyCalls(FakeWebRtcServer fake) {
    WebRtcClient client = client(fake);

    client.sessions().createSession(Session.builder().tag("standup").build());
    client.sessions().createSession(Session.builder().tag("retro").build());

    assertEquals(2, fake.sessions().size());
    assertEquals(1, fake.tokenRequestCount());
  }

  @Test
  void anExpiredTokenIsRenewed(FakeWebRtcServer fake) throws InterruptedException {
    fake.tokenLifetime(Duration.ofSeconds(1));
    WebRtcClient client = client(fake);
    client.sessions().createSession(Session.builder().tag("standup").build());

    Thread.sleep(1_100);
    client.sessions().createSession(Session.builder().tag("retro").build());

    assertEquals(2, fake.tokenRequestCount());
  }

  @Test
  void aRefusedTokenRequestSendsNothing(FakeWebRtcServer fake) {
    fake.failNextTokenRequest(Fault.status(401));
    WebRtcClient client = client(fake);

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> client.sessions().createSession(Session.builder().tag("standup").build()));

    assertEquals(401, e.statusCode());
    assertEquals(0, fake.requestCount());
  }
}
