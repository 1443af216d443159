package roundtrip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.sessions.Callbacks;
import io.github.webrtcsdk.sessions.CreateThingResult;
import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.RequestBodies;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.api.DocumentsApi;
import io.github.webrtcsdk.sessions.api.MediaApi;
import io.github.webrtcsdk.sessions.api.ThingsApi;
import io.github.webrtcsdk.sessions.generator.RetrofitEquivalence;
import io.github.webrtcsdk.runtime.internal.JsonConverterFactory;
import io.github.webrtcsdk.sessions.model.Job;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.Thing;
import io.github.webrtcsdk.sessions.model.ThingsPostRequest;
import io.github.webrtcsdk.sessions.model.UploadMediaParams;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Retrofit;

/** Scenarios of bodies.yaml: each public static method is one test of ClientRoundTripTest. */
public final class BodiesScenarios {
  private static final MediaType WAV = MediaType.get("audio/wav");

  private BodiesScenarios() {}

  /** A client for the mock server, which serves every server of the API. */
  private static WebRtcClient client(MockWebServer server) {
    return WebRtcClient.builder()
        .accountId("acc")
        .basicAuth("user", "pass")
        .baseUrl(server.url("/base/"))
        .maxRetries(0)
        .build();
  }

  /**
   * A client with the API's own servers, reached through the mock server as an HTTP proxy: the
   * recorded requests show which server each was for.
   */
  private static WebRtcClient proxiedClient(MockWebServer server) {
    return WebRtcClient.builder()
        .accountId("acc")
        .basicAuth("user", "pass")
        .okHttpClient(new OkHttpClient.Builder().proxy(server.getProxyAddress()).build())
        .maxRetries(0)
        .build();
  }

  public static void uploadStreamsAFile(MockWebServer server) throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    Path file = Files.createTempFile("upload", ".wav");
    byte[] content = new byte[100_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    Files.write(file, content);

    try {
      client(server)
          .media()
          .uploadMedia(
              "a.wav",
              RequestBodies.of(file, WAV),
              UploadMediaParams.builder().cacheControl("no-cache").build());
    } finally {
      Files.delete(file);
    }

    RecordedRequest request = server.takeRequest();
    assertEquals("PUT", request.getMethod());
    assertEquals("/base/media/a.wav", request.getTarget());
    assertEquals("audio/wav", request.getHeaders().get("Content-Type"));
    assertEquals("100000", request.getHeaders().get("Content-Length"));
    assertEquals("no-cache", request.getHeaders().get("Cache-Control"));
    assertArrayEquals(content, request.getBody().toByteArray());
  }

  public static void uploadStreamsAnInputStreamInChunks(MockWebServer server) throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    InputStream in = new ByteArrayInputStream("riff".getBytes(StandardCharsets.UTF_8));

    client(server)
        .media()
        .uploadMedia("b.wav", RequestBodies.of(in, WAV), UploadMediaParams.builder().build());

    RecordedRequest request = server.takeRequest();
    assertEquals("chunked", request.getHeaders().get("Transfer-Encoding"));
    assertNull(request.getHeaders().get("Content-Length"));
    assertEquals("riff", request.getBody().utf8());
  }

  public static void downloadIsHandedOverOpenBeforeItArrives(MockWebServer server)
      throws Exception {
    Buffer content = new Buffer().writeUtf8("0123456789abcdefghijklmnopqrst");
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "audio/wav")
            .setHeader("X-Checksum", "c0ffee")
            .body(content)
            .throttleBody(10, 3, TimeUnit.SECONDS)
            .build());

    long start = System.nanoTime();
    ApiResponse<ResponseBody> response =
        client(server).media().withRawResponse().downloadMedia("a.wav");
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    // The last chunks arrive seconds later: a client that buffered would still be waiting.
    assertTrue(waited < 2500, "returned after " + waited + " ms");
    assertEquals("c0ffee", response.headers().get("X-Checksum"));
    try (ResponseBody body = response.body()) {
      assertEquals(WAV, body.contentType());
      assertEquals(30, body.contentLength());
      byte[] first = new byte[10];
      assertEquals(10, body.byteStream().read(first));
      assertEquals("0123456789", new String(first, StandardCharsets.UTF_8));
    }
    RecordedRequest request = server.takeRequest();
    assertEquals("audio/wav, audio/mpeg", request.getHeaders().get("Accept"));
  }

  public static void downloadErrorsAreStillExceptions(MockWebServer server) {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"gone\"}").build());

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client(server).media().downloadMedia("x"));

    assertEquals("{\"error\":\"gone\"}", e.rawBody());
  }

  public static void textBodiesAreSentAndReturnedAsStrings(MockWebServer server) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .body("stored: \u00e9t\u00e9")
            .build());

    String stored = client(server).documents().replaceDocument("d1", "<doc>\u00e9t\u00e9</doc>");

    RecordedRequest request = server.takeRequest();
    assertEquals("application/xml; charset=utf-8", request.getHeaders().get("Content-Type"));
    assertEquals("text/plain", request.getHeaders().get("Accept"));
    assertEquals("<doc>\u00e9t\u00e9</doc>", request.getBody().utf8());
    assertEquals("stored: \u00e9t\u00e9", stored);
  }

  public static void severalSuccessBodiesAreTypedByStatus(MockWebServer server) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Location", "/things/t1")
            .body("{\"name\":\"t1\"}")
            .build());
    server.enqueue(new MockResponse.Builder().code(202).body("{\"jobId\":\"j1\"}").build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(299).body("later").build());
    WebRtcClient client = client(server);
    Thing thing = Thing.builder().name("t1").build();

    ApiResponse<CreateThingResult> created = client.things().withRawResponse().createThing(thing);
    CreateThingResult accepted = client.things().createThing(thing);
    CreateThingResult existed = client.things().createThing(thing);
    CreateThingResult other = client.things().createThing(thing);

    assertEquals("/things/t1", created.headers().get("Location"));
    assertEquals(thing, ((CreateThingResult.Status200) created.body()).body());
    assertEquals("j1", ((CreateThingResult.Status202) accepted).body().jobId());
    assertTrue(existed instanceof CreateThingResult.Status204);
    assertEquals(204, existed.statusCode());
    assertEquals("later", ((CreateThingResult.OtherStatus) other).body());
    String described =
        accepted.accept(
            new CreateThingResult.Visitor<String>() {
              @Override
              public String visitStatus200(Thing body) {
                return "created " + body.name();
              }

              @Override
              public String visitStatus202(Job body) {
                return "job " + body.jobId();
              }

              @Override
              public String visitStatus204() {
                return "existed";
              }

              @Override
              public String visitOtherStatus(int statusCode, String body) {
                return statusCode + " " + body;
              }
            });
    assertEquals("job j1", described);
    assertEquals("{\"name\":\"t1\"}", server.takeRequest().getBody().utf8());
  }

  public static void operationsGoToTheirOwnServers(MockWebServer server) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(204).body("").build());
    }
    WebRtcClient client = proxiedClient(server);

    client
        .media()
        .uploadMedia(
            "m",
            RequestBodies.of(new ByteArrayInputStream(new byte[1]), WAV),
            UploadMediaParams.builder().build());
    client.documents().replaceDocument("d", "<d/>");
    client.things().createThing(Thing.builder().name("t").build());

    RecordedRequest media = server.takeRequest();
    RecordedRequest document = server.takeRequest();
    RecordedRequest thing = server.takeRequest();
    assertEquals("http://media.example.test/v3/media/m", media.getUrl().toString());
    assertEquals("http://eu.docs.example.test/v2/documents/d", document.getUrl().toString());
    assertEquals("http://api.example.test/v1/things", thing.getUrl().toString());
    assertEquals("http://api.example.test/v1/", WebRtcClient.DEFAULT_BASE_URL);
    // The API's own servers get its credentials; they are the API.
    assertEquals(thing.getHeaders().get("Authorization"), media.getHeaders().get("Authorization"));
  }

  public static void anExplicitBaseUrlWinsOverEveryServer(MockWebServer server) throws Exception {
    server.enqueue(new MockResponse.Builder().body("ok").build());

    client(server).documents().replaceDocument("d", "<d/>");

    assertEquals("/base/documents/d", server.takeRequest().getTarget());
  }

  public static void callbackBodiesAreParsedIntoTheirPayloads(MockWebServer server) {
    Job job = Callbacks.parseJobDone("{\"jobId\":\"j\",\"done\":true,\"extra\":1}");
    ThingsPostRequest created = Callbacks.parseThingCreated("{\"jobId\":\"j2\"}");
    IllegalArgumentException malformed =
        assertThrows(IllegalArgumentException.class, () -> Callbacks.parseJobDone("{\"done\":"));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> Callbacks.parseJobDone("{}"));

    assertEquals(Boolean.TRUE, job.done());
    assertEquals(1L, job.additionalProperties().get("extra"));
    assertTrue(created instanceof ThingsPostRequest.JobVariant);
    assertTrue(malformed.getMessage().startsWith("Not a JobDone body: "), malformed.getMessage());
    assertEquals(
        "Not a JobDone body: Missing required properties: jobId at $", missing.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  public static void oneShotUploadsAreNeverRetriedButFilesAre(MockWebServer server)
      throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("acc")
            .basicAuth("user", "pass")
            .baseUrl(server.url("/"))
            .maxRetries(1)
            .build();
    InputStream once = new ByteArrayInputStream("once".getBytes(StandardCharsets.UTF_8));
    Path file = Files.createTempFile("upload", ".wav");
    Files.write(file, "twice".getBytes(StandardCharsets.UTF_8));

    try {
      assertThrows(
          InternalServerException.class,
          () ->
              client
                  .media()
                  .uploadMedia(
                      "a", RequestBodies.of(once, WAV), UploadMediaParams.builder().build()));
      client
          .media()
          .uploadMedia("b", RequestBodies.of(file, WAV), UploadMediaParams.builder().build());
    } finally {
      Files.delete(file);
    }

    assertEquals("once", server.takeRequest().getBody().utf8());
    assertEquals("twice", server.takeRequest().getBody().utf8());
    assertEquals("twice", server.takeRequest().getBody().utf8());
    assertEquals(3, server.getRequestCount());
  }

  public static void bodiesAndServersAreSentAsRetrofitSendsThem(MockWebServer server)
      throws Exception {
    HttpUrl defaultBase = HttpUrl.get(WebRtcClient.DEFAULT_BASE_URL);
    HttpUrl chosenBase = HttpUrl.get("https://proxy.example.test/base/");
    for (HttpUrl base : new HttpUrl[] {defaultBase, chosenBase}) {
      Retrofit retrofit =
          new Retrofit.Builder()
              .baseUrl(base)
              .addConverterFactory(
                  JsonConverterFactory.create(
                      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build()))
              .build();
      for (String value : new String[] {"a", "a b/c?d", "\u00e9t\u00e9 100%", "<x>&amp;"}) {
        RequestBody media = RequestBody.create(value.getBytes(StandardCharsets.UTF_8), WAV);
        UploadMediaParams params =
            value.equals("a")
                ? UploadMediaParams.builder().build()
                : UploadMediaParams.builder().cacheControl("no-cache, " + value.length()).build();
        Thing thing =
            value.equals("a")
                ? Thing.builder().name(value).build()
                : Thing.builder()
                    .name(value)
                    .callbackUrl(URI.create("https://cb.example.test/x?y=1"))
                    .putAdditionalProperty("extra", value)
                    .build();

        assertSent(
            base,
            retrofit
                .create(MediaApi.class)
                .uploadMedia(value, media, params.cacheControl())
                .request(),
            client -> client.media().uploadMedia(value, media, params));
        assertSent(
            base,
            retrofit.create(MediaApi.class).downloadMedia(value).request(),
            client -> client.media().downloadMedia(value).close());
        assertSent(
            base,
            retrofit
                .create(DocumentsApi.class)
                .replaceDocument(value, RequestBody.create(value, MediaType.get("application/xml")))
                .request(),
            client -> client.documents().replaceDocument(value, value));
        assertSent(
            base,
            retrofit.create(ThingsApi.class).createThing(thing).request(),
            client -> client.things().createThing(thing));
        // Bodies that Moshi's built-in adapters write: a string, and free-form JSON.
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("name", value);
        labels.put("count", 2);
        labels.put("ratio", 0.5);
        labels.put("tags", Arrays.asList(value, true, null));
        labels.put("nested", Collections.singletonMap("k", value));
        assertSent(
            base,
            retrofit.create(DocumentsApi.class).renameDocument(value, value).request(),
            client -> client.documents().renameDocument(value, value));
        assertSent(
            base,
            retrofit.create(DocumentsApi.class).labelDocument(value, labels).request(),
            client -> client.documents().labelDocument(value, labels));
      }
    }
    assertEquals(0, server.getRequestCount());
  }

  private static void assertSent(
      HttpUrl base, Request retrofitRequest, Consumer<WebRtcClient> call)
      throws Exception {
    boolean defaultBase = base.toString().equals(WebRtcClient.DEFAULT_BASE_URL);
    Request sent =
        RetrofitEquivalence.sent(
            http -> {
              WebRtcClient.Builder builder =
                  WebRtcClient.builder()
                      .accountId("acc")
                      .basicAuth("user", "pass")
                      .okHttpClient(http)
                      .maxRetries(0);
              if (!defaultBase) {
                builder.baseUrl(base);
              }
              call.accept(builder.build());
            });
    Request expected =
        defaultBase
            ? RetrofitEquivalence.onOperationServer(retrofitRequest, base)
            : retrofitRequest;
    RetrofitEquivalence.assertSameRequest(expected, sent);
  }
}
