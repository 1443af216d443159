package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class DescriptionRuleTest {
  @Test
  void missingAndBlankDescriptions() {
    assertEquals(List.of(
        "lint/missing-description.yaml:6:5: [description-required] tag 'Pets' has no description",
        "lint/missing-description.yaml:9:5: [description-required] operation 'listPets' has no"
            + " description",
        "lint/missing-description.yaml:15:11: [description-required] parameter 'limit' of"
            + " 'listPets' has no description",
        "lint/missing-description.yaml:20:9: [description-required] response '200' of"
            + " 'listPets' has no description",
        "lint/missing-description.yaml:23:13: [description-required] header 'X-Total' of"
            + " response '200' of 'listPets' has no description",
        "lint/missing-description.yaml:36:5: [description-required] request body 'PetBody' has"
            + " no description",
        "lint/missing-description.yaml:42:5: [description-required] schema 'Pet' has no"
            + " description",
        "lint/missing-description.yaml:45:9: [description-required] property 'Pet.name' has no"
            + " description"),
        Corpus.lint("missing-description.yaml"));
  }

  @Test
  void removingOneDescriptionFromTheCleanSpecIsFound() {
    String text = Corpus.read("clean.yaml").replace("          description: The pet's name.\n",
        "");
    assertEquals(List.of("clean.yaml:54:9: [description-required] property 'Pet.name' has no"
        + " description"),
        SpecLinter.create().lint("clean.yaml", text).stream().map(Finding::toString).toList());
  }
}
