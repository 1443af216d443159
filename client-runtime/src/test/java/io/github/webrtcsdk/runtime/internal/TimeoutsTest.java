package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

final class TimeoutsTest {
  @Test
  void defaultClientConnectsInTenSecondsAndReadsAndWritesInThirty() {
    OkHttpClient client = Timeouts.defaultClient();

    assertEquals(10_000, client.connectTimeoutMillis());
    assertEquals(30_000, client.readTimeoutMillis());
    assertEquals(30_000, client.writeTimeoutMillis());
  }

  @Test
  void overrideReplacesOnlyTheTimeoutsGiven() {
    OkHttpClient given =
        new OkHttpClient.Builder()
            .connectTimeout(1, TimeUnit.SECONDS)
            .readTimeout(2, TimeUnit.SECONDS)
            .writeTimeout(3, TimeUnit.SECONDS)
            .build();

    OkHttpClient read = Timeouts.override(given, null, Duration.ofMillis(500), null);
    OkHttpClient all =
        Timeouts.override(given, Duration.ofMillis(4), Duration.ofMillis(5), Duration.ZERO);

    assertSame(given, Timeouts.override(given, null, null, null));
    assertEquals(1_000, read.connectTimeoutMillis());
    assertEquals(500, read.readTimeoutMillis());
    assertEquals(3_000, read.writeTimeoutMillis());
    assertSame(given.connectionPool(), read.connectionPool());
    assertEquals(4, all.connectTimeoutMillis());
    assertEquals(5, all.readTimeoutMillis());
    assertEquals(0, all.writeTimeoutMillis());
  }
}
