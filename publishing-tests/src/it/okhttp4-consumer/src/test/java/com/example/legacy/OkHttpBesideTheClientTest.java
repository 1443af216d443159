package com.example.legacy;

import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records, rather than asserts, what this class path does: which jar OkHttp's classes come from,
 * its version, and whether the client's blocking and async calls work. publishing-tests reads
 * target/okhttp.properties and asserts on it, for each way it builds this project.
 */
@ExtendWith(FakeWebRtcExtension.class)
final class OkHttpBesideTheClientTest {
  @Test
  void recordsWhichOkHttpIsLoadedAndWhetherACallWorks(FakeWebRtcServer fake) throws Exception {
    Properties found = new Properties();
    found.setProperty("okHttpClientJar", jarOf(OkHttpClient.class));
    // Read at run time: OkHttp.VERSION is a constant that javac would copy into this class.
    found.setProperty("okHttpVersion",
        String.valueOf(Class.forName("okhttp3.OkHttp").getField("VERSION").get(null)));
    WebRtcClient client =
        WebRtcClient.builder()
            .baseUrl(fake.baseUrl())
            .accountId(fake.accountId())
            .basicAuth(fake.username(), fake.password())
            .build();
    try {
      Session created = client.sessions().createSession(Session.builder().tag("legacy").build());
      found.setProperty("call", "ok: tag " + client.sessions().getSession(created.id()).tag());
    } catch (Throwable e) {
      found.setProperty("call", e.getClass().getName() + ": " + e.getMessage());
    }
    try {
      Session created = client.sessions()
          .createSessionAsync(Session.builder().tag("async").build()).get(30, TimeUnit.SECONDS);
      found.setProperty("asyncCall", "ok: tag " + created.tag());
    } catch (Throwable e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      found.setProperty("asyncCall", cause.getClass().getName() + ": " + cause.getMessage());
    }
    try (OutputStream out = new FileOutputStream(new File("target", "okhttp.properties"))) {
      found.store(out, null);
    }
  }

  private static String jarOf(Class<?> type) {
    String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
