package io.github.webrtcsdk.sessions.contract;

import static io.github.webrtcsdk.sessions.contract.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webrtcsdk.sessions.contract.ContractValidator.Direction;
import io.github.webrtcsdk.sessions.contract.Generator.Weighted;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Generators of JSON values derived from the spec's schemas, so that a new property, enum value or
 * constraint in the spec is exercised without touching a test.
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
final class SchemaValues {
  /** Whether values stay within the schema or also carry what a newer server might add. */
  enum Mode {
    VALID,
    LENIENT
  }

  private static final int DEFAULT_MAX_LENGTH = 40;
  private static final int DEFAULT_MAX_ITEMS = 4;
  private static final int MAX_UNDECLARED = 2;

  private final ContractSpec spec;
  private final Mode mode;
  private final Direction direction;
  private final Map<String, Generator<JsonNode>> byName = new HashMap<>();

  SchemaValues(ContractSpec spec, Mode mode, Direction direction) {
    this.spec = Objects.requireNonNull(spec, "spec == null");
    this.mode = Objects.requireNonNull(mode, "mode == null");
    this.direction = Objects.requireNonNull(direction, "direction == null");
  }

  /** Returns values of the component schema {@code name}, as they read back from their text. */
  Generator<JsonNode> forSchema(String name) {
    return named(name).map(Trees::canonical);
  }

  private synchronized Generator<JsonNode> named(String name) {
    Generator<JsonNode> result = byName.get(name);
    if (result == null) {
      result = of(spec.schema(name));
      byName.put(name, result);
    }
    return result;
  }

  private Generator<JsonNode> of(Schema<?> schema) {
    String name = ContractSpec.schemaName(schema);
    // Lazy, so that a schema can refer to one being built; the spec has no cycles today.
    if (name != null) return Generator.lazy(() -> named(name));
    checkKnownKeywords(schema);
    Generator<JsonNode> value;
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      value = enumValues(schema.getEnum());
    } else {
      String type = Objects.requireNonNull(schema.getType(), "A schema without a type: " + schema);
      value = switch (type) {
        case "object" -> object(schema);
        case "array" -> array(schema);
        case "string" -> JsonValues.strings(min(schema.getMinLength(), 0),
            min(schema.getMaxLength(), DEFAULT_MAX_LENGTH)).map(NODES::textNode);
        case "integer" -> integers(schema);
        case "boolean" -> JsonValues.booleans().map(NODES::booleanNode);
        default -> throw new IllegalArgumentException("No generator for type " + type);
      };
    }
    if (Boolean.TRUE.equals(schema.getNullable())) {
      value = Generator.frequency(List.of(
          new Weighted<>(4, value), new Weighted<>(1, Generator.constant(NODES.nullNode()))));
    }
    return value;
  }

  private Generator<JsonNode> enumValues(List<?> known) {
    Generator<JsonNode> listed = Generator.elementOf(known).map(value -> NODES.textNode(
        value.toString()));
    if (mode == Mode.VALID) return listed;
    return Generator.frequency(List.of(new Weighted<>(3, listed),
        new Weighted<>(1, JsonValues.unknownEnumValues(known).map(NODES::textNode))));
  }

  private Generator<JsonNode> object(Schema<?> schema) {
    Map<String, Schema<?>> properties = ContractSpec.properties(schema);
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    List<Generator<? extends List<Map.Entry<String, JsonNode>>>> parts = new ArrayList<>();
    for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
      String name = property.getKey();
      if (excluded(property.getValue())) {
        if (required.contains(name)) {
          throw new IllegalStateException("Required property " + name + " is read-only or "
              + "write-only: no value can be sent in both directions");
        }
        continue;
      }
      Generator<List<Map.Entry<String, JsonNode>>> present =
          of(property.getValue()).map(value -> List.of(Map.entry(name, value)));
      Generator<List<Map.Entry<String, JsonNode>>> absent = Generator.constant(List.of());
      parts.add(required.contains(name) ? present : Generator.oneOf(List.of(present, absent)));
    }
    if (mode == Mode.LENIENT) {
      // Undeclared properties come last, as a newer server would append them.
      parts.add(JsonValues.properties(
          JsonValues.strings(1, 10).filter(key -> !properties.containsKey(key)),
          JsonValues.anyJson(), MAX_UNDECLARED));
    }
    return Generator.each(parts).map(
        lists -> JsonValues.object(lists.stream().flatMap(List::stream).toList()));
  }

  private boolean excluded(Schema<?> property) {
    Schema<?> resolved = spec.resolve(property);
    boolean readOnly = Boolean.TRUE.equals(property.getReadOnly())
        || Boolean.TRUE.equals(resolved.getReadOnly());
    boolean writeOnly = Boolean.TRUE.equals(property.getWriteOnly())
        || Boolean.TRUE.equals(resolved.getWriteOnly());
    return direction == Direction.REQUEST ? readOnly : writeOnly;
  }

  private Generator<JsonNode> array(Schema<?> schema) {
    Generator<JsonNode> items =
        of(Objects.requireNonNull(schema.getItems(), "array without items"));
    int minItems = min(schema.getMinItems(), 0);
    int maxItems = min(schema.getMaxItems(), DEFAULT_MAX_ITEMS);
    Generator<List<JsonNode>> lists = Boolean.TRUE.equals(schema.getUniqueItems())
        ? items.uniqueList(minItems, maxItems, element -> element)
        : items.list(minItems, maxItems);
    return lists.map(JsonValues::array);
  }

  private static Generator<JsonNode> integers(Schema<?> schema) {
    boolean int64 = "int64".equals(schema.getFormat());
    long min = schema.getMinimum() != null ? schema.getMinimum().longValueExact()
        : int64 ? Long.MIN_VALUE : Integer.MIN_VALUE;
    long max = schema.getMaximum() != null ? schema.getMaximum().longValueExact()
        : int64 ? Long.MAX_VALUE : Integer.MAX_VALUE;
    Generator<Long> values = JsonValues.longs(min, max);
    return int64
        ? values.map(NODES::numberNode)
        : values.map(value -> NODES.numberNode(Math.toIntExact(value)));
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
          + "SchemaValues before using it in the spec. Schema: " + schema);
    }
  }
}
