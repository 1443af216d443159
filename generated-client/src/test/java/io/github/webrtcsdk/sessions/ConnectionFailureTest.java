package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.SdkIoException;
import io.github.webrtcsdk.runtime.internal.Sleeper;
import io.github.webrtcsdk.sessions.model.Session;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Connection failures and timeouts: which are retried, and what the last one says. */
final class ConnectionFailureTest {
  private static final String SESSION_JSON = "{\"id\":\"s1\"}";
  private static final RequestOptions HALF_A_SECOND =
      RequestOptions.builder().timeout(Duration.ofMillis(500)).build();
  private static final Session SESSION = Session.builder().id("s1").build();

  private final FakeSleeper sleeper = new FakeSleeper();

  @Test
  void connectionRefusedIsRetriedThenFails() throws Exception {
    MockWebServer server = new MockWebServer();
    server.start();
    WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();
    server.close();

    SdkIoException e =
        assertThrows(SdkIoException.class, () -> client.sessions().getSession("s1"));

    assertEquals(3, e.attempts());
    assertTrue(e.getCause() instanceof ConnectException, String.valueOf(e.getCause()));
    assertTrue(
        e.getMessage().startsWith("GET /v1/accounts/9900000/sessions/s1 failed after 3 attempts: "),
        e.getMessage());
    assertEquals(2, sleeper.waits().size());
  }

  @Test
  void connectionRefusedAsyncIsRetriedThenFails() throws Exception {
    MockWebServer server = new MockWebServer();
    server.start();
    WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();
    server.close();

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.sessions().deleteSessionAsync("s1").get(5, TimeUnit.SECONDS));

    SdkIoException cause = (SdkIoException) e.getCause();
    assertEquals(3, cause.attempts());
    assertTrue(cause.getCause() instanceof ConnectException, String.valueOf(cause.getCause()));
  }

  @Test
  void connectionResetIsRetried() throws Exception {
    try (ResettingServer server = new ResettingServer(1, SESSION_JSON)) {
      WebRtcClient client = client(server);

      assertEquals(SESSION, client.sessions().getSession("s1"));

      assertEquals(2, server.connections.get());
      assertEquals(1, sleeper.waits().size());
    }
  }

  @Test
  void connectionResetEveryTimeFailsAfterRetries() throws Exception {
    try (ResettingServer server = new ResettingServer(Integer.MAX_VALUE, SESSION_JSON)) {
      WebRtcClient client = client(server);

      SdkIoException e =
          assertThrows(SdkIoException.class, () -> client.sessions().getSession("s1"));

      assertEquals(3, e.attempts());
      assertEquals(3, server.connections.get());
      assertTrue(e.getCause() instanceof SocketException || isEndOfStream(e), e.toString());
    }
  }

  private static boolean isEndOfStream(SdkIoException e) {
    return String.valueOf(e.getCause().getMessage()).contains("end of stream");
  }

  @Test
  void connectionClosedBeforeTheResponseIsRetried() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.enqueue(json(200, SESSION_JSON));
      server.start();
      WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();

      assertEquals(SESSION, client.sessions().getSession("s1"));

      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void readTimeoutIsRetried() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          json(200, SESSION_JSON).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
      server.enqueue(json(200, SESSION_JSON));
      server.start();
      WebRtcClient client =
          TestServers.builder(server).sleeper(sleeper).readTimeout(Duration.ofMillis(200)).build();

      assertEquals(SESSION, client.sessions().getSession("s1"));

      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void readTimeoutOfTheCallOverridesTheClient() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          json(200, SESSION_JSON).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
      server.start();
      WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();
      long start = System.nanoTime();

      SdkIoException e =
          assertThrows(
              SdkIoException.class,
              () ->
                  client
                      .sessions()
                      .getSession(
                          "s1",
                          RequestOptions.builder()
                              .readTimeout(Duration.ofMillis(200))
                              .maxRetries(0)
                              .build()));

      assertEquals(SocketTimeoutException.class, e.getCause().getClass());
      assertEquals(
          "GET /v1/accounts/9900000/sessions/s1 failed: " + e.getCause().getMessage(),
          e.getMessage());
      assertEquals(1, e.attempts());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "did not wait 5 s");
    }
  }

  @Test
  void slowBodyPastTheCallTimeoutFailsWithoutRetry() throws Exception {
    assertBlockingCallTimesOut(slowBody());
  }

  @Test
  void lateHeadersPastTheCallTimeoutFailWithoutRetry() throws Exception {
    // The call is cut off while it waits for the response, not while it reads the body.
    assertBlockingCallTimesOut(
        json(200, SESSION_JSON).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
  }

  /** A blocking getSession answered with {@code response} ends after about half a second. */
  private void assertBlockingCallTimesOut(MockResponse response) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(response);
      server.start();
      WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();
      long start = System.nanoTime();

      SdkIoException e =
          assertThrows(
              SdkIoException.class, () -> client.sessions().getSession("s1", HALF_A_SECOND));

      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTimedOutOnce(e, server);
      assertTrue(elapsedMillis >= 450 && elapsedMillis < 3000, elapsedMillis + " ms");
    }
  }

  @Test
  void slowBodyPastTheCallTimeoutFailsAsyncAlike() throws Exception {
    // Async calls keep OkHttp's own timer; the failure reads the same as a blocking call's.
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(slowBody());
      server.start();
      WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();

      ExecutionException failed =
          assertThrows(
              ExecutionException.class,
              () ->
                  client
                      .sessions()
                      .getSessionAsync("s1", HALF_A_SECOND)
                      .get(10, TimeUnit.SECONDS));

      assertTimedOutOnce((SdkIoException) failed.getCause(), server);
    }
  }

  /** A session whose body comes a byte every 200 ms: longer than {@link #HALF_A_SECOND}. */
  private static MockResponse slowBody() {
    return json(200, "{\"id\":\"s1\",\"tag\":\"slow\"}")
        .newBuilder()
        .throttleBody(1, 200, TimeUnit.MILLISECONDS)
        .build();
  }

  /** What a getSession call cut off by {@link #HALF_A_SECOND} says, after its one attempt. */
  private static void assertTimedOutOnce(SdkIoException e, MockWebServer server) {
    assertEquals(
        "GET /v1/accounts/9900000/sessions/s1 failed: call timeout of 500 ms exceeded",
        e.getMessage());
    assertEquals(1, e.attempts());
    assertTrue(e.getCause() instanceof InterruptedIOException, e.getCause().toString());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void callTimeoutCoversRetriesAndWaits() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 3; i++) {
        server.enqueue(new MockResponse.Builder().code(503).build());
      }
      server.start();
      WebRtcClient client =
          TestServers.builder(server).sleeper(sleeper).timeout(Duration.ofSeconds(1)).build();

      InternalServerException e =
          assertThrows(InternalServerException.class, () -> client.sessions().getSession("s1"));

      // The first wait (at most 0.5 s) fits in 1 s; the second (at least 0.75 s) does not.
      assertEquals(2, e.attempts());
      assertEquals("HTTP 503 after 2 attempts", e.getMessage());
      assertEquals(1, sleeper.waits().size());
    }
  }

  @Test
  void interruptWhileWaitingToRetryEndsTheCall() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(503).build());
      server.start();
      Sleeper interrupted =
          new Sleeper() {
            @Override
            public long nanoTime() {
              return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
              throw new InterruptedException();
            }

            @Override
            public Future<?> schedule(Runnable task, long nanos) {
              throw new AssertionError("not async");
            }
          };
      WebRtcClient client = TestServers.builder(server).sleeper(interrupted).build();

      SdkIoException e =
          assertThrows(SdkIoException.class, () -> client.sessions().getSession("s1"));

      assertTrue(Thread.interrupted(), "the interrupt is kept");
      assertEquals(
          "GET /v1/accounts/9900000/sessions/s1 failed: interrupted while waiting to retry",
          e.getMessage());
      assertEquals(InternalServerException.class, e.getCause().getSuppressed()[0].getClass());
    }
  }

  private WebRtcClient client(ResettingServer server) {
    return WebRtcClient.builder()
        .accountId(TestServers.ACCOUNT_ID)
        .basicAuth(TestServers.USERNAME, TestServers.PASSWORD)
        .baseUrl(server.url())
        .sleeper(sleeper)
        .build();
  }

  /**
   * Resets its first {@code resets} connections with a TCP RST once the request has arrived, and
   * answers the others with 200 and {@code body}.
   */
  private static final class ResettingServer implements Closeable {
    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket serverSocket;

    ResettingServer(int resets, String body) throws IOException {
      serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread thread =
          new Thread(
              () -> {
                while (!serverSocket.isClosed()) {
                  try (Socket socket = serverSocket.accept()) {
                    int connection = connections.incrementAndGet();
                    readRequestHead(socket.getInputStream());
                    if (connection <= resets) {
                      socket.setSoLinger(true, 0); // Close with RST, not FIN.
                      continue;
                    }
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    OutputStream out = socket.getOutputStream();
                    out.write(
                        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + bytes.length
                                + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                    out.flush();
                  } catch (IOException closed) {
                    // The server is closing, or the client went away.
                  }
                }
              },
              "ResettingServer");
      thread.setDaemon(true);
      thread.start();
    }

    private static void readRequestHead(InputStream in) throws IOException {
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
    }

    String url() {
      return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1/";
    }

    @Override
    public void close() throws IOException {
      serverSocket.close();
    }
  }
}
