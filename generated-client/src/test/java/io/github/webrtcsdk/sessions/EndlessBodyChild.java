package io.github.webrtcsdk.sessions;

import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.InvalidResponseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;

/**
 * Run by {@link SmallHeapTest} in a JVM with a small heap: calls a server whose bodies never end,
 * a 500 for the session {@code error} and a 200 otherwise, and exits 0 when each call fails with
 * its typed exception. An {@link OutOfMemoryError} ends it with another status.
 */
public final class EndlessBodyChild {
  private static final String MARKER = "...[truncated: body exceeded 1048576 bytes]";

  private EndlessBodyChild() {}

  public static void main(String[] args) {
    try {
      run();
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      System.exit(1);
    }
    // OkHttp's dispatcher threads would keep the JVM alive for a minute.
    System.exit(0);
  }

  private static void run() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> accept(listener), "endless-server");
      server.setDaemon(true);
      server.start();
      WebRtcClient client =
          WebRtcClient.builder()
              .accountId("9900000")
              .basicAuth("user", "pass")
              .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/v1/")
              .maxRetries(2)
              .build();
      try {
        client.sessions().getSession("error");
        throw new AssertionError("the endless 500 succeeded");
      } catch (InternalServerException e) {
        check(e.rawBody().endsWith(MARKER) && e.attempts() == 3, e);
      }
      try {
        client.sessions().getSessionAsync("error").get();
        throw new AssertionError("the endless async 500 succeeded");
      } catch (ExecutionException e) {
        check(e.getCause() instanceof InternalServerException, e);
      }
      try {
        client.sessions().getSession("ok");
        throw new AssertionError("the endless 200 succeeded");
      } catch (InvalidResponseException e) {
        check(e.getMessage().endsWith("body exceeded the limit of 16777216 bytes"), e);
      }
      System.out.println("bounded");
    }
  }

  private static void check(boolean condition, Exception e) {
    if (!condition) {
      throw new AssertionError("unexpected: " + e, e);
    }
  }

  private static void accept(ServerSocket listener) {
    while (true) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException closed) {
        return;
      }
      Thread answer = new Thread(() -> answer(socket), "endless-answer");
      answer.setDaemon(true);
      answer.start();
    }
  }

  /** Answers every request of the connection with a chunked JSON body that never ends. */
  private static void answer(Socket socket) {
    try (Socket closing = socket) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      String requestLine = in.readLine();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        // The headers: nothing to learn from them.
      }
      String status = requestLine.contains("/error ") ? "500 Internal Server Error" : "200 OK";
      out.write(
          ("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[65536];
      Arrays.fill(chunk, (byte) 'x');
      byte[] size = "10000\r\n".getBytes(StandardCharsets.ISO_8859_1);
      byte[] end = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
      while (true) {
        out.write(size);
        out.write(chunk);
        out.write(end);
      }
    } catch (IOException clientWentAway) {
      // The client stopped reading: the point.
    }
  }
}
