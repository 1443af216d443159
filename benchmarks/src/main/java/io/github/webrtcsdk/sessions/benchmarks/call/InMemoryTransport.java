package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;

/**
 * Sockets that answer HTTP/1.1 requests in memory, with the canned responses of
 * {@link LoopbackServer}: a request written to a socket is answered as soon as its last byte is
 * written, on the writing thread, and the answer waits in the socket's input. The client's
 * OkHttp writes and reads the same bytes through the same code as over loopback; the kernel, the
 * server's thread and their scheduling are gone, and with them most of the spread of a loopback
 * run on a two-core machine.
 *
 * <p>A read with no answer waiting fails with {@link SocketTimeoutException} at once (a real
 * socket would block until its read timeout). That is also what OkHttp's health check of an idle
 * pooled connection expects of a live one.
 */
public final class InMemoryTransport extends SocketFactory implements Server {
  /** An IP literal, so that no name is looked up; nothing listens there and nothing connects. */
  private static final String BASE_URL = "http://127.0.0.1:9" + LoopbackServer.BASE_PATH;

  private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};
  private static final byte[] SPACE = {' '};

  private final CannedResponses responses;
  private final boolean recording;
  private final AtomicLong requestCount = new AtomicLong();
  private final AtomicLong connectionCount = new AtomicLong();
  private volatile byte[] lastRequest;

  private InMemoryTransport(byte[] participantJson, boolean recording) {
    this.responses = new CannedResponses(participantJson);
    this.recording = recording;
  }

  /** Returns a transport that answers participant GETs with {@code participantJson}. */
  public static InMemoryTransport start(byte[] participantJson) {
    Objects.requireNonNull(participantJson, "participantJson == null");
    return new InMemoryTransport(participantJson.clone(), false);
  }

  /** As {@link #start}, and keeps a copy of the last request for {@link #lastRequest()}. */
  public static InMemoryTransport recording(byte[] participantJson) {
    Objects.requireNonNull(participantJson, "participantJson == null");
    return new InMemoryTransport(participantJson.clone(), true);
  }

  @Override
  public String baseUrl() {
    return BASE_URL;
  }

  @Override
  public SocketFactory socketFactory() {
    return this;
  }

  @Override
  public long requestCount() {
    return requestCount.get();
  }

  @Override
  public long connectionCount() {
    return connectionCount.get();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException unless created by {@link #recording}: a copy per request would
   *     be work the benchmarked calls do not do
   */
  @Override
  public LoopbackServer.RecordedRequest lastRequest() throws IOException {
    if (!recording) {
      throw new IllegalStateException("not recording: create the transport with recording()");
    }
    byte[] request = lastRequest;
    return request == null ? null
        : new LoopbackServer.RequestReader(new ByteArrayInputStream(request)).next();
  }

  /** Nothing to release: sockets hold only their own buffers. */
  @Override
  public void close() {}

  @Override
  public Socket createSocket() throws IOException {
    return new InMemorySocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) throws IOException {
    return connected(new InetSocketAddress(address, port));
  }

  private Socket connected(SocketAddress address) throws IOException {
    Socket socket = createSocket();
    socket.connect(address);
    return socket;
  }

  /**
   * One connection. Single-threaded like an HTTP/1.1 exchange: written, then read. Every method
   * OkHttp calls is overridden, so that no platform socket is ever created.
   */
  private final class InMemorySocket extends Socket {
    private final InputStream input = new Input();
    private final OutputStream output = new Output();
    /** Bytes written and not yet answered: the start of the next request. */
    private byte[] request = new byte[4096];
    private int requestSize;
    /** Answers not yet read. */
    private byte[] answer = new byte[1024];
    private int answerPosition;
    private int answerLimit;
    private InetSocketAddress remote;
    private int soTimeout;
    private boolean tcpNoDelay;
    private boolean keepAlive;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private volatile boolean closed;

    InMemorySocket() throws SocketException {
      super((SocketImpl) null); // No platform socket: everything OkHttp calls is overridden.
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
      connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (closed) {
        throw new SocketException("Socket is closed");
      }
      if (remote != null) {
        throw new SocketException("already connected");
      }
      remote = (InetSocketAddress) endpoint;
      connectionCount.incrementAndGet();
    }

    @Override
    public InputStream getInputStream() throws IOException {
      checkOpen();
      return input;
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
      checkOpen();
      return output;
    }

    @Override
    public boolean isConnected() {
      return remote != null;
    }

    @Override
    public boolean isBound() {
      return remote != null;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void shutdownInput() {
      inputShutdown = true;
    }

    @Override
    public void shutdownOutput() {
      outputShutdown = true;
    }

    @Override
    public boolean isInputShutdown() {
      return inputShutdown;
    }

    @Override
    public boolean isOutputShutdown() {
      return outputShutdown;
    }

    @Override
    public void setSoTimeout(int timeout) {
      soTimeout = timeout;
    }

    @Override
    public int getSoTimeout() {
      return soTimeout;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
      tcpNoDelay = on;
    }

    @Override
    public boolean getTcpNoDelay() {
      return tcpNoDelay;
    }

    @Override
    public void setKeepAlive(boolean on) {
      keepAlive = on;
    }

    @Override
    public boolean getKeepAlive() {
      return keepAlive;
    }

    @Override
    public InetAddress getInetAddress() {
      return remote == null ? null : remote.getAddress();
    }

    @Override
    public int getPort() {
      return remote == null ? 0 : remote.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
      return remote;
    }

    @Override
    public InetAddress getLocalAddress() {
      return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getLocalPort() {
      return remote == null ? -1 : 1;
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
      return remote == null ? null : new InetSocketAddress(getLocalAddress(), 1);
    }

    @Override
    public String toString() {
      return "InMemorySocket[" + remote + (closed ? ", closed" : "") + "]";
    }

    private void checkOpen() throws SocketException {
      if (closed) {
        throw new SocketException("Socket is closed");
      }
      if (remote == null) {
        throw new SocketException("Socket is not connected");
      }
    }

    /** Appends written bytes, and answers each request they complete. */
    private void written(byte[] bytes, int offset, int length) throws IOException {
      checkOpen();
      if (outputShutdown) {
        throw new SocketException("Socket output is shutdown");
      }
      if (requestSize + length > request.length) {
        request = Arrays.copyOf(request, Math.max(request.length * 2, requestSize + length));
      }
      System.arraycopy(bytes, offset, request, requestSize, length);
      requestSize += length;
      int end;
      while ((end = requestEnd()) > 0) {
        answer(end);
      }
    }

    /** Returns the length of the complete request at the start of the buffer, or -1. */
    private int requestEnd() throws IOException {
      int headersEnd = indexOf(request, requestSize, HEADERS_END, 0);
      if (headersEnd < 0) {
        return -1;
      }
      int bodyStart = headersEnd + HEADERS_END.length;
      long contentLength = 0;
      boolean chunked = false;
      int lineStart = lineEnd(0) + 2; // After the request line.
      while (lineStart < headersEnd) {
        int lineEnd = lineEnd(lineStart);
        String length = headerValue(lineStart, lineEnd, "content-length:");
        String encoding = headerValue(lineStart, lineEnd, "transfer-encoding:");
        if (length != null) {
          contentLength = Long.parseLong(length);
        } else if (encoding != null) {
          chunked = encoding.toLowerCase(Locale.ROOT).contains("chunked");
        }
        lineStart = lineEnd + 2;
      }
      if (!chunked) {
        long end = bodyStart + contentLength;
        return end <= requestSize ? (int) end : -1;
      }
      int position = bodyStart;
      while (true) {
        int sizeEnd = indexOf(request, requestSize, HEADERS_END, position, 2);
        if (sizeEnd < 0) {
          return -1;
        }
        String sizeLine = text(position, sizeEnd);
        int semicolon = sizeLine.indexOf(';');
        int size = Integer.parseInt(
            (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
        if (size == 0) {
          // No trailers: OkHttp sends none.
          int end = sizeEnd + 4;
          return end <= requestSize ? end : -1;
        }
        position = sizeEnd + 2 + size + 2;
        if (position > requestSize) {
          return -1;
        }
      }
    }

    /** Answers the request of {@code length} bytes at the start of the buffer. */
    private void answer(int length) {
      int methodEnd = indexOf(request, length, SPACE, 0);
      int pathEnd = indexOf(request, length, SPACE, methodEnd + 1);
      String method = text(0, methodEnd);
      String path = text(methodEnd + 1, pathEnd);
      byte[] response = responses.respond(method, path);
      if (recording) {
        lastRequest = Arrays.copyOf(request, length);
      }
      requestCount.incrementAndGet();
      System.arraycopy(request, length, request, 0, requestSize - length);
      requestSize -= length;

      if (answerPosition == answerLimit) {
        answerPosition = 0;
        answerLimit = 0;
      }
      if (answerLimit + response.length > answer.length) {
        answer = Arrays.copyOf(answer, Math.max(answer.length * 2, answerLimit + response.length));
      }
      System.arraycopy(response, 0, answer, answerLimit, response.length);
      answerLimit += response.length;
    }

    private int lineEnd(int from) {
      return indexOf(request, requestSize, HEADERS_END, from, 2);
    }

    /** The trimmed value of the header line {@code [from, to)} if it is {@code name}; else null. */
    private String headerValue(int from, int to, String name) {
      if (to - from < name.length()) {
        return null;
      }
      for (int i = 0; i < name.length(); i++) {
        if (Character.toLowerCase((char) request[from + i]) != name.charAt(i)) {
          return null;
        }
      }
      return text(from + name.length(), to).trim();
    }

    private String text(int from, int to) {
      return new String(request, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private final class Input extends InputStream {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        checkOpen();
        if (inputShutdown) {
          return -1;
        }
        if (length == 0) {
          return 0;
        }
        int waiting = answerLimit - answerPosition;
        if (waiting == 0) {
          throw new SocketTimeoutException("Read timed out: no request is waiting for its answer");
        }
        int count = Math.min(length, waiting);
        System.arraycopy(answer, answerPosition, bytes, offset, count);
        answerPosition += count;
        return count;
      }

      @Override
      public int available() {
        return answerLimit - answerPosition;
      }
    }

    private final class Output extends OutputStream {
      @Override
      public void write(int b) throws IOException {
        written(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        written(bytes, offset, length);
      }
    }
  }

  /** Returns the index of {@code target} in {@code bytes[from, limit)}, or -1. */
  private static int indexOf(byte[] bytes, int limit, byte[] target, int from) {
    return indexOf(bytes, limit, target, from, target.length);
  }

  /** As {@link #indexOf(byte[], int, byte[], int)}, for the first {@code length} of target. */
  private static int indexOf(byte[] bytes, int limit, byte[] target, int from, int length) {
    outer:
    for (int i = from; i <= limit - length; i++) {
      for (int j = 0; j < length; j++) {
        if (bytes[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
