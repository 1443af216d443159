package io.github.webrtcsdk.runtime.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** {@link CallExecutor}s against a MockWebServer, wired as the generated client wires them. */
final class Executors {
  private Executors() {}

  /** Basic credentials, retries without waits, a body limit of {@code maxBodyBytes}. */
  static CallExecutor basic(MockWebServer server, int maxRetries, int maxBodyBytes) {
    HttpUrl origin = server.url("/");
    return executor(
        Authentication.basic(Collections.singletonList(origin), "user", "pass"),
        maxRetries,
        maxBodyBytes);
  }

  /** Bearer tokens from {@code tokens}, retries without waits, the default body limit. */
  static CallExecutor bearer(MockWebServer server, int maxRetries, Supplier<String> tokens) {
    HttpUrl origin = server.url("/");
    return executor(
        Authentication.bearer(Collections.singletonList(origin), tokens),
        maxRetries,
        CallExecutor.DEFAULT_MAX_RESPONSE_BODY_BYTES);
  }

  private static CallExecutor executor(
      Authentication authentication, int maxRetries, int maxBodyBytes) {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .addNetworkInterceptor(new RetryAfterZeroInterceptor())
            .addInterceptor(new ClientHeaders("test", authentication))
            .build();
    RetryPolicy retries =
        new RetryPolicy(maxRetries, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
    return new CallExecutor(
        client, authentication, retries, Duration.ofSeconds(30), Sleeper.SYSTEM, false,
        maxBodyBytes, new ClientResources(client));
  }

  static Request get(MockWebServer server) {
    return new Request.Builder().url(server.url("/v1/things/1")).build();
  }
}
