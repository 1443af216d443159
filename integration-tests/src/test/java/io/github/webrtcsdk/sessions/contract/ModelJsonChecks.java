package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.webrtcsdk.sessions.contract.ContractValidator.Direction;
import java.io.IOException;
import java.util.Objects;

/**
 * What every model's JSON must do, checked on one value with one encoding's adapters, the
 * client's or, to show that the checks catch a bug, a broken one.
 *
 * <ul>
 *   <li>Valid: a model built from any schema-valid JSON encodes to exactly that JSON, which the
 *       independent validator accepts, and decodes back equal.
 *   <li>Lenient: JSON a newer server may send (properties the schema does not declare, enum values
 *       it does not list) decodes without error to the model the test's own mapping reads, and
 *       encodes back to the same JSON, unknown parts kept.
 * </ul>
 */
final class ModelJsonChecks {
  private final ClientJson json;

  ModelJsonChecks(ClientJson json) {
    this.json = Objects.requireNonNull(json, "json == null");
  }

  /** Checks that valid {@code value} of {@code schema} encodes back to itself and decodes equal. */
  void encodesToValidJsonAndDecodesBack(String schema, JsonNode value) {
    ModelTrees.Mapping<?> mapping = mapping(schema);
    Object model = mapping.read(value);

    String encoded = json.encode(mapping.type(), model);
    JsonNode tree = Trees.parse(encoded);
    ValidationReport report =
        ContractValidator.get().validateValue(tree, schema, Direction.RESPONSE);
    if (report.hasErrors()) {
      throw new AssertionError(schema + " encoded to JSON the spec rejects:\n" + encoded + "\n"
          + ContractValidator.describe(report));
    }
    assertEquals(value, tree, "encoding of " + model);
    assertEquals(mapping.write(model), tree, "the test's own encoding of " + model);
    assertEquals(model, json.decodeUnchecked(mapping.type(), encoded), "decoded " + encoded);
  }

  /** Checks that lenient {@code value} of {@code schema} decodes and re-encodes with nothing lost. */
  void decodesAndKeepsEverything(String schema, JsonNode value) {
    ModelTrees.Mapping<?> mapping = mapping(schema);
    String text = Trees.write(value);
    Object decoded;
    try {
      decoded = json.decode(mapping.type(), text);
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(schema + " failed to decode " + text, e);
    }
    assertEquals(mapping.read(value), decoded, "decoded " + text);
    assertEquals(value, Trees.parse(json.encode(mapping.type(), decoded)),
        "re-encoded " + decoded);
  }

  private static ModelTrees.Mapping<?> mapping(String schema) {
    return Objects.requireNonNull(ModelTrees.forSchema(schema),
        () -> "No mapping in ModelTrees for the schema " + schema);
  }
}
