package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.SdkIoException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** I/O failures become a SdkIoException that names the request, never its credentials. */
final class SdkIoExceptionTest {
  @Test
  void connectionRefused() throws Exception {
    MockWebServer server = new MockWebServer();
    server.start();
    WebRtcClient client = TestServers.client(server);
    server.close();

    SdkIoException e =
        assertThrows(SdkIoException.class, () -> client.sessions().getSession("s1"));

    assertTrue(
        e.getMessage().startsWith("GET /v1/accounts/9900000/sessions/s1 failed: "), e.getMessage());
    assertNotNull(e.getCause());
    assertFalse(e.getMessage().contains(TestServers.PASSWORD));
  }

  @Test
  void connectionDropsBeforeResponse() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.start();
      WebRtcClient client = TestServers.client(server);

      SdkIoException e =
          assertThrows(
              SdkIoException.class, () -> client.participants().deleteParticipant("p1"));

      assertTrue(
          e.getMessage().startsWith("DELETE /v1/accounts/9900000/participants/p1 failed: "),
          e.getMessage());
    }
  }

  @Test
  void asyncCompletesExceptionally() throws Exception {
    MockWebServer server = new MockWebServer();
    server.start();
    WebRtcClient client = TestServers.client(server);
    server.close();

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.sessions().createSessionAsync().get(5, TimeUnit.SECONDS));

    assertEquals(SdkIoException.class, e.getCause().getClass());
    assertTrue(e.getCause().getMessage().startsWith("POST /v1/accounts/9900000/sessions failed: "));
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, "{}").newBuilder().headersDelay(10, TimeUnit.SECONDS).build());
      server.start();
      CountDownLatch canceled = new CountDownLatch(1);
      OkHttpClient okHttp =
          new OkHttpClient.Builder()
              .eventListener(
                  new EventListener() {
                    @Override
                    public void canceled(Call call) {
                      canceled.countDown();
                    }
                  })
              .build();
      WebRtcClient client =
          WebRtcClient.builder()
              .accountId(TestServers.ACCOUNT_ID)
              .basicAuth(TestServers.USERNAME, TestServers.PASSWORD)
              .baseUrl(server.url("/v1/"))
              .okHttpClient(okHttp)
              .build();

      CompletableFuture<?> future = client.sessions().getSessionAsync("s1");
      server.takeRequest(5, TimeUnit.SECONDS);

      assertTrue(future.cancel(true));
      assertTrue(future.isCancelled());
      assertTrue(canceled.await(5, TimeUnit.SECONDS), "the OkHttp call was not canceled");
    }
  }
}
