package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RuleTest {
  @Test
  void idsAreUniqueKebabCase() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id());
      assertTrue(ids.add(rule.id()), "duplicate " + rule.id());
      assertEquals(rule.name().toLowerCase(Locale.ROOT).replace('_', '-'), rule.id());
    }
  }

  @Test
  void breakingRulesCallForAMajorBump() {
    for (Rule rule : Rule.values()) {
      assertEquals(rule.severity() == Severity.BREAKING, rule.bump() == Bump.MAJOR, rule.id());
    }
  }

  @Test
  void descriptionsAreSentences() {
    for (Rule rule : Rule.values()) {
      assertTrue(rule.description().endsWith("."), rule.id());
    }
  }

  @Test
  void looksUpById() {
    assertEquals(Optional.of(Rule.OPERATION_ID_CHANGED), Rule.byId("operation-id-changed"));
    assertEquals(Optional.empty(), Rule.byId("OPERATION_ID_CHANGED"));
  }
}
