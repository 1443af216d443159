package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.webrtcsdk.sessions.model.Session;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client shared by many threads, blocking and async calls mixed, each call failing once before
 * it succeeds: every call gets its own answer and its own retry.
 */
final class ThreadSafetyTest {
  private static final int THREADS = 50;
  private static final int CALLS_PER_THREAD = 10;

  @StartStop private final MockWebServer server = new MockWebServer();
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.incrementAndGet();
            List<String> segments = request.getUrl().pathSegments();
            String id = segments.get(segments.size() - 1);
            if (failedOnce.add(id)) {
              return new MockResponse.Builder().code(503).build();
            }
            return json(200, "{\"id\":\"" + id + "\"}");
          }
        });
  }

  @Test
  void oneClientServesManyThreads() throws Exception {
    WebRtcClient client = TestServers.builder(server).sleeper(new FakeSleeper()).build();

    List<Integer> done =
        OAuth2Test.concurrently(
            THREADS,
            () -> {
              String thread = Thread.currentThread().getName();
              for (int call = 0; call < CALLS_PER_THREAD; call++) {
                String id = thread + "-" + call;
                Session session =
                    call % 2 == 0
                        ? client.sessions().getSession(id)
                        : client.sessions().getSessionAsync(id).get(10, TimeUnit.SECONDS);
                assertEquals(id, session.id());
              }
              return CALLS_PER_THREAD;
            });

    assertEquals(THREADS, done.size());
    assertEquals(THREADS * CALLS_PER_THREAD, failedOnce.size());
    assertEquals(2 * THREADS * CALLS_PER_THREAD, requests.get());
  }
}
