package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code User-Agent: webrtc-sessions-java/VERSION (Java VERSION; OS)}, with the build's version.
 */
final class UserAgentTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void setUp() throws Exception {
  }

  @Test
  void userAgentNamesTheClientVersionJavaAndOs() throws Exception {
    server.enqueue(json(200, "{}"));

    TestServers.client(server).sessions().getSession("s1");

    String builtVersion = System.getProperty("webrtc.clientVersion");
    assertEquals(
        "webrtc-sessions-java/"
            + builtVersion
            + " (Java "
            + System.getProperty("java.version")
            + "; "
            + System.getProperty("os.name")
            + ")",
        server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("User-Agent"));
    assertNotEquals("unspecified", builtVersion, "the build passes its version");
  }

  @Test
  void userAgentSetByTheCallerIsKept() throws Exception {
    server.enqueue(json(200, "{}"));
    OkHttpClient okHttp =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("User-Agent", "my-app/2").build()))
            .build();

    TestServers.builder(server).okHttpClient(okHttp).build().sessions().getSession("s1");

    assertEquals(
        "my-app/2", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("User-Agent"));
  }

  @Test
  void userAgentHoldsNoCredentials() throws Exception {
    server.enqueue(json(200, "{}"));

    TestServers.client(server).sessions().getSession("s1");

    String userAgent = server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("User-Agent");
    assertFalse(userAgent.contains(TestServers.USERNAME + ":"), userAgent);
    assertFalse(userAgent.contains(TestServers.PASSWORD), userAgent);
    assertFalse(userAgent.contains(TestServers.ACCOUNT_ID), userAgent);
  }
}
