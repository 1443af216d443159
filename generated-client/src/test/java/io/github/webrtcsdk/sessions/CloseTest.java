package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.model.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** {@link WebRtcClient#close()}: what it releases, what it leaves alone, and calls after it. */
final class CloseTest {
  private static final String SESSION_JSON = "{\"id\":\"s1\"}";

  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void callsAfterCloseFailBeforeAnythingIsSent() {
    WebRtcClient client = TestServers.client(server);

    client.close();
    client.close(); // Idempotent.

    IllegalStateException blocking =
        assertThrows(IllegalStateException.class, () -> client.sessions().getSession("s1"));
    assertEquals("client is closed", blocking.getMessage());
    IllegalStateException async =
        assertThrows(IllegalStateException.class, () -> client.sessions().getSessionAsync("s1"));
    assertEquals("client is closed", async.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void closeFailsRunningCallsAndDropsTheirRetries() throws Exception {
    FakeSleeper sleeper = new FakeSleeper().holdScheduled();
    WebRtcClient client = TestServers.builder(server).sleeper(sleeper).build();
    CompletableFuture<Session> future = TestServers.callWaitingToRetry(server, client, sleeper);

    client.close();

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals("client is closed", e.getCause().getMessage());
    assertEquals(0, sleeper.heldTasks(), "the retry is dropped from the timer");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void clientsForSeveralAccountsShareOneOkHttpClient() throws Exception {
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    server.enqueue(json(200, SESSION_JSON));
    OkHttpClient shared = new OkHttpClient();
    WebRtcClient first = TestServers.builder(server).okHttpClient(shared).build();
    WebRtcClient second =
        TestServers.builder(server).accountId("9900001").okHttpClient(shared).build();

    first.sessions().getSession("s1");
    second.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS);
    first.close();
    second.sessions().getSession("s1");

    RecordedRequest one = server.takeRequest();
    RecordedRequest two = server.takeRequest();
    RecordedRequest three = server.takeRequest();
    assertEquals("/v1/accounts/9900001/sessions/s1", two.getUrl().encodedPath());
    assertEquals(0, one.getConnectionIndex());
    assertEquals(0, two.getConnectionIndex(), "one pool: the connection is reused");
    assertEquals(0, three.getConnectionIndex(), "closing one client kept the shared pool");
    assertEquals(1, shared.connectionPool().connectionCount());
    assertFalse(shared.dispatcher().executorService().isShutdown());
  }

  @Test
  void closedClientsLeaveNoThreadsAndNoConnections() throws Exception {
    TrackingSockets sockets = new TrackingSockets();
    try (MockWebServer tracked = new MockWebServer()) {
      tracked.setServerSocketFactory(sockets);
      tracked.start();
      List<String> before = okHttpThreads();

      for (int i = 0; i < 50; i++) {
        tracked.enqueue(json(200, SESSION_JSON));
        tracked.enqueue(json(200, SESSION_JSON));
        WebRtcClient client = TestServers.client(tracked);
        client.sessions().getSession("s1");
        client.sessions().getSessionAsync("s1").get(5, TimeUnit.SECONDS);
        client.close();
      }

      assertEquals(50, sockets.accepted.size(), "one connection per client");
      awaitTrue(() -> sockets.accepted.stream().allMatch(Socket::isClosed));
      assertEquals(
          0,
          sockets.accepted.stream().filter(socket -> !socket.isClosed()).count(),
          "connections left open");
      awaitTrue(() -> okHttpThreads().size() <= before.size());
      assertTrue(
          okHttpThreads().size() <= before.size(),
          () -> "before: " + before + ", after: " + okHttpThreads());
    }
  }

  /** The threads of OkHttp's dispatchers. */
  private static List<String> okHttpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("OkHttp Dispatcher"))
        .collect(Collectors.toList());
  }

  /** Waits up to 5 s for {@code condition}: threads and sockets end a little after close(). */
  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
  }

  /** Server sockets that remember the connections they accept. */
  private static final class TrackingSockets extends ServerSocketFactory {
    final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          accepted.add(socket);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException();
    }
  }
}
