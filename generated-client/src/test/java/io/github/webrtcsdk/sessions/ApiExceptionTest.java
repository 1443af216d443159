package io.github.webrtcsdk.sessions;

import static io.github.webrtcsdk.sessions.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.BadRequestException;
import io.github.webrtcsdk.runtime.ConflictException;
import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.PermissionDeniedException;
import io.github.webrtcsdk.runtime.RateLimitException;
import io.github.webrtcsdk.runtime.SdkException;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error statuses become typed exceptions that keep the status, headers and raw body. */
final class ApiExceptionTest {
  private static final String SERVICE_ERROR =
      "{\"error\":\"Internal error\",\"requestId\":\"12af78d1-5f88-4917-925d-17c1ac8fda7a\"}";
  private static final String GATEWAY_ERROR = "{\"message\":\"Missing Authentication Token\"}";
  private static final String LEGACY_ERROR =
      "{\"code\":500,\"message\":\"There was an unexpected error\"}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private WebRtcClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = TestServers.client(server);
  }

  private ApiException getSessionFails(MockResponse response) {
    server.enqueue(response);
    return assertThrows(ApiException.class, () -> client.sessions().getSession("s1"));
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "409, ConflictException",
    "429, RateLimitException",
    "500, InternalServerException",
    "502, InternalServerException",
    "503, InternalServerException",
    "599, InternalServerException",
    "405, UnexpectedStatusCodeException",
    "418, UnexpectedStatusCodeException",
    "422, UnexpectedStatusCodeException",
  })
  void statusMapsToException(int status, String exception) {
    ApiException e = getSessionFails(json(status, SERVICE_ERROR));

    assertEquals(exception, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals(SERVICE_ERROR, e.rawBody());
    assertEquals("req-" + status, e.headers().get("X-Request-Id"));
    assertEquals(
        "HTTP " + status + ": Internal error (requestId 12af78d1-5f88-4917-925d-17c1ac8fda7a)",
        e.getMessage());
    assertTrue(e instanceof SdkException);
  }

  @Test
  void serviceErrorShapeIsParsed() {
    ApiException e = getSessionFails(json(404, "{\"error\":\"Not found\",\"requestId\":\"r-1\"}"));

    assertEquals(NotFoundException.class, e.getClass());
    assertEquals("Not found", e.error().error());
    assertEquals("r-1", e.error().requestId());
    assertNull(e.error().message());
    assertNull(e.error().code());
    assertEquals("Not found", e.error().description());
    assertEquals("HTTP 404: Not found (requestId r-1)", e.getMessage());
  }

  @Test
  void gatewayErrorShapeIsParsed() {
    ApiException e = getSessionFails(json(403, GATEWAY_ERROR));

    assertEquals(PermissionDeniedException.class, e.getClass());
    assertEquals("Missing Authentication Token", e.error().message());
    assertNull(e.error().error());
    assertNull(e.error().requestId());
    assertEquals("HTTP 403: Missing Authentication Token", e.getMessage());
  }

  @Test
  void unauthorizedMessageShape() {
    ApiException e = getSessionFails(json(401, "{\"message\":\"Unauthorized\"}"));

    assertEquals(UnauthorizedException.class, e.getClass());
    assertEquals("HTTP 401: Unauthorized", e.getMessage());
  }

  @Test
  void legacyErrorShapeIsParsed() {
    ApiException e = getSessionFails(json(500, LEGACY_ERROR));

    assertEquals(InternalServerException.class, e.getClass());
    assertEquals(Integer.valueOf(500), e.error().code());
    assertEquals("There was an unexpected error", e.error().message());
    assertEquals("HTTP 500: There was an unexpected error", e.getMessage());
  }

  @Test
  void conflictOnAddParticipant() {
    server.enqueue(json(409, "{\"error\":\"Conflict\",\"requestId\":\"r-9\"}"));

    ConflictException e =
        assertThrows(
            ConflictException.class, () -> client.sessions().addParticipantToSession("s1", "p1"));

    assertEquals("HTTP 409: Conflict (requestId r-9)", e.getMessage());
  }

  @Test
  void htmlBodyIsKeptRawAndNotParsed() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    ApiException e =
        getSessionFails(
            new MockResponse.Builder()
                .code(502)
                .addHeader("Content-Type", "text/html")
                .body(html)
                .build());

    assertEquals(InternalServerException.class, e.getClass());
    assertEquals(html, e.rawBody());
    assertNull(e.error());
    assertEquals("HTTP 502", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1,2]",
        "\"just a string\"",
        "{\"error\":",
        "{\"error\":\"a\"} trailing",
        "null",
        "not json at all",
      })
  void unparseableBodiesNeverThrowAndStayRaw(String body) {
    ApiException e = getSessionFails(json(400, body));

    assertEquals(BadRequestException.class, e.getClass());
    assertEquals(body, e.rawBody());
    assertNull(e.error());
    assertEquals("HTTP 400", e.getMessage());
  }

  @Test
  void emptyBody() {
    ApiException e = getSessionFails(new MockResponse.Builder().code(500).build());

    assertEquals("", e.rawBody());
    assertNull(e.error());
    assertEquals("HTTP 500", e.getMessage());
  }

  @Test
  void objectWithoutKnownPropertiesParsesToEmptyError() {
    ApiException e = getSessionFails(json(400, "{\"detail\":{\"x\":1}}"));

    assertNull(e.error().description());
    assertEquals("HTTP 400", e.getMessage());
  }

  @Test
  void longDescriptionIsShortenedInMessageButKeptInBody() {
    String longText = "x".repeat(300);
    ApiException e = getSessionFails(json(400, "{\"error\":\"" + longText + "\"}"));

    assertEquals("HTTP 400: " + "x".repeat(200) + "...", e.getMessage());
    assertEquals(longText, e.error().error());
  }

  @Test
  void rateLimitRetryAfterSeconds() {
    RateLimitException e =
        (RateLimitException)
            getSessionFails(
                new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());

    assertEquals(Duration.ofSeconds(2), e.retryAfter());
    assertEquals("HTTP 429", e.getMessage());
  }

  @Test
  void rateLimitRetryAfterDateInThePastIsZero() {
    RateLimitException e =
        (RateLimitException)
            getSessionFails(
                new MockResponse.Builder()
                    .code(429)
                    .addHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")
                    .build());

    assertEquals(Duration.ZERO, e.retryAfter());
  }

  @Test
  void rateLimitWithoutOrWithBadRetryAfter() {
    RateLimitException absent =
        (RateLimitException) getSessionFails(new MockResponse.Builder().code(429).build());
    RateLimitException bad =
        (RateLimitException)
            getSessionFails(
                new MockResponse.Builder().code(429).addHeader("Retry-After", "soon").build());

    assertNull(absent.retryAfter());
    assertNull(bad.retryAfter());
  }

  @Test
  void asyncJoinWrapsTheSameException() {
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> client.participants().getParticipantAsync("p1").join());

    assertEquals(UnauthorizedException.class, e.getCause().getClass());
  }

  @Test
  void credentialsNeverAppearInMessages() {
    String echo = "{\"message\":\"bad\",\"requestId\":\"r\"}";
    for (int status : new int[] {400, 401, 403, 404, 409, 429, 500, 418}) {
      ApiException e = getSessionFails(json(status, echo));
      assertFalse(e.getMessage().contains(TestServers.PASSWORD), e.getMessage());
      assertFalse(e.getMessage().contains(TestServers.AUTHORIZATION.substring(6)), e.getMessage());
      assertFalse(e.toString().contains(TestServers.PASSWORD));
    }
  }

  @Test
  void survivesJavaSerializationWithoutHeaders() throws Exception {
    ApiException e = getSessionFails(json(404, "{\"error\":\"Not found\",\"requestId\":\"r-1\"}"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    ApiException copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ApiException) in.readObject();
    }

    assertEquals(404, copy.statusCode());
    assertEquals(e.rawBody(), copy.rawBody());
    assertEquals(e.error(), copy.error());
    assertEquals(0, copy.headers().size());
    assertEquals(e.getMessage(), copy.getMessage());
  }
}
