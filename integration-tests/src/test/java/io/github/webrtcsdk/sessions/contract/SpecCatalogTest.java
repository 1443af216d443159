package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every schema of the spec reaches the model tests: a schema added to the spec fails here until
 * it has a mapping in {@link ModelTrees} and properties in {@link ModelJsonPropertiesTest}.
 */
final class SpecCatalogTest {
  private static final ContractSpec SPEC = ContractSpec.get();

  @Test
  void everySchemaHasAModelMapping() {
    assertEquals(SPEC.schemaNames(), sortedAsSpec(new ArrayList<>(ModelTrees.schemaNames())));
  }

  @Test
  void everyObjectSchemaHasBothProperties() {
    List<String> objects = SPEC.schemaNames().stream()
        .filter(name -> "object".equals(SPEC.schema(name).getType()))
        .toList();
    assertEquals(objects, sortedAsSpec(ModelJsonPropertiesTest.schemasWithProperties("valid")));
    List<String> lenient = ModelJsonPropertiesTest.schemasWithProperties("lenient");
    assertEquals(SPEC.schemaNames(), sortedAsSpec(lenient), "lenient properties");
  }

  private static List<String> sortedAsSpec(List<String> names) {
    return names.stream()
        .sorted((a, b) -> SPEC.schemaNames().indexOf(a) - SPEC.schemaNames().indexOf(b))
        .toList();
  }
}
