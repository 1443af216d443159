package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Rules {@code example-valid} and {@code example-unreferenced}: every example in the spec is
 * valid against its schema, checked by a real JSON Schema validator, so that documentation and
 * contract tests built from the examples show what the API accepts and returns.
 *
 * <p>Checked: {@code example} and {@code examples} of media types, parameters and headers
 * (against their schema, with read-only properties forbidden in requests and write-only ones in
 * responses), and {@code example} and {@code default} of every schema. Objects are closed for the
 * check: an example may only show declared properties (see {@link SchemaConverter}). A component
 * example that nothing references has no schema to be checked against, so it is reported too.
 */
final class ExampleRule implements LintRule {
  static final String VALID = "example-valid";
  static final String UNREFERENCED = "example-unreferenced";

  private static final String COMPONENT_EXAMPLES = "/components/examples/";

  @Override
  public void check(LintContext context) {
    SchemaValidator validator = new SchemaValidator(new SchemaConverter(context.root()));
    Set<String> referenced = new HashSet<>();
    for (Site site : context.mediaTypes()) {
      checkExamples(context, validator, site, referenced);
    }
    for (Site site : context.parameters()) {
      if (!site.isRef()) checkExamples(context, validator, site, referenced);
    }
    for (Site site : context.headers()) {
      if (!site.isRef()) checkExamples(context, validator, site, referenced);
    }
    for (SchemaSite schema : context.schemas()) {
      Site site = schema.site();
      if (site.isRef()) continue;
      for (String keyword : new String[] {"example", "default"}) {
        JsonNode value = site.node().get(keyword);
        if (value != null) {
          validate(context, validator, site.node(), value, Pointers.child(site.pointer(), keyword),
              Usage.ANY, keyword);
        }
      }
    }
    LintContext.forEachField(context.root().path("components").path("examples"),
        "/components/examples", (name, example, pointer) -> {
          if (!referenced.contains(pointer)) {
            context.report(pointer, UNREFERENCED, "example '" + name + "' is referenced by no"
                + " media type, parameter or header, so no schema checks it");
          }
        });
  }

  /** Checks the example and examples of a media type, parameter or header. */
  private static void checkExamples(
      LintContext context, SchemaValidator validator, Site site, Set<String> referenced) {
    JsonNode schema = site.node().get("schema");
    JsonNode example = site.node().get("example");
    if (example != null) {
      String pointer = Pointers.child(site.pointer(), "example");
      if (schema == null) {
        context.report(pointer, VALID, "example of " + site.label() + " has no schema to check"
            + " it against");
      } else {
        validate(context, validator, schema, example, pointer, site.usage(), "example");
      }
    }
    LintContext.forEachField(site.node().path("examples"),
        Pointers.child(site.pointer(), "examples"), (name, entry, pointer) -> {
          if (!entry.isObject()) return;
          String target = LintContext.localTarget(entry.get("$ref"));
          if (target != null && target.startsWith(COMPONENT_EXAMPLES)) referenced.add(target);
          Site resolved = context.resolve(new Site(pointer, entry, name, site.usage()));
          if (resolved == null) return;
          JsonNode value = resolved.node().get("value");
          String what = "example '" + name + "'";
          if (value == null) {
            context.report(resolved.pointer(), VALID, what + " of " + site.label()
                + (resolved.node().has("externalValue")
                    ? " uses externalValue, which cannot be checked; inline the value"
                    : " has no value"));
          } else if (schema == null) {
            context.report(resolved.pointer(), VALID, what + " of " + site.label()
                + " has no schema to check it against");
          } else {
            validate(context, validator, schema, value, Pointers.child(resolved.pointer(),
                "value"), site.usage(), what);
          }
        });
  }

  private static void validate(LintContext context, SchemaValidator validator, JsonNode schema,
      JsonNode value, String pointer, Usage usage, String what) {
    try {
      for (SchemaValidator.Violation violation : validator.validate(schema, value, usage)) {
        String at = violation.pointer().isEmpty() ? "" : " at " + violation.pointer();
        context.report(pointer + violation.pointer(), VALID,
            what + " does not match its schema" + at + ": " + violation.message());
      }
    } catch (IllegalArgumentException e) {
      context.report(pointer, VALID, what + " cannot be checked, its schema is invalid: "
          + e.getMessage());
    }
  }
}
