package io.github.webrtcsdk.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.runtime.SdkIoException;
import io.github.webrtcsdk.runtime.internal.JsonConverterFactory;
import io.github.webrtcsdk.sessions.api.ParticipantsApi;
import io.github.webrtcsdk.sessions.api.SessionsApi;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.DeviceApiVersion;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.ParticipantSubscription;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The services send, byte for byte, the requests that the Retrofit interfaces describe, as they
 * build them with those interfaces: for every operation, the request a service sends has the
 * method, URL, headers, body bytes and body type of the one an application's own Retrofit builds
 * from {@code api.XxxApi} with {@link JsonConverterFactory}, for path values that need encoding
 * and for bodies full, minimal and absent.
 */
final class RetrofitEquivalenceTest {
  private static final HttpUrl BASE_URL = HttpUrl.get("https://api.example.test/v1/");
  private static final String ACCOUNT_ID = "acc 1/é+%";

  /** Path values that must be encoded, or must not be. */
  private static final List<String> PATH_VALUES =
      Arrays.asList(
          "plain-id_1.2~",
          "urn:x:1",
          "a b",
          "a/b",
          "../x",
          "a?b=c&d=e",
          "100%",
          "%2F",
          "%2e%2e",
          "#fragment",
          "a+b",
          "\u00e9\u2603\ud83d\ude00",
          "{x}",
          "...",
          ".hidden",
          "tab\tnew\nline",
          ";,=@:!$'()*[]|^`\"<>\\");

  private static final Moshi MOSHI =
      new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();
  private static final Retrofit RETROFIT =
      new Retrofit.Builder()
          .baseUrl(BASE_URL)
          .addConverterFactory(JsonConverterFactory.create(MOSHI))
          .build();
  private static final SessionsApi SESSIONS = RETROFIT.create(SessionsApi.class);
  private static final ParticipantsApi PARTICIPANTS = RETROFIT.create(ParticipantsApi.class);

  /** Every operation of the API, each Retrofit method once, with how to call both sides. */
  private static final List<Operation> OPERATIONS =
      Arrays.asList(
          new Operation(
              "createParticipant/2",
              (client, v) -> client.participants().createParticipant(createParticipantRequest(v)),
              v -> PARTICIPANTS.createParticipant(ACCOUNT_ID, createParticipantRequest(v))),
          new Operation(
              "createParticipant/1",
              (client, v) -> client.participants().createParticipant(),
              v -> PARTICIPANTS.createParticipant(ACCOUNT_ID)),
          new Operation(
              "deleteParticipant/2",
              (client, v) -> client.participants().deleteParticipant(v),
              v -> PARTICIPANTS.deleteParticipant(ACCOUNT_ID, v)),
          new Operation(
              "getParticipant/2",
              (client, v) -> client.participants().getParticipant(v),
              v -> PARTICIPANTS.getParticipant(ACCOUNT_ID, v)),
          new Operation(
              "addParticipantToSession/4",
              (client, v) -> client.sessions().addParticipantToSession(v, v + "p", subscriptions(v)),
              v -> SESSIONS.addParticipantToSession(ACCOUNT_ID, v, v + "p", subscriptions(v))),
          new Operation(
              "addParticipantToSession/3",
              (client, v) -> client.sessions().addParticipantToSession(v, v + "p"),
              v -> SESSIONS.addParticipantToSession(ACCOUNT_ID, v, v + "p")),
          new Operation(
              "createSession/2",
              (client, v) -> client.sessions().createSession(session(v)),
              v -> SESSIONS.createSession(ACCOUNT_ID, session(v))),
          new Operation(
              "createSession/1",
              (client, v) -> client.sessions().createSession(),
              v -> SESSIONS.createSession(ACCOUNT_ID)),
          new Operation(
              "deleteSession/2",
              (client, v) -> client.sessions().deleteSession(v),
              v -> SESSIONS.deleteSession(ACCOUNT_ID, v)),
          new Operation(
              "getParticipantSubscriptions/3",
              (client, v) -> client.sessions().getParticipantSubscriptions(v, v),
              v -> SESSIONS.getParticipantSubscriptions(ACCOUNT_ID, v, v)),
          new Operation(
              "getSession/2",
              (client, v) -> client.sessions().getSession(v),
              v -> SESSIONS.getSession(ACCOUNT_ID, v)),
          new Operation(
              "listSessionParticipants/2",
              (client, v) -> client.sessions().listSessionParticipants(v),
              v -> SESSIONS.listSessionParticipants(ACCOUNT_ID, v)),
          new Operation(
              "removeParticipantFromSession/3",
              (client, v) -> client.sessions().removeParticipantFromSession(v, "p" + v),
              v -> SESSIONS.removeParticipantFromSession(ACCOUNT_ID, v, "p" + v)),
          new Operation(
              "updateParticipantSubscriptions/4",
              (client, v) ->
                  client.sessions().updateParticipantSubscriptions(v, v, subscriptions(v)),
              v -> SESSIONS.updateParticipantSubscriptions(ACCOUNT_ID, v, v, subscriptions(v))),
          new Operation(
              "updateParticipantSubscriptions/3",
              (client, v) -> client.sessions().updateParticipantSubscriptions(v, v),
              v -> SESSIONS.updateParticipantSubscriptions(ACCOUNT_ID, v, v)));

  @Test
  void everyRetrofitMethodIsCompared() {
    Set<String> methods = new TreeSet<>();
    for (Class<?> api : Arrays.asList(ParticipantsApi.class, SessionsApi.class)) {
      for (Method method : api.getDeclaredMethods()) {
        methods.add(method.getName() + "/" + method.getParameterCount());
      }
    }
    Set<String> compared = new TreeSet<>();
    for (Operation operation : OPERATIONS) {
      compared.add(operation.name);
    }

    assertEquals(methods, compared);
  }

  @TestFactory
  Stream<DynamicTest> serviceRequestsEqualRetrofitRequests() {
    return OPERATIONS.stream()
        .flatMap(
            operation ->
                PATH_VALUES.stream()
                    .map(
                        value ->
                            DynamicTest.dynamicTest(
                                operation.name + " " + value,
                                () ->
                                    assertSameRequest(
                                        operation.retrofit.apply(value).request(),
                                        sent(c -> operation.service.accept(c, value))))));
  }

  @Test
  void emptyBodyOfAPostWithoutOneIsRetrofits() throws IOException {
    Request request = sent(client -> client.sessions().createSession());

    RequestBody body = request.body();
    assertNotNull(body);
    assertNull(body.contentType());
    assertEquals(0, body.contentLength());
    assertSameRequest(SESSIONS.createSession(ACCOUNT_ID).request(), request);
  }

  @Test
  void jsonBodyIsUtf8JsonAsWithRetrofit() throws IOException {
    Session session = Session.builder().id("s1").tag("\u00e9t\u00e9").build();

    Request request = sent(client -> client.sessions().createSession(session));

    RequestBody body = request.body();
    assertNotNull(body);
    assertEquals("application/json; charset=UTF-8", String.valueOf(body.contentType()));
    assertEquals("{\"id\":\"s1\",\"tag\":\"\u00e9t\u00e9\"}", bytes(body).utf8());
    assertSameRequest(SESSIONS.createSession(ACCOUNT_ID, session).request(), request);
  }

  @Test
  void aDotSegmentIsRefusedByRetrofit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> client(null).sessions().getSession(".."));
    IllegalArgumentException retrofits =
        assertThrows(
            IllegalArgumentException.class,
            () -> SESSIONS.getSession(ACCOUNT_ID, "..").request());
    assertEquals(retrofits.getMessage(), e.getMessage());
  }

  private static void assertSameRequest(Request expected, Request actual) throws IOException {
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.url(), actual.url());
    assertEquals(expected.url().toString(), actual.url().toString());
    assertEquals(expected.headers(), actual.headers());
    RequestBody expectedBody = expected.body();
    RequestBody actualBody = actual.body();
    if (expectedBody == null) {
      assertNull(actualBody);
      return;
    }
    assertNotNull(actualBody);
    assertEquals(expectedBody.contentType(), actualBody.contentType());
    assertEquals(expectedBody.contentLength(), actualBody.contentLength());
    assertEquals(bytes(expectedBody), bytes(actualBody));
  }

  /** The request a call of the client hands to OkHttp, as the service built it. */
  private static Request sent(Consumer<WebRtcClient> call) {
    AtomicReference<Request> sent = new AtomicReference<>();
    WebRtcClient client = client(sent);
    // The caller's interceptor runs first: it sees the request before credentials are added.
    assertThrows(SdkIoException.class, () -> call.accept(client));
    return sent.get();
  }

  private static WebRtcClient client(AtomicReference<Request> sent) {
    OkHttpClient capturing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  sent.set(chain.request());
                  throw new IOException("not sent");
                })
            .build();
    return WebRtcClient.builder()
        .accountId(ACCOUNT_ID)
        .basicAuth("user", "password")
        .baseUrl(BASE_URL)
        .okHttpClient(capturing)
        .maxRetries(0)
        .build();
  }

  private static CreateParticipantRequest createParticipantRequest(String value) {
    if (value.startsWith("plain")) {
      return CreateParticipantRequest.builder().build();
    }
    return CreateParticipantRequest.builder()
        .callbackUrl("https://example.test/cb?v=" + value)
        .tag(value)
        .publishPermissions(
            value.startsWith("a")
                ? Collections.<PublishPermission>emptyList()
                : Arrays.asList(PublishPermission.AUDIO, PublishPermission.of(value)))
        .deviceApiVersion(DeviceApiVersion.of(value))
        .putAdditionalProperty("extra", Collections.singletonMap(value, 1.5))
        .build();
  }

  private static Subscriptions subscriptions(String value) {
    if (value.startsWith("plain")) {
      return Subscriptions.builder().build();
    }
    List<ParticipantSubscription> participants = new ArrayList<>();
    participants.add(ParticipantSubscription.builder().participantId(value).build());
    participants.add(
        ParticipantSubscription.builder()
            .participantId("p2")
            .streamAliases(value.startsWith("a") ? Collections.emptyList() : Arrays.asList(value))
            .build());
    return Subscriptions.builder().sessionId(value).participants(participants).build();
  }

  private static Session session(String value) {
    return value.startsWith("plain")
        ? Session.builder().build()
        : Session.builder().id(value).tag(value).build();
  }

  private static ByteString bytes(RequestBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readByteString();
  }

  /** One Retrofit method, {@code name/parameterCount}, and the service call that sends it. */
  private static final class Operation {
    final String name;
    final BiConsumer<WebRtcClient, String> service;
    final Function<String, Call<?>> retrofit;

    Operation(
        String name,
        BiConsumer<WebRtcClient, String> service,
        Function<String, Call<?>> retrofit) {
      this.name = name;
      this.service = service;
      this.retrofit = retrofit;
    }
  }
}
