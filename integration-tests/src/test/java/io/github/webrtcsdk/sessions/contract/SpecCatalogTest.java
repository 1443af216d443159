package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every schema of the spec reaches the model tests: {@link ModelJsonPropertiesTest} draws its
 * properties from the spec's schemas, and a schema added to the spec fails here until it has a
 * mapping in {@link ModelTrees}.
 */
final class SpecCatalogTest {
  private static final ContractSpec SPEC = ContractSpec.get();

  @Test
  void everySchemaHasAModelMapping() {
    assertEquals(SPEC.schemaNames(), sortedAsSpec(new ArrayList<>(ModelTrees.schemaNames())));
  }

  private static List<String> sortedAsSpec(List<String> names) {
    return names.stream()
        .sorted((a, b) -> SPEC.schemaNames().indexOf(a) - SPEC.schemaNames().indexOf(b))
        .toList();
  }
}
