package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.Closeable;
import java.io.IOException;
import javax.net.SocketFactory;

/** Where the benchmarked calls go: a base URL and the sockets that reach it. */
public interface Server extends Closeable {
  /** Returns the base URL to give a client, such as {@code http://127.0.0.1:40123/v1}. */
  String baseUrl();

  /** Returns the sockets a client must use to reach {@link #baseUrl()}. */
  SocketFactory socketFactory();

  /** Returns the number of requests answered so far. */
  long requestCount();

  /** Returns the number of connections opened so far. */
  long connectionCount();

  /** Returns the last request answered, or null before the first. */
  LoopbackServer.RecordedRequest lastRequest() throws IOException;
}
