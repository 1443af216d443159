package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cases a run of one schema's generated values must cover, read from the schema: in valid
 * values, each nullable property absent, null and set; in lenient ones, properties the schema does
 * not declare, and each enum, the schema's own or a property's, both listed and unknown.
 */
final class SchemaCases {
  /** One labelled aspect of a value, the state a value is in, and the share each state needs. */
  private record Aspect(String label, Function<JsonNode, String> state, Map<String, Double> shares) {}

  private final List<Aspect> aspects;

  private SchemaCases(List<Aspect> aspects) {
    this.aspects = List.copyOf(aspects);
  }

  /** Returns the cases valid values of the schema {@code name} must cover. */
  static SchemaCases valid(ContractSpec spec, String name) {
    Schema<?> schema = spec.schema(name);
    List<Aspect> aspects = new ArrayList<>();
    ContractSpec.properties(schema).forEach((property, propertySchema) -> {
      if (!Boolean.TRUE.equals(spec.resolve(propertySchema).getNullable())) return;
      boolean required = schema.getRequired() != null && schema.getRequired().contains(property);
      Map<String, Double> shares = required
          ? Map.of("null", 5.0, "set", 10.0)
          : Map.of("absent", 10.0, "null", 5.0, "set", 10.0);
      aspects.add(new Aspect(property, json -> nullState(json.get(property)), shares));
    });
    return new SchemaCases(aspects);
  }

  /** Returns the cases lenient values of the schema {@code name} must cover. */
  static SchemaCases lenient(ContractSpec spec, String name) {
    Schema<?> schema = spec.schema(name);
    List<Aspect> aspects = new ArrayList<>();
    if (schema.getEnum() != null) {
      aspects.add(enumAspect("enum value", schema.getEnum(), Function.identity()));
    }
    if ("object".equals(schema.getType())) {
      Map<String, Schema<?>> declared = ContractSpec.properties(schema);
      aspects.add(new Aspect("undeclared properties",
          json -> declared.keySet().containsAll(names(json)) ? "none" : "some",
          Map.of("some", 10.0)));
      declared.forEach((property, propertySchema) -> {
        List<?> values = spec.resolve(propertySchema).getEnum();
        if (values != null) {
          aspects.add(enumAspect(property + " enum value", values, json -> json.get(property)));
        }
      });
    }
    return new SchemaCases(aspects);
  }

  /** Returns counts with the shares these cases require, for {@link #count} to fill. */
  Proportions proportions() {
    Proportions proportions = new Proportions();
    for (Aspect aspect : aspects) {
      aspect.shares().forEach((state, share) -> proportions.require(aspect.label(), state, share));
    }
    return proportions;
  }

  /** Counts the state {@code json} is in for each aspect. */
  void count(JsonNode json, Proportions proportions) {
    for (Aspect aspect : aspects) proportions.count(aspect.label(), aspect.state().apply(json));
  }

  private static Aspect enumAspect(String label, List<?> listed, Function<JsonNode, JsonNode> get) {
    List<String> names = listed.stream().map(Object::toString).toList();
    return new Aspect(label, json -> {
      JsonNode value = get.apply(json);
      if (value == null) return "absent";
      return names.contains(value.textValue()) ? "listed" : "unknown";
    }, Map.of("listed", 10.0, "unknown", 5.0));
  }

  private static String nullState(JsonNode value) {
    return value == null ? "absent" : value.isNull() ? "null" : "set";
  }

  private static List<String> names(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
