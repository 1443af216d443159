package io.github.webrtcsdk.sessions.benchmarks.call;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class InMemoryTransportTest {
  private static final byte[] PARTICIPANT = "{\"id\":\"p\"}".getBytes(StandardCharsets.UTF_8);
  private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json"
      + "\r\nContent-Length: 10\r\n\r\n{\"id\":\"p\"}";

  @Test
  void answersAGetWhenItsLastByteIsWritten() throws IOException {
    InMemoryTransport transport = InMemoryTransport.recording(PARTICIPANT);
    try (Socket socket = connect(transport)) {
      OutputStream out = socket.getOutputStream();
      byte[] request = ascii("GET /v1/accounts/1/participants/p HTTP/1.1\r\nHost: x\r\n\r\n");
      out.write(request, 0, 20);
      assertEquals(0, socket.getInputStream().available(), "no answer to half a request");

      out.write(request, 20, request.length - 20);

      assertEquals(OK, read(socket.getInputStream(), OK.length()));
      assertEquals(1, transport.requestCount());
      assertEquals("/v1/accounts/1/participants/p", transport.lastRequest().path());
    }
  }

  @Test
  void answersAPutOnlyOnceItsBodyIsComplete() throws IOException {
    InMemoryTransport transport = InMemoryTransport.recording(PARTICIPANT);
    try (Socket socket = connect(transport)) {
      OutputStream out = socket.getOutputStream();
      out.write(ascii("PUT /v1/accounts/1/sessions/s/participants/p/subscriptions HTTP/1.1\r\n"
          + "content-length: 7\r\nContent-Type: application/json\r\n\r\n{\"a\":"));
      assertEquals(0, socket.getInputStream().available(), "no answer before the whole body");

      out.write(ascii("1}"));

      assertEquals("HTTP/1.1 204 No Content\r\n\r\n", read(socket.getInputStream(), 27));
      LoopbackServer.RecordedRequest request = transport.lastRequest();
      assertEquals("PUT", request.method());
      assertArrayEquals(ascii("{\"a\":1}"), request.body());
      assertEquals("application/json", request.contentType());
    }
  }

  @Test
  void readsAChunkedBodyToItsEnd() throws IOException {
    InMemoryTransport transport = InMemoryTransport.recording(PARTICIPANT);
    try (Socket socket = connect(transport)) {
      OutputStream out = socket.getOutputStream();
      out.write(ascii("PUT /v1/accounts/1/sessions/s/participants/p/subscriptions HTTP/1.1\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"));
      assertEquals(0, socket.getInputStream().available(), "no answer before the last chunk");

      out.write(ascii("2;x=y\r\nde\r\n0\r\n\r\n"));

      assertEquals("HTTP/1.1 204 No Content\r\n\r\n", read(socket.getInputStream(), 27));
      assertArrayEquals(ascii("abcde"), transport.lastRequest().body());
    }
  }

  @Test
  void answersRequestsWrittenTogetherInOrder() throws IOException {
    InMemoryTransport transport = InMemoryTransport.start(PARTICIPANT);
    try (Socket socket = connect(transport)) {
      socket.getOutputStream().write(ascii(
          "GET /v1/accounts/1/participants/p HTTP/1.1\r\n\r\n"
              + "GET /v1/accounts/1/nothing HTTP/1.1\r\n\r\n"));

      assertEquals(OK + "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
          read(socket.getInputStream(), OK.length() + 45));
      assertEquals(2, transport.requestCount());
      assertEquals(1, transport.connectionCount());
    }
  }

  @Test
  void aReadWithNothingToAnswerTimesOutInsteadOfHanging() throws IOException {
    try (Socket socket = connect(InMemoryTransport.start(PARTICIPANT))) {
      assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read());
    }
  }

  @Test
  void aClosedSocketRefusesReadsAndWrites() throws IOException {
    Socket socket = connect(InMemoryTransport.start(PARTICIPANT));
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();

    socket.close();

    assertTrue(socket.isClosed());
    assertThrows(SocketException.class, in::read);
    assertThrows(SocketException.class, () -> out.write(1));
    assertThrows(SocketException.class, socket::getInputStream);
  }

  @Test
  void anUnconnectedSocketHasNoStreams() throws IOException {
    try (Socket socket = InMemoryTransport.start(PARTICIPANT).createSocket()) {
      assertFalse(socket.isConnected());
      assertThrows(SocketException.class, socket::getOutputStream);
    }
  }

  @Test
  void lastRequestIsOnlyKeptWhenRecording() throws IOException {
    assertThrows(IllegalStateException.class,
        () -> InMemoryTransport.start(PARTICIPANT).lastRequest());
    assertNull(InMemoryTransport.recording(PARTICIPANT).lastRequest());
  }

  private static Socket connect(InMemoryTransport transport) throws IOException {
    Socket socket = transport.createSocket();
    socket.connect(new InetSocketAddress("127.0.0.1", 9), 1000);
    return socket;
  }

  private static String read(InputStream in, int length) throws IOException {
    byte[] bytes = new byte[length];
    int read = 0;
    while (read < length) {
      int count = in.read(bytes, read, length - read);
      if (count == -1) {
        break;
      }
      read += count;
    }
    return new String(bytes, 0, read, StandardCharsets.ISO_8859_1);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
