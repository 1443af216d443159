package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Rules {@code ref-resolves} and {@code ref-kind}: every {@code $ref} is local to this file and
 * resolves, and each points into the components section of its kind (a response to
 * {@code #/components/responses/}, a schema to {@code #/components/schemas/}), which is where
 * generators look for named models.
 */
final class RefRule implements LintRule {
  static final String RESOLVES = "ref-resolves";
  static final String KIND = "ref-kind";

  @Override
  public void check(LintContext context) {
    walk(context, context.root(), "");
    checkKind(context, context.parameters(), "a parameter", "parameters");
    checkKind(context, context.requestBodies(), "a request body", "requestBodies");
    checkKind(context, context.responses(), "a response", "responses");
    checkKind(context, context.headers(), "a header", "headers");
    for (SchemaSite schema : context.schemas()) {
      checkKind(context, List.of(schema.site()), "a schema", "schemas");
    }
    for (Site mediaType : context.mediaTypes()) {
      LintContext.forEachField(mediaType.node().path("examples"),
          Pointers.child(mediaType.pointer(), "examples"), (name, example, pointer) -> {
            if (example.isObject()) {
              checkKind(context, List.of(new Site(pointer, example, name, mediaType.usage())),
                  "an example", "examples");
            }
          });
    }
  }

  private static void walk(LintContext context, JsonNode node, String pointer) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(context, node.get(i), Pointers.child(pointer, i));
      return;
    }
    if (!node.isObject()) return;
    JsonNode ref = node.get("$ref");
    if (ref != null) checkResolves(context, ref, Pointers.child(pointer, "$ref"));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      String child = Pointers.child(pointer, name);
      if (!isData(name, pointer)) walk(context, field.getValue(), child);
    }
  }

  /** Example values, defaults, enums and extensions hold data, where "$ref" is just a key. */
  private static boolean isData(String name, String parentPointer) {
    if (name.equals("example") || name.equals("default") || name.equals("enum")) return true;
    if (name.startsWith("x-")) return true;
    if (!name.equals("value")) return false;
    String owner = parentPointer.substring(0, Math.max(0, parentPointer.lastIndexOf('/')));
    return Pointers.last(owner).equals("examples") && owner.lastIndexOf('/') >= 0;
  }

  private static void checkResolves(LintContext context, JsonNode ref, String pointer) {
    if (!ref.isTextual()) {
      context.report(pointer, RESOLVES, "$ref must be a string, found " + ref);
      return;
    }
    String target = LintContext.localTarget(ref);
    if (target == null) {
      context.report(pointer, RESOLVES, "$ref '" + ref.asText()
          + "' points outside this file; keep the spec in one self-contained file");
    } else if (context.document().at(target).isMissingNode()) {
      context.report(pointer, RESOLVES, "$ref '" + ref.asText() + "' does not resolve");
    }
  }

  private static void checkKind(
      LintContext context, List<Site> sites, String what, String section) {
    String prefix = "/components/" + section + "/";
    for (Site site : sites) {
      if (!site.isRef()) continue;
      String target = LintContext.localTarget(site.node().get("$ref"));
      if (target == null || context.document().at(target).isMissingNode()) continue;
      if (!target.startsWith(prefix) || target.indexOf('/', prefix.length()) >= 0) {
        context.report(Pointers.child(site.pointer(), "$ref"), KIND, "$ref '"
            + site.node().get("$ref").asText() + "' of " + what + " must name an entry of #"
            + prefix.substring(0, prefix.length() - 1));
      }
    }
  }
}
