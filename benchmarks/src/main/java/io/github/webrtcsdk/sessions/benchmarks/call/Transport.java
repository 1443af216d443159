package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.IOException;

/** How the benchmarked calls reach their canned answers. */
public enum Transport {
  /**
   * A real HTTP/1.1 server on 127.0.0.1 ({@link LoopbackServer}), its own thread per connection:
   * what a call costs end to end, kernel and thread hand-offs included.
   */
  LOOPBACK {
    @Override
    public Server start(byte[] participantJson) throws IOException {
      return LoopbackServer.start(participantJson);
    }
  },

  /**
   * Sockets that answer in memory on the calling thread ({@link InMemoryTransport}): the same
   * bytes through the same OkHttp code, without the kernel and the second thread, whose
   * scheduling on a small machine is most of the loopback run's spread.
   */
  IN_MEMORY {
    @Override
    public Server start(byte[] participantJson) {
      return InMemoryTransport.start(participantJson);
    }
  };

  /** Starts a server that answers participant GETs with {@code participantJson}. */
  public abstract Server start(byte[] participantJson) throws IOException;
}
