package io.github.webrtcsdk.sessions.contract;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections have TCP_NODELAY. MockWebServer writes a response's headers and
 * body separately; without it Nagle's algorithm holds the body back until the client's delayed
 * acknowledgement, about 40 ms a response, which made the contract tests three times slower.
 */
final class NoDelayServerSocketFactory extends ServerSocketFactory {
  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {}

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
