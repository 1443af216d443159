package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.IOException;

/** The clients whose call overhead is compared. */
public enum Client {
  /** Ours: the generated client. */
  GENERATED {
    @Override
    public Calls connect(Server server) throws IOException {
      return new OurClientCalls(server.baseUrl(), server.socketFactory());
    }
  },

  /** The floor: OkHttp and hand-written Moshi adapters, no client library. */
  HAND_WRITTEN_OKHTTP {
    @Override
    public Calls connect(Server server) throws IOException {
      return new HandWrittenCalls(server.baseUrl(), server.socketFactory());
    }
  },

  /** OpenAPI Generator's stock java client, library retrofit2, Gson. */
  STOCK_RETROFIT2 {
    @Override
    public Calls connect(Server server) {
      return new StockClientCalls(server.baseUrl(), server.socketFactory());
    }
  };

  /** Returns this client set up against {@code server}, through the server's sockets. */
  public abstract Calls connect(Server server) throws IOException;
}
