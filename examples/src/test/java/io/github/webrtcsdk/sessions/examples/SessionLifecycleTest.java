package io.github.webrtcsdk.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.testing.FakeWebRtcServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

final class SessionLifecycleTest {
  private static final String ID =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  /** The story the program tells, after its first line, whatever API it talks to. */
  private static final List<String> WALK = List.of(
      "1\\. Created session (" + ID + ") tagged \"example-standup\"\\.",
      "2\\. Created participant " + ID + " \"host\" publishing \\[AUDIO, VIDEO\\]; its device "
          + "token has \\d+ characters\\.",
      "3\\. Created participant " + ID + " \"guest\" publishing \\[AUDIO\\]; its device token "
          + "has \\d+ characters\\.",
      "4\\. Added host to the session, receiving no media yet\\.",
      "5\\. Added guest to the session, receiving everyone in it, later members included\\.",
      "6\\. Host now receives guest's \"microphone\" stream only\\.",
      "7\\. The session has 2 participants: host, guest\\.",
      "8\\. Host receives guest's \\[microphone\\]; guest receives the whole session\\.",
      "9\\. Removed guest from the session; it still exists, in 0 sessions\\.",
      "10\\. Deleted both participants\\.",
      "11\\. Deleted session " + ID + "\\.",
      "Done\\.");

  @Test
  void withoutConfigurationWalksTheFake() {
    Output out = new Output();

    SessionLifecycle.run(Map.of(), out.stream);

    List<String> lines = out.lines();
    assertMatches("No BW_ACCOUNT_ID set: using the fake WebRTC API at "
        + "http://127\\.0\\.0\\.1:\\d+/v1, account 9900000\\.", lines.get(0));
    assertWalk(lines.subList(1, lines.size()));
  }

  @Test
  void mainPrintsTheWalkToStandardOutput() {
    assumeTrue(System.getenv("BW_ACCOUNT_ID") == null, "BW_ACCOUNT_ID points main at a real API");
    Output out = new Output();
    PrintStream original = System.out;
    System.setOut(out.stream);
    try {
      SessionLifecycle.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    List<String> lines = out.lines();
    assertTrue(lines.get(0).startsWith("No BW_ACCOUNT_ID set: using the fake WebRTC API at "),
        lines.get(0));
    assertWalk(lines.subList(1, lines.size()));
  }

  @Test
  void configuredAccountUsesItsCredentialsAndBaseUrl() {
    try (FakeWebRtcServer api = FakeWebRtcServer.builder()
        .accountId("5550000").basicCredentials("api-user", " s3cret ").build().start()) {
      Output out = new Output();

      SessionLifecycle.run(Map.of(
          "BW_ACCOUNT_ID", "5550000",
          "BW_USERNAME", "api-user",
          "BW_PASSWORD", " s3cret ",
          "BW_BASE_URL", api.baseUrl()), out.stream);

      List<String> lines = out.lines();
      assertEquals("Using the WebRTC API at " + api.baseUrl() + "/, account 5550000.",
          lines.get(0));
      assertWalk(lines.subList(1, lines.size()));
      assertEquals(List.of(), api.sessions());
      assertEquals(List.of(), api.participants());
      assertEquals(List.of(), api.validationReports());
      assertEquals(14, api.requestCount());
    }
  }

  @Test
  void wrongCredentialsFailBeforeCreatingAnything() {
    try (FakeWebRtcServer api = FakeWebRtcServer.builder().build().start()) {
      Output out = new Output();

      UnauthorizedException e = assertThrows(UnauthorizedException.class,
          () -> SessionLifecycle.run(Map.of(
              "BW_ACCOUNT_ID", api.accountId(),
              "BW_USERNAME", api.username(),
              "BW_PASSWORD", "wrong",
              "BW_BASE_URL", api.baseUrl()), out.stream));

      assertEquals("HTTP 401: Unauthorized", e.getMessage());
      assertEquals(List.of("Using the WebRTC API at " + api.baseUrl() + "/, account "
          + api.accountId() + "."), out.lines());
      assertEquals(1, api.requestCount());
    }
  }

  @Test
  void failedStepDeletesWhatWasCreated() {
    try (FakeWebRtcServer api = FakeWebRtcServer.builder().build().start()) {
      // Fails the removal of guest from the session, step 9, with a 500.
      OkHttpClient failing = new OkHttpClient.Builder()
          .addInterceptor(chain -> {
            boolean removal = chain.request().method().equals("DELETE")
                && chain.request().url().encodedPath().matches(".*/sessions/[^/]+/participants/.*");
            if (!removal) return chain.proceed(chain.request());
            return new Response.Builder()
                .request(chain.request())
                .protocol(Protocol.HTTP_1_1)
                .code(500)
                .message("Internal Server Error")
                .body(ResponseBody.create("{\"error\":\"Internal error\",\"requestId\":\"r-1\"}",
                    MediaType.get("application/json")))
                .build();
          })
          .build();
      WebRtcClient client = WebRtcClient.builder()
          .accountId(api.accountId())
          .basicAuth(api.username(), api.password())
          .baseUrl(api.baseUrl())
          .okHttpClient(failing)
          // The injected 500 is meant to end the walk, not to be retried.
          .maxRetries(0)
          .build();
      Output out = new Output();

      InternalServerException e = assertThrows(InternalServerException.class,
          () -> SessionLifecycle.walk(client, out.stream));

      assertEquals("HTTP 500: Internal error (requestId r-1)", e.getMessage());
      List<String> lines = out.lines();
      assertEquals(11, lines.size(), String.join("\n", lines));
      assertMatches("8\\. .*", lines.get(7));
      assertMatches("Cleaned up participant " + ID + "\\.", lines.get(8));
      assertMatches("Cleaned up participant " + ID + "\\.", lines.get(9));
      assertMatches("Cleaned up session " + ID + "\\.", lines.get(10));
      assertEquals(List.of(), api.sessions());
      assertEquals(List.of(), api.participants());
      assertEquals(List.of(), api.validationReports());
    }
  }

  @Test
  void accountWithoutCredentialsIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SessionLifecycle.run(Map.of("BW_ACCOUNT_ID", "5550000", "BW_CLIENT_ID", "id"),
            new Output().stream));
    assertEquals("Missing environment variable: BW_CLIENT_SECRET", e.getMessage());
  }

  @Test
  void bothCredentialPairsAreRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SessionLifecycle.run(Map.of("BW_ACCOUNT_ID", "5550000", "BW_CLIENT_ID", "id",
            "BW_CLIENT_SECRET", "secret", "BW_USERNAME", "api-user", "BW_PASSWORD", "s3cret"),
            new Output().stream));
    assertEquals("Both BW_CLIENT_ID/BW_CLIENT_SECRET (OAuth 2.0) and BW_USERNAME/BW_PASSWORD "
        + "(HTTP Basic) are set; unset one pair", e.getMessage());
  }

  @Test
  void credentialsWithoutAccountAreRejectedRatherThanIgnored() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SessionLifecycle.run(Map.of("BW_USERNAME", "api-user", "BW_PASSWORD", "s3cret"),
            new Output().stream));
    assertEquals("Missing environment variable: BW_ACCOUNT_ID", e.getMessage());
  }

  private static void assertWalk(List<String> lines) {
    assertEquals(WALK.size(), lines.size(), String.join("\n", lines));
    for (int i = 0; i < WALK.size(); i++) assertMatches(WALK.get(i), lines.get(i));
  }

  private static void assertMatches(String regex, String line) {
    assertTrue(Pattern.matches(regex, line), () -> "\"" + line + "\" does not match " + regex);
  }

  /** Captures what the program prints. */
  private static final class Output {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    List<String> lines() {
      return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }
}
