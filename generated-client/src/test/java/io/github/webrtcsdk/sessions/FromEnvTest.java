package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link WebRtcClient#fromEnv()}, on environments made up for each test. */
final class FromEnvTest {
  private static WebRtcClient fromEnv(String... namesAndValues) {
    Map<String, String> environment = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      environment.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return WebRtcClient.fromEnv(environment::get);
  }

  private static void assertMisconfigured(String message, String... namesAndValues) {
    assertEquals(
        message,
        assertThrows(IllegalStateException.class, () -> fromEnv(namesAndValues)).getMessage());
  }

  @Test
  void oauth2ClientCredentials() {
    WebRtcClient client =
        fromEnv("BW_ACCOUNT_ID", "9900000", "BW_CLIENT_ID", "id", "BW_CLIENT_SECRET", "secret");

    assertEquals(
        "WebRtcClient{baseUrl=https://api.webrtc.bandwidth.com/v1/, accountId=9900000,"
            + " authentication=OAuth 2.0 client credentials}",
        client.toString());
  }

  @Test
  void httpBasicAndABaseUrl() {
    WebRtcClient client =
        fromEnv(
            "BW_ACCOUNT_ID", "5550000",
            "BW_USERNAME", "user",
            "BW_PASSWORD", " p ",
            "BW_BASE_URL", "http://127.0.0.1:8080/v1");

    assertEquals(
        "WebRtcClient{baseUrl=http://127.0.0.1:8080/v1/, accountId=5550000,"
            + " authentication=HTTP Basic}",
        client.toString());
  }

  @Test
  void missingVariablesAreNamed() {
    assertMisconfigured(
        "Missing environment variables: BW_ACCOUNT_ID, BW_CLIENT_ID and BW_CLIENT_SECRET"
            + " (or BW_USERNAME and BW_PASSWORD)");
    assertMisconfigured(
        "Missing environment variables: BW_CLIENT_ID and BW_CLIENT_SECRET"
            + " (or BW_USERNAME and BW_PASSWORD)",
        "BW_ACCOUNT_ID", "1");
    assertMisconfigured("Missing environment variable: BW_CLIENT_SECRET",
        "BW_ACCOUNT_ID", "1", "BW_CLIENT_ID", "id");
    assertMisconfigured("Missing environment variable: BW_USERNAME",
        "BW_ACCOUNT_ID", "1", "BW_PASSWORD", "p");
    assertMisconfigured("Missing environment variables: BW_ACCOUNT_ID, BW_PASSWORD",
        "BW_USERNAME", "u", "BW_PASSWORD", "");
    assertMisconfigured("Missing environment variable: BW_ACCOUNT_ID",
        "BW_ACCOUNT_ID", "", "BW_CLIENT_ID", "id", "BW_CLIENT_SECRET", "secret");
  }

  @Test
  void bothKindsOfCredentialsAreRefused() {
    assertMisconfigured(
        "Both BW_CLIENT_ID/BW_CLIENT_SECRET (OAuth 2.0) and BW_USERNAME/BW_PASSWORD"
            + " (HTTP Basic) are set; unset one pair",
        "BW_ACCOUNT_ID", "1", "BW_CLIENT_ID", "id", "BW_PASSWORD", "p");
  }

  @Test
  void invalidValuesFailAsTheBuilderDoes() {
    assertEquals(
        "accountId is blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> fromEnv("BW_ACCOUNT_ID", " ", "BW_USERNAME", "u", "BW_PASSWORD", "p"))
            .getMessage());
    assertEquals(
        "baseUrl is not an http or https URL",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    fromEnv(
                        "BW_ACCOUNT_ID", "1",
                        "BW_USERNAME", "u",
                        "BW_PASSWORD", "p",
                        "BW_BASE_URL", "ftp://x"))
            .getMessage());
  }
}
