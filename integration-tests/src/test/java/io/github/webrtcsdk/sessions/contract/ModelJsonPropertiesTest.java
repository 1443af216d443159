package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webrtcsdk.sessions.contract.ContractValidator.Direction;
import io.github.webrtcsdk.sessions.contract.SchemaValues.Mode;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The properties of {@link ModelJsonChecks} for every schema of the spec, each on {@value
 * PropertyRunner#TRIES} values generated from the schema: valid values for every object schema,
 * lenient ones for every schema. A schema added to the spec gets both here; {@link
 * SpecCatalogTest} checks that it has a mapping in {@link ModelTrees}.
 *
 * <p>Each run starts from a fresh seed. A failure names the seed of the failing try and the value,
 * as JSON; {@code -Dproperties.seed=...} replays that value on try 1. Each run must also cover
 * the cases {@link SchemaCases} reads from the schema, such as a nullable property absent, null
 * and set.
 */
final class ModelJsonPropertiesTest {
  private static final ContractSpec SPEC = ContractSpec.get();
  private static final SchemaValues VALID =
      new SchemaValues(SPEC, Mode.VALID, Direction.RESPONSE);
  private static final SchemaValues LENIENT =
      new SchemaValues(SPEC, Mode.LENIENT, Direction.RESPONSE);
  private static final ModelJsonChecks CHECKS = new ModelJsonChecks(ClientJson.CLIENT);

  @TestFactory
  Stream<DynamicTest> validJsonEncodesBackToItself() {
    return SPEC.schemaNames().stream()
        .filter(schema -> "object".equals(SPEC.schema(schema).getType()))
        .map(schema -> property(schema + " encodes valid JSON back to itself", schema, VALID,
            SchemaCases.valid(SPEC, schema), CHECKS::encodesToValidJsonAndDecodesBack));
  }

  @TestFactory
  Stream<DynamicTest> lenientJsonDecodesWithNothingLost() {
    return SPEC.schemaNames().stream()
        .map(schema -> property(schema + " decodes lenient JSON with nothing lost", schema,
            LENIENT, SchemaCases.lenient(SPEC, schema), CHECKS::decodesAndKeepsEverything));
  }

  private static DynamicTest property(String name, String schema, SchemaValues values,
      SchemaCases cases, BiConsumer<String, JsonNode> check) {
    return dynamicTest(name, () -> {
      Proportions proportions = cases.proportions();
      Optional<PropertyRunner.Failure> failure =
          PropertyRunner.standard().run(values.forSchema(schema), json -> {
            cases.count(json, proportions);
            check.accept(schema, json);
          });
      if (failure.isPresent()) {
        fail(failure.get().report(name), failure.get().cause());
      }
      proportions.check(name);
    });
  }
}
