package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rule {@code inline-object-schema}: request and response bodies, parameters, properties and map
 * values that are objects {@code $ref} a named schema under {@code components/schemas}, also
 * inside arrays. Generators otherwise invent class names such as {@code InlineObject1}.
 *
 * <p>A map ({@code type: object} with only {@code additionalProperties}) is not a model and is
 * allowed; members of {@code allOf} and friends are left alone, since that is how composition is
 * written.
 */
final class InlineObjectSchemaRule implements LintRule {
  static final String ID = "inline-object-schema";

  @Override
  public void check(LintContext context) {
    for (SchemaSite schema : context.schemas()) {
      Site site = schema.site();
      switch (schema.role()) {
        case BODY:
        case PARAMETER:
          checkNamed(context, site, site.label());
          break;
        case PROPERTY:
          checkNamed(context, site, "property '" + site.label() + "'");
          break;
        case ADDITIONAL_PROPERTIES:
          checkNamed(context, site, "map values of '" + site.label() + "'");
          break;
        case COMPONENT:
          checkItems(context, site, "schema '" + site.label() + "'");
          break;
        default:
          break;
      }
    }
  }

  private static void checkNamed(LintContext context, Site site, String what) {
    if (site.isRef()) return;
    if (isObject(site.node())) {
      context.report(site.pointer(), ID, what
          + " is an inline object schema; define it under components/schemas and $ref it");
    } else {
      checkItems(context, site, what);
    }
  }

  private static void checkItems(LintContext context, Site site, String what) {
    JsonNode items = site.node().get("items");
    if (items == null || !items.isObject()) return;
    checkNamed(context, new Site(Pointers.child(site.pointer(), "items"), items,
        site.label() + "[]", site.usage()), "items of " + what);
  }

  static boolean isObject(JsonNode schema) {
    if (schema.has("properties") || schema.has("allOf") || schema.has("oneOf")
        || schema.has("anyOf")) {
      return true;
    }
    return schema.path("type").asText("").equals("object") && !schema.has("additionalProperties");
  }
}
