package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class TagRuleTest {
  @Test
  void exactlyOneDeclaredTagPerOperation() {
    assertEquals(List.of(
        "lint/operation-tags.yaml:8:5: [description-required] tag 'Owners' has no description",
        "lint/operation-tags.yaml:12:7: [operation-single-tag] operation 'listPets' has 2 tags"
            + " [Pets, Owners]; give it exactly one",
        "lint/operation-tags.yaml:22:5: [operation-single-tag] operation 'createPet' has no tag;"
            + " give it exactly one",
        "lint/operation-tags.yaml:32:11: [tag-declared] tag 'Vets' of operation 'deletePets' is"
            + " not declared under the top-level tags"),
        Corpus.lint("operation-tags.yaml"));
  }
}
