package roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.runtime.BadRequestException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.api.EventsApi;
import io.github.webrtcsdk.sessions.generator.RetrofitEquivalence;
import io.github.webrtcsdk.runtime.internal.JsonConverterFactory;
import io.github.webrtcsdk.runtime.internal.ParameterValues;
import io.github.webrtcsdk.sessions.model.Event;
import io.github.webrtcsdk.sessions.model.EventType;
import io.github.webrtcsdk.sessions.model.GetEventParams;
import io.github.webrtcsdk.sessions.model.ListEventsParams;
import io.github.webrtcsdk.sessions.model.ListEventsSortParameter;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;

/** Scenarios of parameters.yaml: each public static method is one test of ClientRoundTripTest. */
public final class ParametersScenarios {
  private ParametersScenarios() {}

  private static WebRtcClient client(MockWebServer server) {
    return WebRtcClient.builder()
        .accountId("acc")
        .basicAuth("user", "pass")
        .baseUrl(server.url("/v1/"))
        .maxRetries(0)
        .build();
  }

  private static final HttpUrl BASE_URL = HttpUrl.get("https://api.example.test/v1/");

  /** A client whose requests go through {@code http}, which does not send them. */
  private static WebRtcClient client(String accountId, OkHttpClient http) {
    return WebRtcClient.builder()
        .accountId(accountId)
        .basicAuth("user", "pass")
        .baseUrl(BASE_URL)
        .okHttpClient(http)
        .maxRetries(0)
        .build();
  }

  private static EventsApi retrofitApi() {
    Moshi moshi = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();
    return new Retrofit.Builder()
        .baseUrl(BASE_URL)
        .addConverterFactory(JsonConverterFactory.create(moshi))
        .build()
        .create(EventsApi.class);
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  public static void everyKindOfParameterIsSentAsTheSpecSays(MockWebServer server)
      throws Exception {
    server.enqueue(json("[{\"number\":7,\"type\":\"created\",\"at\":\"2021-04-30T10:15:00Z\"}]"));

    List<Event> events =
        client(server)
            .events()
            .listEvents(
                ListEventsParams.builder()
                    .limit(10)
                    .xTrace("t-1")
                    .addTypeItem(EventType.CREATED)
                    .addTypeItem(EventType.of("archived"))
                    .ids(Arrays.asList(1L, 2L, 3L))
                    .tags(Arrays.asList("a", "b c"))
                    .addTag("d|e,f")
                    .from(
                        OffsetDateTime.of(
                            2021, 4, 30, 10, 15, 0, 500_000_000, ZoneOffset.ofHours(2)))
                    .addTime(OffsetDateTime.of(2021, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))
                    .addTime(OffsetDateTime.of(2021, 1, 2, 3, 4, 6, 0, ZoneOffset.ofHours(-5)))
                    .day(LocalDate.of(2021, 4, 30))
                    .sort(ListEventsSortParameter.DESC)
                    .minScore(0.0000001)
                    .name("abc")
                    .includeDeleted(true)
                    .xRequestId(UUID.fromString("12af78d1-5f88-4917-925d-17c1ac8fda7a"))
                    .addXFlag("x")
                    .addXFlag("y")
                    .build());

    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(
        "/v1/accounts/acc/events?limit=10&type=created&type=archived&ids=1,2,3&tags=a|b%20c|d%7Ce%2Cf"
            + "&from=2021-04-30T10%3A15%3A00.5%2B02%3A00&times=2021-01-02T03%3A04%3A05Z"
            + "&times=2021-01-02T03%3A04%3A06-05%3A00&day=2021-04-30&sort=desc"
            + "&minScore=0.0000001&name=abc&includeDeleted=true",
        request.getTarget());
    assertEquals("12af78d1-5f88-4917-925d-17c1ac8fda7a", request.getHeaders().get("X-Request-Id"));
    assertEquals("t-1", request.getHeaders().get("X-Trace"));
    assertEquals("x,y", request.getHeaders().get("X-Flags"));
    assertEquals(1, events.size());
    assertEquals(7L, events.get(0).number());
    assertEquals(OffsetDateTime.of(2021, 4, 30, 10, 15, 0, 0, ZoneOffset.UTC), events.get(0).at());
  }

  public static void unsetOptionalParametersAreLeftOut(MockWebServer server) throws Exception {
    server.enqueue(json("[]"));

    List<Event> events =
        client(server).events().listEvents(ListEventsParams.builder().limit(5).xTrace("t").build());

    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/accounts/acc/events?limit=5", request.getTarget());
    assertNull(request.getHeaders().get("X-Request-Id"));
    assertNull(request.getHeaders().get("X-Flags"));
    assertEquals(Collections.emptyList(), events);
  }

  public static void emptyArraysAreLeftOutWhateverTheirStyle(MockWebServer server)
      throws Exception {
    server.enqueue(json("[]"));

    client(server)
        .events()
        .listEvents(
            ListEventsParams.builder()
                .limit(5)
                .xTrace("t")
                .type(Collections.<EventType>emptyList())
                .ids(Collections.<Long>emptyList())
                .xFlags(Collections.<String>emptyList())
                .build());

    RecordedRequest request = server.takeRequest();
    assertEquals("/v1/accounts/acc/events?limit=5", request.getTarget());
    assertNull(request.getHeaders().get("X-Flags"));
  }

  public static void requiredParametersAreCheckedBeforeAnyRequest(MockWebServer server) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ListEventsParams.builder().build());

    assertEquals("Missing required properties: limit, xTrace", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  public static void constraintsAreCheckedBeforeAnyRequest(MockWebServer server) {
    ListEventsParams.Builder builder = ListEventsParams.builder().limit(1001).xTrace("t");

    IllegalStateException tooLarge = assertThrows(IllegalStateException.class, builder::build);
    IllegalStateException tooSmall =
        assertThrows(IllegalStateException.class, () -> builder.limit(0).build());
    IllegalStateException badName =
        assertThrows(IllegalStateException.class, () -> builder.limit(1).name("ABC").build());
    IllegalStateException shortName =
        assertThrows(IllegalStateException.class, () -> builder.name("a").build());

    assertEquals("limit must be at most 1000, was 1001", tooLarge.getMessage());
    assertEquals("limit must be at least 1, was 0", tooSmall.getMessage());
    assertEquals("name must match the pattern ^[a-z]+$", badName.getMessage());
    assertEquals("name must be at least 2 characters long, was 1", shortName.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  public static void integerPathParameterAndOptionalQuery(MockWebServer server) throws Exception {
    server.enqueue(json("{\"number\":42,\"type\":\"deleted\"}"));

    @SuppressWarnings("deprecation") // The scenario sets a deprecated parameter on purpose.
    GetEventParams params = GetEventParams.builder().deprecatedFlag(false).build();
    Event event = client(server).events().getEvent(42L, params);

    assertEquals(
        "/v1/accounts/acc/events/42?deprecatedFlag=false", server.takeRequest().getTarget());
    assertEquals(EventType.DELETED, event.type());
  }

  public static void dateAndEnumPathParameters(MockWebServer server) throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    client(server).events().deleteDayEvents(LocalDate.of(2020, 2, 29), EventType.of("a/b"));

    RecordedRequest request = server.takeRequest();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/v1/accounts/acc/days/2020-02-29/events/a%2Fb", request.getTarget());
  }

  public static void errorStatusOfAnOperationWithParameters(MockWebServer server) {
    server.enqueue(
        new MockResponse.Builder().code(400).body("{\"message\":\"bad limit\"}").build());

    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                client(server)
                    .events()
                    .listEvents(ListEventsParams.builder().limit(5).xTrace("t").build()));

    assertEquals(400, e.statusCode());
  }

  public static void everyParameterStyleIsSentAsRetrofitSendsIt(MockWebServer server)
      throws Exception {
    EventsApi api = retrofitApi();
    List<String> awkward =
        Arrays.asList(
            "a b", "a/b", "a?b=c&d", "100%", "%2F", "a+b", "\u00e9\u2603\ud83d\ude00", "|,");
    for (String value : awkward) {
      ListEventsParams full =
          ListEventsParams.builder()
              .limit(10)
              .xTrace("t " + value.length())
              .addTypeItem(EventType.CREATED)
              .addTypeItem(EventType.of(value))
              .ids(Arrays.asList(1L, 2L))
              .tags(Arrays.asList(value, "b c", ""))
              .from(OffsetDateTime.of(2021, 4, 30, 10, 15, 0, 500, ZoneOffset.ofHours(2)))
              .addTime(OffsetDateTime.of(2021, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))
              .day(LocalDate.of(2021, 4, 30))
              .sort(ListEventsSortParameter.of(value))
              .minScore(1e-7)
              .name("abc")
              .includeDeleted(false)
              .xRequestId(UUID.fromString("12af78d1-5f88-4917-925d-17c1ac8fda7a"))
              .xFlags(Arrays.asList("x", "y"))
              .build();
      ListEventsParams minimal =
          ListEventsParams.builder()
              .limit(1)
              .xTrace("t")
              .type(Collections.<EventType>emptyList())
              .ids(Collections.<Long>emptyList())
              .tags(Collections.<String>emptyList())
              .xFlags(Collections.<String>emptyList())
              .build();
      for (ListEventsParams params : Arrays.asList(full, minimal)) {
        Request sent =
            RetrofitEquivalence.sent(http -> client(value, http).events().listEvents(params));
        Request expected =
            api.listEvents(
                    value,
                    params.limit(),
                    params.type(),
                    ParameterValues.joinEncoded(params.ids(), ","),
                    ParameterValues.joinEncoded(params.tags(), "|"),
                    ParameterValues.format(params.from()),
                    ParameterValues.formatEach(params.times()),
                    params.day(),
                    params.sort(),
                    ParameterValues.format(params.minScore()),
                    params.name(),
                    params.includeDeleted(),
                    params.xRequestId(),
                    params.xTrace(),
                    ParameterValues.join(params.xFlags(), ","))
                .request();
        RetrofitEquivalence.assertSameRequest(expected, sent);
      }
    }
    assertEquals(0, server.getRequestCount());
  }

  @SuppressWarnings("deprecation") // Sets a deprecated parameter on purpose.
  public static void pathParametersOfEveryTypeAreSentAsRetrofitSendsThem(MockWebServer server)
      throws Exception {
    EventsApi api = retrofitApi();
    for (String value : Arrays.asList("created", "a b", "a/b", "a?b#c", "%", "\u00e9", "...")) {
      Request deleted =
          RetrofitEquivalence.sent(
              http ->
                  client("acc", http)
                      .events()
                      .deleteDayEvents(LocalDate.of(2020, 2, 29), EventType.of(value)));
      RetrofitEquivalence.assertSameRequest(
          api.deleteDayEvents("acc", LocalDate.of(2020, 2, 29), EventType.of(value)).request(),
          deleted);
    }
    for (GetEventParams params :
        Arrays.asList(
            GetEventParams.builder().build(),
            GetEventParams.builder().deprecatedFlag(true).build())) {
      Request got =
          RetrofitEquivalence.sent(http -> client("a c", http).events().getEvent(-42L, params));
      RetrofitEquivalence.assertSameRequest(
          api.getEvent("a c", -42L, params.deprecatedFlag()).request(), got);
    }
    assertEquals(0, server.getRequestCount());
  }
}
