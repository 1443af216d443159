package io.github.webrtcsdk.sessions.benchmarks.call;

import java.io.IOException;

/** The clients whose call overhead is compared. */
public enum Client {
  /** Ours: the generated client. */
  GENERATED {
    @Override
    public Calls connect(String baseUrl) throws IOException {
      return new OurClientCalls(baseUrl);
    }
  },

  /** The floor: OkHttp and hand-written Moshi adapters, no client library. */
  HAND_WRITTEN_OKHTTP {
    @Override
    public Calls connect(String baseUrl) throws IOException {
      return new HandWrittenCalls(baseUrl);
    }
  },

  /** OpenAPI Generator's stock java client, library retrofit2, Gson. */
  STOCK_RETROFIT2 {
    @Override
    public Calls connect(String baseUrl) {
      return new StockClientCalls(baseUrl);
    }
  };

  /** Returns this client set up against {@code baseUrl}, such as the loopback server's. */
  public abstract Calls connect(String baseUrl) throws IOException;
}
