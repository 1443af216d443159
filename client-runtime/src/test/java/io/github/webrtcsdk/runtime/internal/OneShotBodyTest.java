package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.RequestBodies;
import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import io.github.webrtcsdk.runtime.UnexpectedStatusCodeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** A one-shot body is sent once, whatever would send it again. */
final class OneShotBodyTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final AtomicInteger tokens = new AtomicInteger();

  @Test
  void aOneShotBodyIsNotSentAgainWithANewTokenAfterA401() throws Exception {
    CallExecutor executor = unauthorizedThenCreated();

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class,
            () -> executor.execute(upload(), RequestOptions.none(), CallExecutor.discardBody()));

    assertEquals(1, e.attempts());
    assertSentOnce();
    // The refused token is dropped all the same: the next call gets a new one.
    server.enqueue(new MockResponse.Builder().code(201).build());
    executor.execute(upload(), RequestOptions.none(), CallExecutor.discardBody());
    assertEquals("Bearer t2", server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void anAsyncOneShotBodyIsNotSentAgainAfterA401() throws Exception {
    CallExecutor executor = unauthorizedThenCreated();

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                executor
                    .executeAsync(
                        upload(), RequestOptions.none(), CallExecutor.discardBody(), r -> r)
                    .join());

    assertInstanceOf(UnauthorizedException.class, e.getCause());
    assertSentOnce();
  }

  @Test
  void aOneShotBodyIsNotRetriedAfterA503EvenWhenPostMayBe() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(201).build());
    CallExecutor executor = Executors.bearer(server, 2, () -> "t");

    assertThrows(
        InternalServerException.class,
        () ->
            executor.execute(
                upload(),
                RequestOptions.builder().retryPost(true).build(),
                CallExecutor.discardBody()));

    assertSentOnce();
  }

  @Test
  void okHttpDoesNotFollowARedirectWithAOneShotBody() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(307).addHeader("Location", "/v1/elsewhere").build());
    server.enqueue(new MockResponse.Builder().code(201).build());
    CallExecutor executor = Executors.bearer(server, 2, () -> "t");

    UnexpectedStatusCodeException e =
        assertThrows(
            UnexpectedStatusCodeException.class,
            () -> executor.execute(upload(), RequestOptions.none(), CallExecutor.discardBody()));

    assertEquals(307, e.statusCode());
    assertSentOnce();
  }

  /** A server that answers 401 then 201, and a client whose tokens are t1, t2... */
  private CallExecutor unauthorizedThenCreated() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(new MockResponse.Builder().code(201).build());
    return Executors.bearer(server, 2, () -> "t" + tokens.incrementAndGet());
  }

  private Request upload() {
    return new Request.Builder()
        .url(server.url("/v1/uploads"))
        .post(
            RequestBodies.of(
                new ByteArrayInputStream("payload".getBytes(StandardCharsets.UTF_8)),
                MediaType.get("application/octet-stream")))
        .build();
  }

  private void assertSentOnce() throws InterruptedException {
    RecordedRequest sent = server.takeRequest();
    assertEquals("payload", sent.getBody().string(StandardCharsets.UTF_8));
    assertEquals(1, server.getRequestCount());
  }
}
