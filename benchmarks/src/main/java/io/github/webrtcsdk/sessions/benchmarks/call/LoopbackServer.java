package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;

/**
 * A minimal HTTP/1.1 server on the loopback interface that answers with canned responses, so that
 * a call benchmark measures the client and not the server.
 *
 * <p>It serves two routes, those of the benchmarked calls, under any account id:
 * {@code GET /v1/accounts/{a}/participants/{p}} answers 200 with a participant, and
 * {@code PUT /v1/accounts/{a}/sessions/{s}/participants/{p}/subscriptions} answers 204. Anything
 * else answers 404. Connections are kept alive, one thread each; request bodies may have a
 * Content-Length or be chunked. Only the last request is kept, for tests.
 *
 * <p>Chosen over MockWebServer, which records every request in an unbounded queue (memory that
 * grows with the benchmark and feeds the garbage collector), and over the JDK's HttpServer, whose
 * executor hand-off and header maps cost more per exchange than the clients being compared.
 */
public final class LoopbackServer implements Server {
  /** The path prefix of the base URL, as in {@code https://api.webrtc.bandwidth.com/v1}. */
  public static final String BASE_PATH = "/v1";

  private final ServerSocket serverSocket;
  private final CannedResponses responses;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicLong requestCount = new AtomicLong();
  private final AtomicLong connectionCount = new AtomicLong();
  private volatile RecordedRequest lastRequest;

  private LoopbackServer(ServerSocket serverSocket, byte[] participantJson) {
    this.serverSocket = serverSocket;
    this.responses = new CannedResponses(participantJson);
  }

  /** Starts a server on 127.0.0.1 at a free port that answers participant GETs with the JSON. */
  public static LoopbackServer start(byte[] participantJson) throws IOException {
    Objects.requireNonNull(participantJson, "participantJson == null");
    ServerSocket serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    LoopbackServer server = new LoopbackServer(serverSocket, participantJson.clone());
    Thread acceptor = new Thread(server::acceptLoop, "loopback-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + BASE_PATH;
  }

  /** Returns the platform's sockets: the server is on the loopback interface. */
  @Override
  public SocketFactory socketFactory() {
    return SocketFactory.getDefault();
  }

  @Override
  public long requestCount() {
    return requestCount.get();
  }

  @Override
  public long connectionCount() {
    return connectionCount.get();
  }

  @Override
  public RecordedRequest lastRequest() {
    return lastRequest;
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
        connections.add(socket);
        connectionCount.incrementAndGet();
        Thread worker = new Thread(() -> serve(socket), "loopback-server-connection");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        if (!serverSocket.isClosed()) {
          throw new IllegalStateException("accept failed", e);
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (Socket s = socket) {
      RequestReader in = new RequestReader(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        RecordedRequest request = in.next();
        if (request == null) {
          return; // The client closed the connection between requests.
        }
        lastRequest = request;
        requestCount.incrementAndGet();
        out.write(responses.respond(request.method(), request.path()));
        out.flush();
      }
    } catch (SocketException | EOFException e) {
      // The client or close() dropped the connection: nothing to answer.
    } catch (IOException e) {
      throw new IllegalStateException("connection failed", e);
    } finally {
      connections.remove(socket);
    }
  }

  /** One request as read: method, path, the Authorization header, and the body. */
  public static final class RecordedRequest {
    private final String method;
    private final String path;
    private final String authorization;
    private final String contentType;
    private final byte[] body;

    RecordedRequest(
        String method, String path, String authorization, String contentType, byte[] body) {
      this.method = method;
      this.path = path;
      this.authorization = authorization;
      this.contentType = contentType;
      this.body = body;
    }

    public String method() {
      return method;
    }

    public String path() {
      return path;
    }

    /** Returns the Authorization header, or null if there was none. */
    public String authorization() {
      return authorization;
    }

    /** Returns the Content-Type header, or null if there was none. */
    public String contentType() {
      return contentType;
    }

    /** Returns a copy of the body; empty if there was none. */
    public byte[] body() {
      return body.clone();
    }
  }

  /** Reads requests off one connection with its own buffer: no locks, no per-byte calls. */
  static final class RequestReader {
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    RequestReader(InputStream in) {
      this.in = in;
    }

    /** Returns the next request, or null if the stream ended before one began. */
    RecordedRequest next() throws IOException {
      String requestLine = readLine(true);
      if (requestLine == null) {
        return null;
      }
      int firstSpace = requestLine.indexOf(' ');
      int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
      if (firstSpace < 0 || secondSpace < 0) {
        throw new IOException("malformed request line: " + requestLine);
      }
      String method = requestLine.substring(0, firstSpace);
      String path = requestLine.substring(firstSpace + 1, secondSpace);
      long contentLength = 0;
      boolean chunked = false;
      String authorization = null;
      String contentType = null;
      for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IOException("malformed header: " + line);
        }
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        switch (name) {
          case "content-length":
            contentLength = Long.parseLong(value);
            break;
          case "transfer-encoding":
            chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            break;
          case "authorization":
            authorization = value;
            break;
          case "content-type":
            contentType = value;
            break;
          default:
            break;
        }
      }
      byte[] body = chunked ? readChunked() : readFully((int) contentLength);
      return new RecordedRequest(method, path, authorization, contentType, body);
    }

    private byte[] readChunked() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String sizeLine = readLine(false);
        int semicolon = sizeLine.indexOf(';');
        int size = Integer.parseInt(
            (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
        if (size == 0) {
          while (!readLine(false).isEmpty()) {
            // Trailers, ignored.
          }
          return body.toByteArray();
        }
        body.write(readFully(size));
        readLine(false); // The CRLF after each chunk.
      }
    }

    private byte[] readFully(int length) throws IOException {
      byte[] bytes = new byte[length];
      int copied = 0;
      while (copied < length) {
        if (position == limit && !fill()) {
          throw new EOFException("body ended after " + copied + " of " + length + " bytes");
        }
        int count = Math.min(length - copied, limit - position);
        System.arraycopy(buffer, position, bytes, copied, count);
        position += count;
        copied += count;
      }
      return bytes;
    }

    /** Reads a CRLF-terminated ASCII line; null only if {@code endAllowed} and at the end. */
    private String readLine(boolean endAllowed) throws IOException {
      StringBuilder line = null;
      while (true) {
        if (position == limit && !fill()) {
          if (endAllowed && line == null) {
            return null;
          }
          throw new EOFException("connection closed within a request");
        }
        for (int i = position; i < limit; i++) {
          if (buffer[i] == '\n') {
            int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
            String part = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
            position = i + 1;
            if (line == null) {
              return part;
            }
            line.append(part);
            int length = line.length();
            if (length > 0 && line.charAt(length - 1) == '\r') {
              line.setLength(length - 1);
            }
            return line.toString();
          }
        }
        if (line == null) {
          line = new StringBuilder();
        }
        line.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
        position = limit;
      }
    }

    private boolean fill() throws IOException {
      int read = in.read(buffer, 0, buffer.length);
      if (read == -1) {
        return false;
      }
      position = 0;
      limit = read;
      return true;
    }
  }
}
