package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

final class RedactionTest {
  private final Redaction redaction = new Redaction(Collections.singletonList("deviceSecret"));

  @Test
  void sensitiveJsonPropertiesAreRedactedAtAnyDepth() {
    assertEquals(
        "{\"a\":1.50,\"access_token\":\"***\",\"list\":[{\"clientSecret\":\"***\"},null,true],"
            + "\"token\":\"***\",\"deviceSecret\":\"***\",\"tag\":\"token\"}",
        redaction.json(
            "{\"a\":1.50, \"access_token\":\"x\",\"list\":[{\"clientSecret\":{\"k\":1}},null,true],"
                + "\"token\":\"y\",\"deviceSecret\":7,\"tag\":\"token\"}"));
  }

  @Test
  void jsonThatDoesNotParseGivesNull() {
    assertNull(redaction.json("{\"token\":\"abc"));
    assertNull(redaction.json("{} {}"));
    assertNull(redaction.json("<html>"));
  }

  @Test
  void formFieldsAreRedactedByName() {
    assertEquals(
        "grant_type=client_credentials&client_secret=***&password=***&scope=a%20b",
        redaction.form("grant_type=client_credentials&client_secret=abc&password=p&scope=a%20b"));
  }

  @Test
  void headersThatCarryCredentialsAreSensitive() {
    for (String name :
        Arrays.asList(
            "Authorization",
            "proxy-authorization",
            "Cookie",
            "Set-Cookie",
            "X-Auth-Token",
            "X-Api-Key",
            "Client-Secret")) {
      assertTrue(redaction.isSensitiveHeader(name), name);
    }
    for (String name : Arrays.asList("Accept", "Content-Type", "X-Request-Id", "User-Agent")) {
      assertFalse(redaction.isSensitiveHeader(name), name);
    }
  }

  @Test
  void urlLosesUserInfoAndSensitiveQueryValues() {
    assertEquals(
        "https://host/v1/x?access_token=***&page=2",
        redaction.url(HttpUrl.get("https://user:pw@host/v1/x?access_token=abc&page=2")));
  }

  @Test
  void scrubKeepsTheBodyButHidesSecretsAndTokenValues() {
    assertEquals(
        "{ \"access_token\" : \"***\", \"note\": \"key *** used\" }",
        redaction.scrub(
            "{ \"access_token\" : \"abc.def\", \"note\": \"key k3y used\" }",
            Collections.singletonList("k3y")));
    assertEquals(
        "access_token=***&expires_in=60",
        redaction.scrub("access_token=abc&expires_in=60", Collections.<String>emptyList()));
    assertEquals("plain", redaction.scrub("plain", Collections.singletonList("")));
  }

  @Test
  void namesAreSensitiveByPatternNotByList() {
    assertEquals(
        "{\"deviceToken\":\"***\",\"sessionSecretKey\":\"***\",\"x_api_key\":\"***\","
            + "\"privateKey\":\"***\",\"userPassword\":\"***\",\"passwd\":\"***\","
            + "\"dbCredentials\":\"***\",\"signature\":\"***\",\"Authorization\":\"***\","
            + "\"id\":\"s1\",\"tag\":\"t\",\"expires_in\":60}",
        redaction.json(
            "{\"deviceToken\":\"a\",\"sessionSecretKey\":\"b\",\"x_api_key\":\"c\","
                + "\"privateKey\":\"d\",\"userPassword\":\"e\",\"passwd\":\"f\","
                + "\"dbCredentials\":[\"g\"],\"signature\":\"h\",\"Authorization\":\"i\","
                + "\"id\":\"s1\",\"tag\":\"t\",\"expires_in\":60}"));
  }

  @Test
  void jsonNamesAreComparedWithTheirEscapesDecoded() {
    assertEquals("{\"token\":\"***\"}", redaction.json("{\"\\u0074oken\":\"x\"}"));
  }

  @Test
  void scrubHandlesEscapesInNamesAndValues() {
    assertEquals(
        "{\"\\u0074oken\" : \"***\", \"access_token\":\"***\", \"id\": \"s1\"}",
        redaction.scrub(
            "{\"\\u0074oken\" : \"ab\\u0063\", \"access_token\":\"a\\\"b\", \"id\": \"s1\"}",
            Collections.<String>emptyList()));
    assertEquals(
        "{\"note\":\"***!\"}",
        redaction.scrub("{\"note\":\"k\\u0033y!\"}", Collections.singletonList("k3y")));
  }

  @Test
  void scrubRedactsJsonThatDoesNotParse() {
    assertEquals(
        "{\"id\": \"s1\", \"token\": \"***\"",
        redaction.scrub("{\"id\": \"s1\", \"token\": \"abc", Collections.<String>emptyList()));
    assertEquals(
        "{\"credentials\": \"***\", \"pin_token\": \"***\", \"n\": 1,",
        redaction.scrub(
            "{\"credentials\": {\"user\": \"u\", \"list\": [\"}\"]}, "
                + "\"pin_token\": 1234, \"n\": 1,",
            Collections.<String>emptyList()));
  }

  @Test
  void scrubRedactsFieldsInText() {
    assertEquals(
        "<a href=\"/cb?code=1&access_token=***\">x</a> password=*** tag=t",
        redaction.scrub(
            "<a href=\"/cb?code=1&access_token=abc\">x</a> password=hunter2 tag=t",
            Collections.<String>emptyList()));
  }
}
