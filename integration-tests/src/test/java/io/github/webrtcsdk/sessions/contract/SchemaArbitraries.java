package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webrtcsdk.sessions.contract.ContractValidator.Direction;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of JSON values derived from the spec's schemas, so that a new property, enum
 * value or constraint in the spec is exercised without touching a test.
 *
 * <p>In {@link Mode#VALID} every value satisfies its schema: required properties always present,
 * optional ones present or absent, nullable ones sometimes null, strings within {@code minLength}
 * and {@code maxLength} (edge lengths included), arrays within {@code minItems} and {@code
 * maxItems} and without duplicates where {@code uniqueItems} says so, enums from their values.
 * Properties that are {@code readOnly} appear only in responses and {@code writeOnly} ones only in
 * requests. {@link Mode#LENIENT} adds what a newer server may send and a client must still
 * decode: properties the schema does not declare and enum values it does not list.
 *
 * <p>A schema feature this class does not know fails generation, rather than being ignored.
 */
final class SchemaArbitraries {
  /** Whether values stay within the schema or also carry what a newer server might add. */
  enum Mode {
    VALID,
    LENIENT
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DEFAULT_MAX_LENGTH = 40;
  private static final int DEFAULT_MAX_ITEMS = 4;

  private final ContractSpec spec;
  private final Mode mode;
  private final Direction direction;
  private final Map<String, Arbitrary<JsonNode>> byName = new HashMap<>();

  SchemaArbitraries(ContractSpec spec, Mode mode, Direction direction) {
    this.spec = Objects.requireNonNull(spec, "spec == null");
    this.mode = Objects.requireNonNull(mode, "mode == null");
    this.direction = Objects.requireNonNull(direction, "direction == null");
  }

  /** Returns values of the component schema {@code name}. */
  synchronized Arbitrary<JsonNode> forSchema(String name) {
    Arbitrary<JsonNode> result = byName.get(name);
    if (result == null) {
      result = of(spec.schema(name)).map(Trees::canonical);
      byName.put(name, result);
    }
    return result;
  }

  /** Returns strings a schema's enum does not list, not even in another letter case. */
  static Arbitrary<String> unknownEnumValues(List<?> known) {
    return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
        .withCharRange('0', '9').withChars('_', '-', '.').ofMinLength(1).ofMaxLength(12)
        .filter(value -> known.stream()
            .noneMatch(k -> k.toString().toLowerCase(Locale.ROOT)
                .equals(value.toLowerCase(Locale.ROOT))));
  }

  /** Returns arbitrary JSON values of small depth, for properties no schema declares. */
  static Arbitrary<JsonNode> anyJson() {
    Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
        strings(0, 12).map(NODES::textNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.bigDecimals().ofScale(3).between(new BigDecimal("-1e6"), new BigDecimal("1e6"))
            .map(NODES::numberNode),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
    Arbitrary<JsonNode> array = leaf.list().ofMaxSize(3).map(elements -> {
      ArrayNode node = NODES.arrayNode();
      elements.forEach(node::add);
      return node;
    });
    Arbitrary<JsonNode> object = properties(strings(1, 8), leaf, 3).map(fields -> {
      ObjectNode node = NODES.objectNode();
      fields.forEach(field -> node.set(field.getKey(), field.getValue()));
      return node;
    });
    return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, array), Tuple.of(1, object));
  }

  /**
   * Returns up to {@code maxSize} name-value pairs with distinct names. Measured ten times faster
   * than {@code Arbitraries.maps} with JSON values, which made the properties slow.
   */
  private static Arbitrary<List<Map.Entry<String, JsonNode>>> properties(
      Arbitrary<String> names, Arbitrary<JsonNode> values, int maxSize) {
    return Combinators.combine(names, values).as(Map::entry).list()
        .ofMaxSize(maxSize)
        .uniqueElements(Map.Entry::getKey);
  }

  private Arbitrary<JsonNode> of(Schema<?> schema) {
    String name = ContractSpec.schemaName(schema);
    if (name != null) return forSchemaUncached(name);
    checkKnownKeywords(schema);
    Arbitrary<JsonNode> value;
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      value = enumValues(schema);
    } else {
      String type = Objects.requireNonNull(schema.getType(), "A schema without a type: " + schema);
      value = switch (type) {
        case "object" -> object(schema);
        case "array" -> array(schema);
        case "string" -> strings(min(schema.getMinLength(), 0),
            min(schema.getMaxLength(), DEFAULT_MAX_LENGTH)).map(NODES::textNode);
        case "integer" -> integers(schema);
        case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
        default -> throw new IllegalArgumentException("No generator for type " + type);
      };
    }
    if (Boolean.TRUE.equals(schema.getNullable())) {
      value = Arbitraries.frequencyOf(
          Tuple.of(4, value), Tuple.of(1, Arbitraries.just(NODES.nullNode())));
    }
    return value;
  }

  private Arbitrary<JsonNode> forSchemaUncached(String name) {
    // Lazy, so that a schema can refer to one being built; the spec has no cycles today.
    return Arbitraries.lazy(() -> of(spec.schema(name)));
  }

  private Arbitrary<JsonNode> enumValues(Schema<?> schema) {
    List<?> known = schema.getEnum();
    Arbitrary<JsonNode> listed =
        Arbitraries.of(known).map(value -> NODES.textNode(value.toString()));
    if (mode == Mode.VALID) return listed;
    return Arbitraries.frequencyOf(Tuple.of(3, listed),
        Tuple.of(1, unknownEnumValues(known).map(NODES::textNode)));
  }

  private Arbitrary<JsonNode> object(Schema<?> schema) {
    // Swagger's model types the map with a raw Schema; copied to keep the raw type out.
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    if (schema.getProperties() != null) schema.getProperties().forEach(properties::put);
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    List<Arbitrary<List<Map.Entry<String, JsonNode>>>> parts = new ArrayList<>();
    for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
      String name = property.getKey();
      Schema<?> propertySchema = property.getValue();
      if (excluded(propertySchema)) {
        if (required.contains(name)) {
          throw new IllegalStateException("Required property " + name + " is read-only or "
              + "write-only: no value can be sent in both directions");
        }
        continue;
      }
      Arbitrary<List<Map.Entry<String, JsonNode>>> present =
          of(propertySchema).map(value -> List.of(Map.entry(name, value)));
      parts.add(required.contains(name)
          ? present
          : Arbitraries.oneOf(present, Arbitraries.just(List.of())));
    }
    if (mode == Mode.LENIENT) {
      // Undeclared properties come last, as a newer server would append them.
      parts.add(properties(
          strings(1, 10).filter(key -> !properties.containsKey(key)), anyJson(), 2));
    }
    return Combinators.combine(parts).as(values -> {
      ObjectNode node = NODES.objectNode();
      for (List<Map.Entry<String, JsonNode>> entries : values) {
        for (Map.Entry<String, JsonNode> entry : entries) {
          node.set(entry.getKey(), entry.getValue());
        }
      }
      return (JsonNode) node;
    });
  }

  private boolean excluded(Schema<?> property) {
    Schema<?> resolved = spec.resolve(property);
    boolean readOnly = Boolean.TRUE.equals(property.getReadOnly())
        || Boolean.TRUE.equals(resolved.getReadOnly());
    boolean writeOnly = Boolean.TRUE.equals(property.getWriteOnly())
        || Boolean.TRUE.equals(resolved.getWriteOnly());
    return direction == Direction.REQUEST ? readOnly : writeOnly;
  }

  private Arbitrary<JsonNode> array(Schema<?> schema) {
    Arbitrary<JsonNode> items =
        of(Objects.requireNonNull(schema.getItems(), "array without items"));
    var list = items.list()
        .ofMinSize(min(schema.getMinItems(), 0))
        .ofMaxSize(min(schema.getMaxItems(), DEFAULT_MAX_ITEMS));
    if (Boolean.TRUE.equals(schema.getUniqueItems())) list = list.uniqueElements();
    return list.map(elements -> {
      ArrayNode node = NODES.arrayNode();
      elements.forEach(node::add);
      return node;
    });
  }

  private static Arbitrary<JsonNode> integers(Schema<?> schema) {
    long min = schema.getMinimum() != null
        ? schema.getMinimum().longValueExact() : Integer.MIN_VALUE;
    long max = schema.getMaximum() != null
        ? schema.getMaximum().longValueExact() : Integer.MAX_VALUE;
    if ("int64".equals(schema.getFormat())) {
      if (schema.getMinimum() == null) min = Long.MIN_VALUE;
      if (schema.getMaximum() == null) max = Long.MAX_VALUE;
      return Arbitraries.longs().between(min, max).map(NODES::numberNode);
    }
    return Arbitraries.integers().between((int) min, (int) max).map(NODES::numberNode);
  }

  /**
   * Strings of the Basic Multilingual Plane without surrogates, so that a length in Java chars is
   * a length in code points, as JSON Schema counts: ASCII, controls, quotes, accents, CJK.
   */
  private static Arbitrary<String> strings(int minLength, int maxLength) {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u007f')
        .withCharRange('\u00a0', '\u024f')
        .withCharRange('\u4e00', '\u4e40')
        .withChars('\u2028', '\u2029', '\ufeff', '\ufffd')
        .ofMinLength(minLength)
        .ofMaxLength(maxLength);
  }

  private static int min(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static void checkKnownKeywords(Schema<?> schema) {
    List<String> unknown = new ArrayList<>();
    if (schema.getPattern() != null) unknown.add("pattern");
    if (schema.getAllOf() != null) unknown.add("allOf");
    if (schema.getOneOf() != null) unknown.add("oneOf");
    if (schema.getAnyOf() != null) unknown.add("anyOf");
    if (schema.getNot() != null) unknown.add("not");
    if (schema.getAdditionalProperties() != null) unknown.add("additionalProperties");
    if (schema.getMinProperties() != null) unknown.add("minProperties");
    if (schema.getMaxProperties() != null) unknown.add("maxProperties");
    if (schema.getMultipleOf() != null) unknown.add("multipleOf");
    if (schema.getFormat() != null && !Set.of("int32", "int64").contains(schema.getFormat())) {
      unknown.add("format " + schema.getFormat());
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("No generator supports " + unknown + " yet; teach "
          + "SchemaArbitraries before using it in the spec. Schema: " + schema);
    }
  }
}
