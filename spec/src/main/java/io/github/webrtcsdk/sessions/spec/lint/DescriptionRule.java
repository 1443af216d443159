package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Rule {@code description-required}: every operation, tag, parameter, request body, response,
 * header, named schema and property has a non-blank description, which becomes the Javadoc of
 * the generated code. A property that is only a {@code $ref} takes the description of the schema
 * it names, since OpenAPI 3.0 ignores keys beside {@code $ref}.
 */
final class DescriptionRule implements LintRule {
  static final String ID = "description-required";

  @Override
  public void check(LintContext context) {
    JsonNode tags = context.root().path("tags");
    for (int i = 0; i < tags.size(); i++) {
      if (!described(tags.get(i))) {
        context.report(Pointers.child("/tags", i), ID,
            "tag '" + tags.get(i).path("name").asText() + "' has no description");
      }
    }
    for (Operation operation : context.operations()) {
      if (!described(operation.node())) {
        context.report(operation.pointer(), ID,
            "operation '" + operation.label() + "' has no description");
      }
    }
    for (List<Site> sites : List.of(context.parameters(), context.requestBodies(),
        context.responses(), context.headers())) {
      for (Site site : sites) {
        if (!site.isRef() && !described(site.node())) {
          context.report(site.pointer(), ID, site.label() + " has no description");
        }
      }
    }
    for (SchemaSite schema : context.schemas()) {
      Site site = schema.site();
      if (site.isRef() || described(site.node())) continue;
      if (schema.role() == SchemaSite.Role.COMPONENT) {
        context.report(site.pointer(), ID, "schema '" + site.label() + "' has no description");
      } else if (schema.role() == SchemaSite.Role.PROPERTY) {
        context.report(site.pointer(), ID, "property '" + site.label() + "' has no description");
      }
    }
  }

  private static boolean described(JsonNode node) {
    JsonNode description = node.get("description");
    return description != null && description.isTextual() && !description.asText().isBlank();
  }
}
