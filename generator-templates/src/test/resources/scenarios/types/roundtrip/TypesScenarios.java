package roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.Derived;
import io.github.webrtcsdk.sessions.model.Holder;
import io.github.webrtcsdk.sessions.model.Level;
import io.github.webrtcsdk.sessions.model.Measurement;
import io.github.webrtcsdk.sessions.model.MeasurementMode;
import io.github.webrtcsdk.sessions.model.MeasurementSource;
import io.github.webrtcsdk.sessions.model.MeasurementSourcePosition;
import io.github.webrtcsdk.sessions.model.Model3dShape;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** Scenarios of types.yaml: each public static method is one test of ClientRoundTripTest. */
public final class TypesScenarios {
  private static final Moshi MOSHI = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();

  private TypesScenarios() {}

  private static WebRtcClient client(MockWebServer server) {
    return WebRtcClient.builder()
        .accountId("acc")
        .basicAuth("user", "pass")
        .baseUrl(server.url("/v1/"))
        .maxRetries(0)
        .build();
  }

  private static <T> T read(Class<T> type, String json) throws IOException {
    T value = MOSHI.adapter(type).fromJson(json);
    if (value == null) {
      throw new AssertionError("null for " + json);
    }
    return value;
  }

  private static <T> String write(Class<T> type, T value) {
    return MOSHI.adapter(type).toJson(value);
  }

  public static void everyFormatTravelsAsItsJavaType(MockWebServer server) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .body(
                "{\"id\":\"12AF78D1-5F88-4917-925D-17C1AC8FDA7A\",\"count\":3,\"total\":9007199254740993,"
                    + "\"weight\":1.5,\"ratio\":0.25,\"amount\":1.10,\"enabled\":false,"
                    + "\"day\":\"2021-04-30\",\"at\":\"2021-04-30t10:15:00.123456789z\","
                    + "\"link\":\"https://example.com/a?b=c\",\"payload\":\"aGVsbG8=\","
                    + "\"level\":\"extreme\",\"mode\":\"fast\"}")
            .build());
    Measurement sent =
        Measurement.builder()
            .id(UUID.fromString("00000000-0000-0000-0000-000000000001"))
            .count(3)
            .total(9007199254740993L)
            .weight(1.5f)
            .amount(new BigDecimal("1.10"))
            .enabled(false)
            .day(LocalDate.of(2021, 4, 30))
            .at(OffsetDateTime.of(2021, 4, 30, 12, 15, 0, 123_000_000, ZoneOffset.ofHours(2)))
            .link(URI.create("https://example.com/a?b=c"))
            .payload(ByteString.encodeUtf8("hello"))
            .level(Level.HIGH)
            .mode(MeasurementMode.FAST)
            .build();

    Measurement received = client(server).measurements().createMeasurement(sent);

    RecordedRequest request = server.takeRequest();
    // The read-only id is the server's: left out of the request body.
    assertEquals(
        "{\"count\":3,\"total\":9007199254740993,\"weight\":1.5,\"amount\":1.10,\"enabled\":false,"
            + "\"day\":\"2021-04-30\",\"at\":\"2021-04-30T12:15:00.123+02:00\","
            + "\"link\":\"https://example.com/a?b=c\",\"payload\":\"aGVsbG8=\",\"level\":\"high\","
            + "\"mode\":\"fast\"}",
        request.getBody().utf8());
    assertEquals(UUID.fromString("12af78d1-5f88-4917-925d-17c1ac8fda7a"), received.id());
    assertEquals(9007199254740993L, received.total());
    assertEquals(Float.valueOf(1.5f), received.weight());
    assertEquals(new BigDecimal("1.10"), received.amount());
    assertEquals(LocalDate.of(2021, 4, 30), received.day());
    assertEquals(
        OffsetDateTime.of(2021, 4, 30, 10, 15, 0, 123_456_789, ZoneOffset.UTC), received.at());
    assertEquals(URI.create("https://example.com/a?b=c"), received.link());
    assertEquals(ByteString.encodeUtf8("hello"), received.payload());
    assertFalse(received.level().isKnown());
    assertEquals("extreme", received.level().value());
    assertEquals(MeasurementMode.FAST, received.mode());
  }

  public static void dateTimesAcceptTheWholeRfc3339Range(MockWebServer server) throws Exception {
    JsonAdapter<OffsetDateTime> adapter = MOSHI.adapter(OffsetDateTime.class);
    String[][] cases = {
      {"\"1985-04-12T23:20:50.52Z\"", "1985-04-12T23:20:50.520Z"},
      {"\"1996-12-19T16:39:57-08:00\"", "1996-12-19T16:39:57-08:00"},
      {"\"1996-12-19t16:39:57z\"", "1996-12-19T16:39:57Z"},
      {"\"1937-01-01T12:00:27.87+00:20\"", "1937-01-01T12:00:27.870+00:20"},
      {"\"2021-04-30T10:15:00.123456789123+05:45\"", "2021-04-30T10:15:00.123456789+05:45"},
      {"\"2021-04-30T10:15:00-00:00\"", "2021-04-30T10:15Z"},
      {"\"2021-04-30T10:15:00+23:59\"", "2021-04-29T10:16Z"},
      {"\"1990-12-31T23:59:60Z\"", "1990-12-31T23:59:59.999999999Z"},
    };
    for (String[] c : cases) {
      OffsetDateTime parsed = adapter.fromJson(c[0]);
      assertEquals(OffsetDateTime.parse(c[1]), parsed, c[0]);
    }
    assertEquals(
        "\"2021-04-30T10:15:00Z\"",
        adapter.toJson(OffsetDateTime.of(2021, 4, 30, 10, 15, 0, 0, ZoneOffset.UTC)));
    assertEquals(
        "\"2021-04-30T10:15:00.5-03:30\"",
        adapter.toJson(
            OffsetDateTime.of(
                2021, 4, 30, 10, 15, 0, 500_000_000, ZoneOffset.ofHoursMinutes(-3, -30))));
    for (String bad :
        new String[] {
          "\"2021-04-30\"",
          "\"2021-04-30T10:15Z\"",
          "\"2021-02-30T00:00:00Z\"",
          "\"2021-04-30T10:15:00+2:00\"",
          "\"2021-04-30T10:15:00.Z\"",
          "\"2021-04-30 10:15:00Z\"",
          "\"2021-04-30T24:00:00Z\""
        }) {
      JsonDataException e = assertThrows(JsonDataException.class, () -> adapter.fromJson(bad));
      assertEquals(
          "Expected an RFC 3339 date-time but was " + bad + " at path $", e.getMessage(), bad);
    }
    assertEquals(0, server.getRequestCount());
  }

  public static void malformedFormatsFailWithTheirPath(MockWebServer server) {
    String[][] cases = {
      {
        "{\"count\":1,\"day\":\"30/04/2021\"}",
        "Expected an RFC 3339 full-date but was \"30/04/2021\" at path $.day"
      },
      {"{\"count\":1,\"id\":\"nope\"}", "Expected a UUID but was \"nope\" at path $.id"},
      {"{\"count\":1,\"link\":\"a b\"}", "Expected a URI but was \"a b\" at path $.link"},
      {"{\"count\":1,\"payload\":\"*\"}", "Expected base64 bytes at path $.payload"},
      {
        "{\"count\":1,\"amount\":\"1.x\"}",
        "Expected a decimal number but was \"1.x\" at path $.amount"
      },
    };
    for (String[] c : cases) {
      JsonDataException e =
          assertThrows(JsonDataException.class, () -> read(Measurement.class, c[0]));
      assertEquals(c[1], e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  public static void defaultsAreReadForAbsentPropertiesButNeverSent(MockWebServer server)
      throws Exception {
    Measurement measurement = read(Measurement.class, "{\"count\":1}");

    assertEquals(5000L, measurement.total());
    assertEquals(0.5, measurement.ratio());
    assertTrue(measurement.enabled());
    assertEquals(LocalDate.of(2021, 4, 30), measurement.day());
    assertEquals("cm", measurement.unit());
    assertEquals(Level.LOW, measurement.level());
    assertEquals(MeasurementMode.SLOW, measurement.mode());
    assertFalse(measurement.hasTotal());
    assertNull(measurement.plain());
    assertEquals("{\"count\":1}", write(Measurement.class, measurement));
    assertEquals(0, server.getRequestCount());
  }

  public static void constraintsAreCheckedByBuildNamingFieldAndBound(MockWebServer server)
      throws Exception {
    assertEquals(
        "count must be less than 100, was 100",
        failure(() -> Measurement.builder().count(100).build()));
    assertEquals(
        "count must be at least 0, was -1", failure(() -> Measurement.builder().count(-1).build()));
    assertEquals(
        "weight must be greater than 0, was 0.0",
        failure(() -> Measurement.builder().count(1).weight(0f).build()));
    assertEquals(
        "amount must be at least 0.01, was 0.009",
        failure(() -> Measurement.builder().count(1).amount(new BigDecimal("0.009")).build()));
    assertEquals(
        "unit must be at least 1 character long, was 0",
        failure(() -> Measurement.builder().count(1).unit("").build()));
    assertEquals(
        "unit must match the pattern ^[a-z]+$",
        failure(() -> Measurement.builder().count(1).unit("Cm").build()));
    assertEquals(
        "tags must have at most 3 items, had 4",
        failure(
            () -> Measurement.builder().count(1).tags(Arrays.asList("a", "b", "c", "d")).build()));
    assertEquals(99, Measurement.builder().count(99).build().count());
    // What the server sends is kept, in or out of bounds.
    assertEquals(500, read(Measurement.class, "{\"count\":500,\"tags\":[]}").count());
    assertEquals(0, server.getRequestCount());
  }

  private static String failure(Runnable build) {
    return assertThrows(IllegalStateException.class, build::run).getMessage();
  }

  public static void bytesCompareByContent(MockWebServer server) throws Exception {
    Measurement a = read(Measurement.class, "{\"count\":1,\"payload\":\"AAEC\"}");
    Measurement b =
        Measurement.builder().count(1).payload(ByteString.of((byte) 0, (byte) 1, (byte) 2)).build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("{\"count\":1,\"payload\":\"AAEC\"}", write(Measurement.class, b));
    assertEquals(0, server.getRequestCount());
  }

  public static void mapsAndFreeFormJsonKeepEveryValue(MockWebServer server) throws Exception {
    String json =
        "{\"count\":1,\"counts\":{\"a\":1,\"b\":2},\"shapes\":{\"s\":{\"3d\":true}},"
            + "\"groups\":{\"g\":[\"x\",\"y\"]},\"extra\":{\"n\":null,\"l\":[1,2.50,{\"k\":false}]},"
            + "\"settings\":{\"on\":true},\"anything\":[null,\"x\"]}";

    Measurement measurement = read(Measurement.class, json);

    assertEquals(json, write(Measurement.class, measurement));
    assertEquals(Integer.valueOf(2), measurement.counts().get("b"));
    assertEquals(Boolean.TRUE, measurement.shapes().get("s").n3d());
    assertEquals(Arrays.asList("x", "y"), measurement.groups().get("g"));
    assertTrue(measurement.extra().containsKey("n"));
    assertNull(measurement.extra().get("n"));
    assertEquals(
        Arrays.asList(1L, new BigDecimal("2.50"), Collections.singletonMap("k", false)),
        measurement.extra().get("l"));
    assertEquals(Arrays.asList(null, "x"), measurement.anything());
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("z", null);
    Measurement built = Measurement.builder().count(1).extra(extra).putExtraItem("y", 1).build();
    extra.put("changed", true);
    assertEquals("{\"count\":1,\"extra\":{\"z\":null,\"y\":1}}", write(Measurement.class, built));
    assertThrows(
        IllegalArgumentException.class,
        () -> Measurement.builder().putExtraItem("o", new Object()));
    assertThrows(
        IllegalArgumentException.class, () -> Measurement.builder().anything(new Object()));
    assertEquals(0, server.getRequestCount());
  }

  public static void inlineObjectsAreNamedTypes(MockWebServer server) throws Exception {
    Measurement measurement =
        read(
            Measurement.class,
            "{\"count\":1,\"source\":{\"name\":\"n\",\"position\":{\"x\":1.0,\"y\":2.5}}}");

    MeasurementSource source = measurement.source();
    MeasurementSourcePosition position = source.position();
    assertEquals("n", source.name());
    assertEquals(2.5, position.y());
    assertEquals(0, server.getRequestCount());
  }

  public static void namesThatAreNotJavaNamesAreRenamed(MockWebServer server) throws Exception {
    String json =
        "{\"class\":\"c\",\"default\":true,\"content-type\":\"t\",\"two words\":\"w\","
            + "\"3d\":false,\"_private\":\"p\",\"new\":null}";

    Model3dShape shape = read(Model3dShape.class, json);

    assertEquals("c", shape.classValue());
    assertEquals(Boolean.TRUE, shape.defaultValue());
    assertEquals("t", shape.contentType());
    assertEquals("w", shape.twoWords());
    assertEquals(Boolean.FALSE, shape.n3d());
    assertEquals("p", shape.privateValue());
    assertTrue(shape.hasNewValue());
    assertNull(shape.newValue());
    assertEquals(json, write(Model3dShape.class, shape));
    assertEquals(0, server.getRequestCount());
  }

  public static void allOfIsFlattenedIntoOneModel(MockWebServer server) throws Exception {
    Derived derived =
        read(
            Derived.class,
            "{\"id\":\"d\",\"createdAt\":\"2021-04-30T00:00:00Z\",\"label\":\"l\",\"size\":2}");

    assertEquals("d", derived.id());
    assertEquals("l", derived.label());
    assertEquals(2, derived.size());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Derived.builder().label("l").build());
    assertEquals("Missing required properties: id, size", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @SuppressWarnings("deprecation") // Uses the deprecated schema and property on purpose.
  public static void deprecationsAreJavaDeprecations(MockWebServer server) throws Exception {
    assertTrue(
        io.github.webrtcsdk.sessions.model.Legacy.class.isAnnotationPresent(Deprecated.class));
    assertTrue(Measurement.class.getMethod("oldName").isAnnotationPresent(Deprecated.class));
    assertTrue(
        Measurement.Builder.class
            .getMethod("oldName", String.class)
            .isAnnotationPresent(Deprecated.class));
    assertFalse(Measurement.class.getMethod("unit").isAnnotationPresent(Deprecated.class));
    Holder holder = read(Holder.class, "{\"legacy\":{\"value\":\"v\"}}");
    assertEquals("v", holder.legacy().value());
    assertEquals("o", read(Measurement.class, "{\"count\":1,\"oldName\":\"o\"}").oldName());
    assertEquals(0, server.getRequestCount());
  }

  public static void readOnlyIsKeptOutsideRequests(MockWebServer server) throws Exception {
    String json = "{\"id\":\"12af78d1-5f88-4917-925d-17c1ac8fda7a\",\"count\":1}";
    Measurement measurement = read(Measurement.class, json);

    assertEquals(json, write(Measurement.class, measurement));
    Measurement copy = measurement.toBuilder().count(2).build();
    assertNotSame(measurement, copy);
    assertEquals(measurement.id(), copy.id());
    assertEquals(0, server.getRequestCount());
  }

  @SuppressWarnings("deprecation") // The operation is deprecated; the scenario calls it anyway.
  public static void mapBodiesOfADeprecatedOperation(MockWebServer server) throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"a\":{\"class\":\"x\"}}").build());

    Map<String, Model3dShape> shapes =
        client(server)
            .measurements()
            .replaceShapes(
                Collections.singletonMap("b", Model3dShape.builder().twoWords("w").build()));

    assertEquals("{\"b\":{\"two words\":\"w\"}}", server.takeRequest().getBody().utf8());
    assertEquals("x", shapes.get("a").classValue());
  }
}
