package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests started from a {@link HttpRequests.Prefix} get the URL that resolving their whole
 * relative path gives, which is what Retrofit sends (the services' own equivalence with Retrofit
 * is {@code RetrofitEquivalenceTest}).
 */
final class HttpRequestsTest {
  private static final List<String> BASES =
      Arrays.asList(
          "https://api.example.test/v1/",
          "https://api.example.test/",
          "https://api.example.test/v1/?key=1",
          "https://api.example.test/v1");

  @ParameterizedTest
  @ValueSource(
      strings = {"plain-id", "urn:x:1", "a:b/c", "a b", "a/b", "100%", "%2F", "\u00e9", ".hidden"})
  void aPathAfterAPrefixResolvesAsTheWholePathDoes(String id) {
    for (String base : BASES) {
      HttpRequests requests = new HttpRequests(HttpUrl.get(base), false);
      HttpRequests.Prefix prefix =
          requests.newPrefix().path("accounts/").pathParam("acc 1/é").path("/things/").prefix();
      Request continued =
          requests.newBuilder("GET", prefix).pathParam(id).path("/parts").build();
      Request whole =
          requests
              .newBuilder("GET")
              .path("accounts/")
              .pathParam("acc 1/é")
              .path("/things/")
              .pathParam(id)
              .path("/parts")
              .build();
      StringBuilder relative = new StringBuilder("accounts/");
      HttpRequests.encodePathSegment(relative, "acc 1/é");
      relative.append("/things/");
      HttpRequests.encodePathSegment(relative, id);
      relative.append("/parts");
      HttpUrl resolved = HttpUrl.get(base).resolve(relative.toString());
      assertEquals(resolved, continued.url(), base + " " + id);
      assertEquals(resolved, whole.url(), base + " " + id);
    }
  }

  @Test
  void aWholePathWithoutArgumentsIsThePrefixItself() {
    HttpRequests requests = new HttpRequests(HttpUrl.get("https://api.example.test/v1/"), false);
    HttpRequests.Prefix prefix =
        requests.newPrefix().path("accounts/").pathParam("9900000").path("/things").prefix();
    Request first = requests.newBuilder("GET", prefix).build();
    Request second = requests.newBuilder("POST", prefix).emptyBody().build();
    assertEquals("https://api.example.test/v1/accounts/9900000/things", first.url().toString());
    assertSame(first.url(), second.url());
    Request withQuery = requests.newBuilder("GET", prefix).query("page", "a b").build();
    assertEquals(
        "https://api.example.test/v1/accounts/9900000/things?page=a%20b",
        withQuery.url().toString());
  }

  @Test
  void aPrefixOnAnOperationServerIsResolvedThereUnlessTheCallerChoseTheBaseUrl() {
    HttpUrl base = HttpUrl.get("http://localhost:8080/v1/");
    HttpUrl server = HttpUrl.get("https://media.example.test/v3");
    HttpRequests.Prefix onServer =
        new HttpRequests(base, true).newPrefix(server).path("media/").prefix();
    HttpRequests.Prefix onBase =
        new HttpRequests(base, false).newPrefix(server).path("media/").prefix();
    HttpRequests requests = new HttpRequests(base, true);
    assertEquals(
        "https://media.example.test/media/a:b",
        requests.newBuilder("GET", onServer).pathParam("a:b").build().url().toString());
    assertEquals(
        "http://localhost:8080/v1/media/a:b",
        requests.newBuilder("GET", onBase).pathParam("a:b").build().url().toString());
  }

  @Test
  void dotSegmentsAfterAPrefixAreRejected() {
    HttpRequests requests = new HttpRequests(HttpUrl.get("https://api.example.test/v1/"), false);
    HttpRequests.Prefix prefix = requests.newPrefix().path("things/").prefix();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> requests.newBuilder("GET", prefix).pathParam("..").build());
    assertEquals("A path parameter makes a dot segment: \"..\"", e.getMessage());
  }

  @Test
  void aPrefixIsNoRequestAndARequestNoPrefix() {
    HttpRequests requests = new HttpRequests(HttpUrl.get("https://api.example.test/v1/"), false);
    IllegalStateException notRequest =
        assertThrows(
            IllegalStateException.class, () -> requests.newPrefix().path("things").build());
    assertEquals("A prefix is not a request", notRequest.getMessage());
    IllegalStateException notPrefix =
        assertThrows(
            IllegalStateException.class, () -> requests.newBuilder("GET").path("things").prefix());
    assertEquals("Not a prefix: a request, or a path with a query", notPrefix.getMessage());
  }
}
