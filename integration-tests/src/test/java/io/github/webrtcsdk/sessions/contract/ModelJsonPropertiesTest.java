package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.webrtcsdk.sessions.contract.ContractValidator.Direction;
import io.github.webrtcsdk.sessions.contract.SchemaArbitraries.Mode;
import io.github.webrtcsdk.sessions.model.DeviceApiVersion;
import io.github.webrtcsdk.sessions.model.ParticipantEventType;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.providers.TypeUsage;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of every model's JSON, with values generated from the spec's own schemas.
 *
 * <ul>
 *   <li>Valid: a model built from any schema-valid JSON encodes, with the client's adapters, to
 *       exactly that JSON, which the independent validator accepts, and decodes back equal.
 *   <li>Lenient: JSON a newer server may send (properties the schema does not declare, enum values
 *       it does not list) decodes without error to the model the test's own mapping reads, and
 *       encodes back to the same JSON, unknown parts kept.
 * </ul>
 *
 * <p>A thousand tries per model and kind. {@link SpecCatalogTest} checks that every schema of the
 * spec has its properties here.
 */
final class ModelJsonPropertiesTest {
  private static final int TRIES = 1000;
  private static final ContractSpec SPEC = ContractSpec.get();
  private static final SchemaArbitraries VALID =
      new SchemaArbitraries(SPEC, Mode.VALID, Direction.RESPONSE);
  private static final SchemaArbitraries LENIENT =
      new SchemaArbitraries(SPEC, Mode.LENIENT, Direction.RESPONSE);

  @Provide
  Arbitrary<JsonNode> valid(TypeUsage parameter) {
    return VALID.forSchema(schemaOf(parameter));
  }

  @Provide
  Arbitrary<JsonNode> lenient(TypeUsage parameter) {
    return LENIENT.forSchema(schemaOf(parameter));
  }

  @Property(tries = TRIES)
  void sessionEncodesToValidJson(@ForAll("valid") @OfSchema("Session") JsonNode json) {
    encodesToValidJsonAndDecodesBack("Session", json);
  }

  @Property(tries = TRIES)
  void sessionDecodesLenientJson(@ForAll("lenient") @OfSchema("Session") JsonNode json) {
    decodesAndKeepsEverything("Session", json);
  }

  @Property(tries = TRIES)
  void participantEncodesToValidJson(@ForAll("valid") @OfSchema("Participant") JsonNode json) {
    collectCallbackUrl(json);
    encodesToValidJsonAndDecodesBack("Participant", json);
  }

  @Property(tries = TRIES)
  void participantDecodesLenientJson(@ForAll("lenient") @OfSchema("Participant") JsonNode json) {
    collectUnknownEnumValue(json, "deviceApiVersion", DeviceApiVersion::of,
        DeviceApiVersion::isKnown);
    decodesAndKeepsEverything("Participant", json);
  }

  @Property(tries = TRIES)
  void createParticipantRequestEncodesToValidJson(
      @ForAll("valid") @OfSchema("CreateParticipantRequest") JsonNode json) {
    collectCallbackUrl(json);
    encodesToValidJsonAndDecodesBack("CreateParticipantRequest", json);
  }

  @Property(tries = TRIES)
  void createParticipantRequestDecodesLenientJson(
      @ForAll("lenient") @OfSchema("CreateParticipantRequest") JsonNode json) {
    decodesAndKeepsEverything("CreateParticipantRequest", json);
  }

  @Property(tries = TRIES)
  void createParticipantResponseEncodesToValidJson(
      @ForAll("valid") @OfSchema("CreateParticipantResponse") JsonNode json) {
    encodesToValidJsonAndDecodesBack("CreateParticipantResponse", json);
  }

  @Property(tries = TRIES)
  void createParticipantResponseDecodesLenientJson(
      @ForAll("lenient") @OfSchema("CreateParticipantResponse") JsonNode json) {
    decodesAndKeepsEverything("CreateParticipantResponse", json);
  }

  @Property(tries = TRIES)
  void subscriptionsEncodesToValidJson(@ForAll("valid") @OfSchema("Subscriptions") JsonNode json) {
    encodesToValidJsonAndDecodesBack("Subscriptions", json);
  }

  @Property(tries = TRIES)
  void subscriptionsDecodesLenientJson(
      @ForAll("lenient") @OfSchema("Subscriptions") JsonNode json) {
    decodesAndKeepsEverything("Subscriptions", json);
  }

  @Property(tries = TRIES)
  void participantSubscriptionEncodesToValidJson(
      @ForAll("valid") @OfSchema("ParticipantSubscription") JsonNode json) {
    encodesToValidJsonAndDecodesBack("ParticipantSubscription", json);
  }

  @Property(tries = TRIES)
  void participantSubscriptionDecodesLenientJson(
      @ForAll("lenient") @OfSchema("ParticipantSubscription") JsonNode json) {
    decodesAndKeepsEverything("ParticipantSubscription", json);
  }

  @Property(tries = TRIES)
  void participantEventEncodesToValidJson(
      @ForAll("valid") @OfSchema("ParticipantEvent") JsonNode json) {
    encodesToValidJsonAndDecodesBack("ParticipantEvent", json);
  }

  @Property(tries = TRIES)
  void participantEventDecodesLenientJson(
      @ForAll("lenient") @OfSchema("ParticipantEvent") JsonNode json) {
    collectUnknownEnumValue(json, "event", ParticipantEventType::of, ParticipantEventType::isKnown);
    decodesAndKeepsEverything("ParticipantEvent", json);
  }

  @Property(tries = TRIES)
  void serviceErrorEncodesToValidJson(@ForAll("valid") @OfSchema("ServiceError") JsonNode json) {
    encodesToValidJsonAndDecodesBack("ServiceError", json);
  }

  @Property(tries = TRIES)
  void serviceErrorDecodesLenientJson(@ForAll("lenient") @OfSchema("ServiceError") JsonNode json) {
    decodesAndKeepsEverything("ServiceError", json);
  }

  @Property(tries = TRIES)
  void gatewayErrorEncodesToValidJson(@ForAll("valid") @OfSchema("GatewayError") JsonNode json) {
    encodesToValidJsonAndDecodesBack("GatewayError", json);
  }

  @Property(tries = TRIES)
  void gatewayErrorDecodesLenientJson(@ForAll("lenient") @OfSchema("GatewayError") JsonNode json) {
    decodesAndKeepsEverything("GatewayError", json);
  }

  @Property(tries = TRIES)
  void legacyErrorEncodesToValidJson(@ForAll("valid") @OfSchema("LegacyError") JsonNode json) {
    encodesToValidJsonAndDecodesBack("LegacyError", json);
  }

  @Property(tries = TRIES)
  void legacyErrorDecodesLenientJson(@ForAll("lenient") @OfSchema("LegacyError") JsonNode json) {
    decodesAndKeepsEverything("LegacyError", json);
  }

  @Property(tries = TRIES)
  void publishPermissionDecodesAnyValue(
      @ForAll("lenient") @OfSchema("PublishPermission") JsonNode json) {
    collectUnknownEnumValue(json, null, PublishPermission::of, PublishPermission::isKnown);
    decodesAndKeepsEverything("PublishPermission", json);
  }

  @Property(tries = TRIES)
  void deviceApiVersionDecodesAnyValue(
      @ForAll("lenient") @OfSchema("DeviceApiVersion") JsonNode json) {
    collectUnknownEnumValue(json, null, DeviceApiVersion::of, DeviceApiVersion::isKnown);
    decodesAndKeepsEverything("DeviceApiVersion", json);
  }

  @Property(tries = TRIES)
  void participantEventTypeDecodesAnyValue(
      @ForAll("lenient") @OfSchema("ParticipantEventType") JsonNode json) {
    collectUnknownEnumValue(json, null, ParticipantEventType::of, ParticipantEventType::isKnown);
    decodesAndKeepsEverything("ParticipantEventType", json);
  }

  private static void encodesToValidJsonAndDecodesBack(String schema, JsonNode json) {
    ModelTrees.Mapping<?> mapping = ModelTrees.forSchema(schema);
    Object model = mapping.read(json);

    String encoded = ClientJson.encode(mapping.type(), model);
    JsonNode tree = Trees.parse(encoded);
    ValidationReport report =
        ContractValidator.get().validateValue(tree, schema, Direction.RESPONSE);
    if (report.hasErrors()) {
      throw new AssertionError(schema + " encoded to JSON the spec rejects:\n" + encoded + "\n"
          + ContractValidator.describe(report));
    }
    assertEquals(json, tree, "encoding of " + model);
    assertEquals(mapping.write(model), tree, "the test's own encoding of " + model);
    assertEquals(model, ClientJson.decodeUnchecked(mapping.type(), encoded), "decoded " + encoded);
  }

  private static void decodesAndKeepsEverything(String schema, JsonNode json) {
    ModelTrees.Mapping<?> mapping = ModelTrees.forSchema(schema);
    String text = Trees.write(json);
    Object decoded;
    try {
      decoded = ClientJson.decode(mapping.type(), text);
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(schema + " failed to decode " + text, e);
    }
    if (json.isObject()) {
      Statistics.label("undeclared properties").collect(hasUndeclared(schema, json));
      Statistics.label("undeclared properties")
          .coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    }
    assertEquals(mapping.read(json), decoded, "decoded " + text);
    assertEquals(json, Trees.parse(ClientJson.encode(mapping.type(), decoded)),
        "re-encoded " + decoded);
  }

  private static boolean hasUndeclared(String schema, JsonNode json) {
    if (!json.isObject()) return false;
    var declared = SPEC.schema(schema).getProperties();
    for (var field : json.properties()) {
      if (declared == null || !declared.containsKey(field.getKey())) return true;
    }
    return false;
  }

  private static void collectCallbackUrl(JsonNode json) {
    JsonNode callbackUrl = json.get("callbackUrl");
    String state = callbackUrl == null ? "absent" : callbackUrl.isNull() ? "null" : "a URL";
    Statistics.label("callbackUrl").collect(state);
    Statistics.label("callbackUrl").coverage(coverage -> {
      coverage.check("absent").percentage(p -> p > 10);
      coverage.check("null").percentage(p -> p > 5);
      coverage.check("a URL").percentage(p -> p > 10);
    });
  }

  private static <E> void collectUnknownEnumValue(JsonNode json, String field,
      Function<String, E> parse, Function<E, Boolean> isKnown) {
    JsonNode value = field == null ? json : json.get(field);
    String state = value == null ? "absent"
        : isKnown.apply(parse.apply(value.textValue())) ? "listed" : "unknown";
    Statistics.label("enum value").collect(state);
    Statistics.label("enum value").coverage(coverage -> {
      coverage.check("listed").percentage(p -> p > 10);
      coverage.check("unknown").percentage(p -> p > 5);
    });
  }

  private static String schemaOf(TypeUsage parameter) {
    return parameter.findAnnotation(OfSchema.class)
        .map(OfSchema::value)
        .orElseThrow(() -> new IllegalStateException(
            "@ForAll JsonNode parameters need @OfSchema to name their schema"));
  }

  /** Returns the schemas a property of this class draws from, for {@link SpecCatalogTest}. */
  static List<String> schemasWithProperties(String provider) {
    return java.util.Arrays.stream(ModelJsonPropertiesTest.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Property.class))
        .flatMap(method -> java.util.Arrays.stream(method.getParameters()))
        .filter(parameter -> parameter.isAnnotationPresent(ForAll.class)
            && parameter.getAnnotation(ForAll.class).value().equals(provider))
        .map(parameter -> parameter.getAnnotation(OfSchema.class).value())
        .toList();
  }
}
