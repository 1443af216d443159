package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec being linted, indexed once for all rules: its operations, parameters, bodies,
 * responses, headers, media types and schemas, each at the place it is defined. Sites reached
 * through a {@code $ref} are listed once, where they are defined, so no rule reports twice.
 */
final class LintContext {
  static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final String file;
  private final String text;
  private final SourceDocument document;
  private final List<Finding> findings = new ArrayList<>();

  private final List<Operation> operations = new ArrayList<>();
  private final List<Site> parameters = new ArrayList<>();
  private final List<Site> requestBodies = new ArrayList<>();
  private final List<Site> responses = new ArrayList<>();
  private final List<Site> headers = new ArrayList<>();
  private final List<Site> mediaTypes = new ArrayList<>();
  private final List<SchemaSite> schemas = new ArrayList<>();

  LintContext(String file, String text, SourceDocument document) {
    this.file = file;
    this.text = text;
    this.document = document;
    index();
  }

  String file() {
    return file;
  }

  String text() {
    return text;
  }

  JsonNode root() {
    return document.root();
  }

  SourceDocument document() {
    return document;
  }

  void report(String pointer, String ruleId, String message) {
    Location location = document.locate(pointer);
    findings.add(new Finding(file, location.line(), location.column(), ruleId, message));
  }

  List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }

  List<Operation> operations() {
    return operations;
  }

  List<Site> parameters() {
    return parameters;
  }

  List<Site> requestBodies() {
    return requestBodies;
  }

  List<Site> responses() {
    return responses;
  }

  List<Site> headers() {
    return headers;
  }

  List<Site> mediaTypes() {
    return mediaTypes;
  }

  List<SchemaSite> schemas() {
    return schemas;
  }

  /**
   * Follows local {@code $ref}s from {@code site} to the node they name. Returns null when a
   * reference is external, dangling or circular; {@link RefRule} reports those.
   */
  Site resolve(Site site) {
    String pointer = site.pointer();
    JsonNode node = site.node();
    Set<String> seen = new HashSet<>();
    while (node.has("$ref")) {
      String target = localTarget(node.get("$ref"));
      if (target == null || !seen.add(target)) return null;
      node = document.at(target);
      if (node.isMissingNode()) return null;
      pointer = target;
    }
    return new Site(pointer, node, site.label(), site.usage());
  }

  /** Returns the JSON pointer a local {@code $ref} names, or null when it is not local. */
  static String localTarget(JsonNode ref) {
    if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) return null;
    String fragment = ref.asText().substring(1);
    if (!fragment.isEmpty() && !fragment.startsWith("/")) return null;
    return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private void index() {
    JsonNode root = document.root();
    JsonNode components = root.path("components");
    forEachField(components.path("schemas"), "/components/schemas", (name, node, pointer) ->
        addSchema(new Site(pointer, node, name, Usage.ANY), SchemaSite.Role.COMPONENT));
    forEachField(components.path("parameters"), "/components/parameters", (name, node, pointer) ->
        addParameter(new Site(pointer, node, "parameter '" + name + "'", Usage.REQUEST)));
    forEachField(components.path("requestBodies"), "/components/requestBodies",
        (name, node, pointer) ->
            addRequestBody(new Site(pointer, node, "request body '" + name + "'", Usage.REQUEST)));
    forEachField(components.path("responses"), "/components/responses", (name, node, pointer) ->
        addResponse(new Site(pointer, node, "response '" + name + "'", Usage.RESPONSE)));
    forEachField(components.path("headers"), "/components/headers", (name, node, pointer) ->
        addHeader(new Site(pointer, node, "header '" + name + "'", Usage.RESPONSE)));

    forEachField(root.path("paths"), "/paths", (path, item, itemPointer) -> {
      addParameters(item.path("parameters"), Pointers.child(itemPointer, "parameters"),
          "of path '" + path + "'");
      for (String method : METHODS) {
        JsonNode node = item.get(method);
        if (node == null || !node.isObject()) continue;
        Operation operation =
            new Operation(Pointers.child(itemPointer, method), path, method, node);
        operations.add(operation);
        String of = "of '" + operation.label() + "'";
        addParameters(node.path("parameters"), Pointers.child(operation.pointer(), "parameters"),
            of);
        JsonNode body = node.get("requestBody");
        if (body != null) {
          addRequestBody(new Site(Pointers.child(operation.pointer(), "requestBody"), body,
              "request body " + of, Usage.REQUEST));
        }
        forEachField(node.path("responses"), Pointers.child(operation.pointer(), "responses"),
            (status, response, pointer) -> addResponse(
                new Site(pointer, response, "response '" + status + "' " + of, Usage.RESPONSE)));
      }
    });
  }

  private void addParameters(JsonNode list, String pointer, String of) {
    if (!list.isArray()) return;
    for (int i = 0; i < list.size(); i++) {
      JsonNode parameter = list.get(i);
      String name = parameter.path("name").asText(parameter.path("$ref").asText("#" + i));
      addParameter(new Site(Pointers.child(pointer, i), parameter,
          "parameter '" + name + "' " + of, Usage.REQUEST));
    }
  }

  private void addParameter(Site site) {
    if (!site.node().isObject()) return;
    parameters.add(site);
    if (site.isRef()) return;
    addValueSchemaAndContent(site);
  }

  private void addHeader(Site site) {
    if (!site.node().isObject()) return;
    headers.add(site);
    if (site.isRef()) return;
    addValueSchemaAndContent(site);
  }

  private void addValueSchemaAndContent(Site site) {
    JsonNode schema = site.node().get("schema");
    if (schema != null) {
      addSchema(new Site(Pointers.child(site.pointer(), "schema"), schema,
          "schema of " + site.label(), site.usage()), SchemaSite.Role.PARAMETER);
    }
    addContent(site);
  }

  private void addRequestBody(Site site) {
    if (!site.node().isObject()) return;
    requestBodies.add(site);
    if (!site.isRef()) addContent(site);
  }

  private void addResponse(Site site) {
    if (!site.node().isObject()) return;
    responses.add(site);
    if (site.isRef()) return;
    forEachField(site.node().path("headers"), Pointers.child(site.pointer(), "headers"),
        (name, header, pointer) -> addHeader(
            new Site(pointer, header, "header '" + name + "' of " + site.label(), Usage.RESPONSE)));
    addContent(site);
  }

  private void addContent(Site owner) {
    forEachField(owner.node().path("content"), Pointers.child(owner.pointer(), "content"),
        (type, mediaType, pointer) -> {
          if (!mediaType.isObject()) return;
          Site site = new Site(pointer, mediaType,
              "media type '" + type + "' of " + owner.label(), owner.usage());
          mediaTypes.add(site);
          JsonNode schema = mediaType.get("schema");
          if (schema != null) {
            addSchema(new Site(Pointers.child(pointer, "schema"), schema,
                "body of " + owner.label(), owner.usage()), SchemaSite.Role.BODY);
          }
        });
  }

  private void addSchema(Site site, SchemaSite.Role role) {
    if (!site.node().isObject()) return;
    schemas.add(new SchemaSite(site, role));
    if (site.isRef()) return;
    JsonNode node = site.node();
    forEachField(node.path("properties"), Pointers.child(site.pointer(), "properties"),
        (name, property, pointer) -> addSchema(
            new Site(pointer, property, site.label() + "." + name, site.usage()),
            SchemaSite.Role.PROPERTY));
    JsonNode items = node.get("items");
    if (items != null) {
      addSchema(new Site(Pointers.child(site.pointer(), "items"), items, site.label() + "[]",
          site.usage()), SchemaSite.Role.ITEMS);
    }
    JsonNode additional = node.get("additionalProperties");
    if (additional != null && additional.isObject()) {
      addSchema(new Site(Pointers.child(site.pointer(), "additionalProperties"), additional,
          site.label() + "{}", site.usage()), SchemaSite.Role.ADDITIONAL_PROPERTIES);
    }
    for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
      JsonNode members = node.path(keyword);
      if (!members.isArray()) continue;
      for (int i = 0; i < members.size(); i++) {
        addSchema(new Site(Pointers.child(Pointers.child(site.pointer(), keyword), i),
            members.get(i), site.label() + " " + keyword + "[" + i + "]", site.usage()),
            SchemaSite.Role.COMPOSED);
      }
    }
    JsonNode not = node.get("not");
    if (not != null) {
      addSchema(new Site(Pointers.child(site.pointer(), "not"), not, site.label() + " not",
          site.usage()), SchemaSite.Role.COMPOSED);
    }
  }

  /** Receives one field of a mapping. */
  interface FieldVisitor {
    void visit(String name, JsonNode value, String pointer);
  }

  static void forEachField(JsonNode node, String pointer, FieldVisitor visitor) {
    if (!node.isObject()) return;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      visitor.visit(field.getKey(), field.getValue(), Pointers.child(pointer, field.getKey()));
    }
  }
}
