package io.github.webrtcsdk.sessions.benchmarks.call;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class LoopbackServerTest {
  private static final byte[] PARTICIPANT = "{\"id\":\"p\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void participantGetAnswersTheCannedJson() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PARTICIPANT);
        Socket socket = connect(server)) {
      String response = exchange(socket,
          "GET /v1/accounts/1/participants/p HTTP/1.1\r\nHost: x\r\n\r\n", 81);

      assertEquals("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10"
          + "\r\n\r\n{\"id\":\"p\"}", response);
    }
  }

  @Test
  void subscriptionsPutWithChunkedBodyAnswersNoContent() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PARTICIPANT);
        Socket socket = connect(server)) {
      String response = exchange(socket,
          "PUT /v1/accounts/1/sessions/s/participants/p/subscriptions HTTP/1.1\r\n"
              + "Transfer-Encoding: chunked\r\nAuthorization: Basic eA==\r\n\r\n"
              + "3\r\n{\"a\r\n4\r\n\":1}\r\n0\r\n\r\n", 27);

      assertEquals("HTTP/1.1 204 No Content\r\n\r\n", response);
      LoopbackServer.RecordedRequest request = server.lastRequest();
      assertEquals("PUT", request.method());
      assertEquals("Basic eA==", request.authorization());
      assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), request.body());
    }
  }

  @Test
  void keptAliveConnectionServesRequestsInTurn() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PARTICIPANT);
        Socket socket = connect(server)) {
      String put = "PUT /v1/accounts/1/sessions/s/participants/p/subscriptions HTTP/1.1\r\n"
          + "Content-Length: 2\r\n\r\n{}";
      assertEquals("HTTP/1.1 204 No Content\r\n\r\n", exchange(socket, put, 27));
      assertEquals("HTTP/1.1 204 No Content\r\n\r\n", exchange(socket, put, 27));
      assertEquals(2, server.requestCount());
      assertEquals(1, server.connectionCount());
    }
  }

  @Test
  void otherRoutesAnswerNotFound() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PARTICIPANT);
        Socket socket = connect(server)) {
      String response = exchange(socket, "DELETE /v1/accounts/1/participants/p HTTP/1.1\r\n\r\n",
          45);

      assertEquals("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", response);
    }
  }

  @Test
  void noRequestIsRecordedBeforeTheFirst() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PARTICIPANT)) {
      assertNull(server.lastRequest());
      assertEquals("http://127.0.0.1:" + URI.create(server.baseUrl()).getPort() + "/v1",
          server.baseUrl());
    }
  }

  private static Socket connect(LoopbackServer server) throws IOException {
    URI uri = URI.create(server.baseUrl());
    Socket socket = new Socket(uri.getHost(), uri.getPort());
    socket.setSoTimeout(5_000); // A wrong expected length fails the test instead of hanging it.
    return socket;
  }

  private static String exchange(Socket socket, String request, int responseLength)
      throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    InputStream in = socket.getInputStream();
    byte[] response = in.readNBytes(responseLength);
    return new String(response, StandardCharsets.ISO_8859_1);
  }
}
