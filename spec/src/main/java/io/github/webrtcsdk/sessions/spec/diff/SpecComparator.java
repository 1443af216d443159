package io.github.webrtcsdk.sessions.spec.diff;

import io.github.webrtcsdk.sessions.spec.diff.SchemaComparator.Site;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two parsed specs and lists every change, classified for HTTP callers and for the
 * generated Java client.
 *
 * <p>Operations are matched by method and path with parameter names blanked out, so that renaming
 * {@code {id}} to {@code {sessionId}} reads as a path parameter rename rather than a removed and an
 * added path. Locations name the operation as {@code GET /accounts/{accountId}/sessions} with the
 * new spec's path, and named schemas by their pointer.
 *
 * <p>Named schemas are judged in the roles they play ({@link Direction}): as requests and responses
 * where operations use them, as what the client reads where callbacks deliver them, and as a bare
 * model class where nothing carries them.
 */
final class SpecComparator {
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
  private static final List<PathItem.HttpMethod> METHODS = List.of(PathItem.HttpMethod.values());

  private final Components base;
  private final Components head;
  private final Findings findings = new Findings();
  private final Map<String, String> renames;
  private final SchemaComparator schemas;
  private final SecurityComparator security;

  private SpecComparator(OpenAPI base, OpenAPI head) {
    this.base = new Components(base);
    this.head = new Components(head);
    this.renames = SchemaComparator.renames(this.base, this.head);
    this.schemas = new SchemaComparator(this.base, this.head, renames, findings);
    this.security = new SecurityComparator(base, head, findings);
  }

  /** Every change from {@code base} to {@code head}, in report order. */
  static List<Change> compare(OpenAPI base, OpenAPI head) {
    Objects.requireNonNull(base, "base == null");
    Objects.requireNonNull(head, "head == null");
    SpecComparator comparator = new SpecComparator(base, head);
    comparator.compareDocument();
    comparator.comparePaths();
    comparator.compareSchemas();
    return comparator.findings.sorted();
  }

  private void compareDocument() {
    OpenAPI b = base.api();
    OpenAPI h = head.api();
    if (b.getInfo() != null && h.getInfo() != null) {
      findings.docs("info", "title", b.getInfo().getTitle(), h.getInfo().getTitle());
      findings.docs("info", "description", b.getInfo().getDescription(),
          h.getInfo().getDescription());
    }
    compareTags(b.getTags(), h.getTags());
    compareServers(servers(b), servers(h));
    security.compareSchemes();
  }

  private void compareTags(List<Tag> b, List<Tag> h) {
    Map<String, String> bd = new LinkedHashMap<>();
    if (b != null) {
      b.forEach(tag -> bd.put(tag.getName(), tag.getDescription()));
    }
    if (h != null) {
      for (Tag tag : h) {
        if (bd.containsKey(tag.getName())) {
          findings.docs("tag " + tag.getName(), "description", bd.get(tag.getName()),
              tag.getDescription());
        }
      }
    }
  }

  private static List<String> servers(OpenAPI api) {
    List<String> urls = new ArrayList<>();
    if (api.getServers() != null) {
      for (Server server : api.getServers()) {
        urls.add(server.getUrl());
      }
    }
    return urls;
  }

  private void compareServers(List<String> b, List<String> h) {
    // With no servers, OpenAPI means "/": the generator's base URL is then empty.
    String bd = b.isEmpty() ? "/" : b.get(0);
    String hd = h.isEmpty() ? "/" : h.get(0);
    if (!bd.equals(hd)) {
      findings.add(Rule.SERVER_URL_CHANGED, "servers",
          "default server URL " + bd + " -> " + hd);
    }
    for (String url : b) {
      if (!h.contains(url) && !url.equals(bd)) {
        findings.add(Rule.SERVER_REMOVED, "servers", "server URL " + url + " removed");
      }
    }
    for (String url : h) {
      if (!b.contains(url) && !url.equals(hd)) {
        findings.add(Rule.SERVER_ADDED, "servers", "server URL " + url + " added");
      }
    }
  }

  private void comparePaths() {
    Map<String, String> bp = normalizedPaths(base.api());
    Map<String, String> hp = normalizedPaths(head.api());
    for (Map.Entry<String, String> entry : bp.entrySet()) {
      if (!hp.containsKey(entry.getKey())) {
        String path = entry.getValue();
        findings.add(Rule.PATH_REMOVED, path,
            "path removed with " + operationList(base.api().getPaths().get(path)));
      }
    }
    for (Map.Entry<String, String> entry : hp.entrySet()) {
      if (!bp.containsKey(entry.getKey())) {
        String path = entry.getValue();
        findings.add(Rule.PATH_ADDED, path,
            "path added with " + operationList(head.api().getPaths().get(path)));
      }
    }
    for (Map.Entry<String, String> entry : hp.entrySet()) {
      String basePath = bp.get(entry.getKey());
      if (basePath != null) {
        comparePath(basePath, entry.getValue());
      }
    }
  }

  /** Paths keyed by their template with parameter names blanked: {@code /sessions/{}}. */
  private static Map<String, String> normalizedPaths(OpenAPI api) {
    Map<String, String> result = new TreeMap<>();
    if (api.getPaths() != null) {
      for (String path : api.getPaths().keySet()) {
        result.put(TEMPLATE.matcher(path).replaceAll("{}"), path);
      }
    }
    return result;
  }

  private static String operationList(PathItem item) {
    Map<PathItem.HttpMethod, Operation> operations = item == null ? Map.of()
        : item.readOperationsMap();
    if (operations.isEmpty()) {
      return "no operations";
    }
    List<String> parts = new ArrayList<>();
    for (PathItem.HttpMethod method : METHODS) {
      Operation operation = operations.get(method);
      if (operation != null) {
        parts.add(method + (operation.getOperationId() == null ? ""
            : " (" + operation.getOperationId() + ")"));
      }
    }
    return String.join(", ", parts);
  }

  private void comparePath(String basePath, String headPath) {
    PathItem b = base.api().getPaths().get(basePath);
    PathItem h = head.api().getPaths().get(headPath);
    findings.docs(headPath, "summary", b.getSummary(), h.getSummary());
    findings.docs(headPath, "description", b.getDescription(), h.getDescription());
    Map<PathItem.HttpMethod, Operation> bo = b.readOperationsMap();
    Map<PathItem.HttpMethod, Operation> ho = h.readOperationsMap();
    for (PathItem.HttpMethod method : METHODS) {
      Operation bop = bo.get(method);
      Operation hop = ho.get(method);
      if (bop != null && hop == null) {
        findings.add(Rule.OPERATION_REMOVED, method + " " + basePath,
            "operation " + show(bop.getOperationId()) + " removed");
      } else if (bop == null && hop != null) {
        findings.add(Rule.OPERATION_ADDED, method + " " + headPath,
            "operation " + show(hop.getOperationId()) + " added");
      } else if (bop != null) {
        compareOperation(method + " " + headPath, basePath, headPath, b, h, bop, hop);
      }
    }
  }

  private void compareOperation(String label, String basePath, String headPath, PathItem bItem,
      PathItem hItem, Operation b, Operation h) {
    if (!Objects.equals(b.getOperationId(), h.getOperationId())) {
      findings.add(Rule.OPERATION_ID_CHANGED, label, "operationId " + show(b.getOperationId())
          + " -> " + show(h.getOperationId()) + ": the Java method is renamed");
    }
    String bt = firstTag(b);
    String ht = firstTag(h);
    if (!bt.equals(ht)) {
      findings.add(Rule.OPERATION_TAG_CHANGED, label,
          "tag " + bt + " -> " + ht + ": the Java method moves from the " + bt
              + " API classes to the " + ht + " ones");
    }
    deprecation(Rule.OPERATION_DEPRECATED, label, b.getDeprecated(), h.getDeprecated());
    findings.docs(label, "summary", b.getSummary(), h.getSummary());
    findings.docs(label, "description", b.getDescription(), h.getDescription());
    compareParameters(label, basePath, headPath, parameters(base, bItem, b),
        parameters(head, hItem, h));
    compareRequestBody(label, base.requestBody(b.getRequestBody()),
        head.requestBody(h.getRequestBody()));
    compareResponses(label, b, h);
    security.compareOperation(label, b, h);
  }

  private static String firstTag(Operation operation) {
    return operation.getTags() == null || operation.getTags().isEmpty()
        ? "default" : operation.getTags().get(0);
  }

  /** Effective parameters keyed {@code in:name}: path-level ones unless the operation overrides. */
  private static Map<String, Parameter> parameters(
      Components components, PathItem item, Operation operation) {
    Map<String, Parameter> result = new LinkedHashMap<>();
    for (List<Parameter> list : List.of(nullToEmpty(item.getParameters()),
        nullToEmpty(operation.getParameters()))) {
      for (Parameter declared : list) {
        Parameter parameter = components.parameter(declared);
        if (parameter != null && parameter.getName() != null && parameter.getIn() != null) {
          result.put(parameter.getIn() + ":" + parameter.getName(), parameter);
        }
      }
    }
    return result;
  }

  private void compareParameters(String label, String basePath, String headPath,
      Map<String, Parameter> b, Map<String, Parameter> h) {
    Map<String, Parameter> removed = new LinkedHashMap<>(b);
    Map<String, Parameter> added = new LinkedHashMap<>(h);
    // Path parameters pair up by position in the template, whatever their names.
    List<String> bn = templateNames(basePath);
    List<String> hn = templateNames(headPath);
    for (int i = 0; i < Math.min(bn.size(), hn.size()); i++) {
      Parameter bp = removed.remove("path:" + bn.get(i));
      Parameter hp = added.remove("path:" + hn.get(i));
      String location = parameterLocation(label, "path", hn.get(i));
      if (!bn.get(i).equals(hn.get(i))) {
        findings.add(Rule.PATH_PARAMETER_RENAMED, location,
            "path parameter " + bn.get(i) + " renamed to " + hn.get(i));
      }
      if (bp != null && hp != null) {
        compareParameter(bp, hp, location);
      }
    }
    for (String key : b.keySet()) {
      if (added.containsKey(key) && removed.containsKey(key)) {
        Parameter hp = added.remove(key);
        Parameter bp = removed.remove(key);
        compareParameter(bp, hp, parameterLocation(label, hp.getIn(), hp.getName()));
      }
    }
    // Same name elsewhere: moved.
    for (Parameter bp : new ArrayList<>(removed.values())) {
      for (Parameter hp : new ArrayList<>(added.values())) {
        if (bp.getName().equals(hp.getName())) {
          removed.remove(bp.getIn() + ":" + bp.getName());
          added.remove(hp.getIn() + ":" + hp.getName());
          findings.add(Rule.PARAMETER_LOCATION_CHANGED,
              parameterLocation(label, hp.getIn(), hp.getName()),
              "parameter " + hp.getName() + " moved from " + bp.getIn() + " to " + hp.getIn());
          break;
        }
      }
    }
    pairRenamedParameters(label, removed, added);
    for (Parameter bp : removed.values()) {
      findings.add(Rule.PARAMETER_REMOVED, parameterLocation(label, bp.getIn(), bp.getName()),
          bp.getIn() + " parameter " + bp.getName() + " removed");
    }
    for (Parameter hp : added.values()) {
      boolean required = Boolean.TRUE.equals(hp.getRequired());
      findings.add(required ? Rule.PARAMETER_ADDED_REQUIRED : Rule.PARAMETER_ADDED_OPTIONAL,
          parameterLocation(label, hp.getIn(), hp.getName()),
          (required ? "required " : "optional ") + hp.getIn() + " parameter " + hp.getName()
              + " added");
    }
  }

  /**
   * A removed and an added parameter in the same location with the same type are a rename when
   * they are the only such pair there; otherwise they stay a removal and an addition.
   */
  private void pairRenamedParameters(
      String label, Map<String, Parameter> removed, Map<String, Parameter> added) {
    for (Parameter bp : new ArrayList<>(removed.values())) {
      List<Parameter> candidates = new ArrayList<>();
      for (Parameter hp : added.values()) {
        if (hp.getIn().equals(bp.getIn()) && sameShape(bp, hp)) {
          candidates.add(hp);
        }
      }
      long rivals = removed.values().stream()
          .filter(other -> other.getIn().equals(bp.getIn()) && candidates.size() == 1
              && sameShape(other, candidates.get(0)))
          .count();
      if (candidates.size() != 1 || rivals != 1) {
        continue;
      }
      Parameter hp = candidates.get(0);
      removed.remove(bp.getIn() + ":" + bp.getName());
      added.remove(hp.getIn() + ":" + hp.getName());
      String location = parameterLocation(label, hp.getIn(), hp.getName());
      findings.add(Rule.PARAMETER_RENAMED, location,
          hp.getIn() + " parameter " + bp.getName() + " renamed to " + hp.getName());
      compareParameter(bp, hp, location);
    }
  }

  private boolean sameShape(Parameter b, Parameter h) {
    Schema<?> bs = parameterSchema(b);
    Schema<?> hs = parameterSchema(h);
    if (bs == null || hs == null) {
      return bs == hs;
    }
    return SchemaComparator.describe(SchemaComparator.unwrap(bs, base), base)
        .equals(SchemaComparator.describe(SchemaComparator.unwrap(hs, head), head));
  }

  private static String parameterLocation(String label, String in, String name) {
    return label + " parameter " + in + " " + name;
  }

  private static List<String> templateNames(String path) {
    List<String> names = new ArrayList<>();
    Matcher matcher = TEMPLATE.matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private void compareParameter(Parameter b, Parameter h, String location) {
    boolean br = Boolean.TRUE.equals(b.getRequired());
    boolean hr = Boolean.TRUE.equals(h.getRequired());
    if (br != hr) {
      findings.add(hr ? Rule.PARAMETER_MADE_REQUIRED : Rule.PARAMETER_MADE_OPTIONAL, location,
          "parameter " + h.getName() + (hr ? " is now required" : " is no longer required"));
    }
    deprecation(Rule.PARAMETER_DEPRECATED, location, b.getDeprecated(), h.getDeprecated());
    findings.docs(location, "description", b.getDescription(), h.getDescription());
    compareExamples(location, b.getExample(), h.getExample(), b.getExamples(), h.getExamples());
    schemas.compare(parameterSchema(b), parameterSchema(h), Direction.REQUEST, location,
        Site.PARAMETER);
  }

  /** A parameter's schema, from {@code schema} or its one {@code content} entry. */
  static Schema<?> parameterSchema(Parameter parameter) {
    if (parameter.getSchema() != null) {
      return parameter.getSchema();
    }
    if (parameter.getContent() != null && !parameter.getContent().isEmpty()) {
      return parameter.getContent().values().iterator().next().getSchema();
    }
    return null;
  }

  private void compareRequestBody(String label, RequestBody b, RequestBody h) {
    String location = label + " request body";
    if (b == null && h == null) {
      return;
    }
    if (b == null) {
      boolean required = Boolean.TRUE.equals(h.getRequired());
      findings.add(required ? Rule.REQUEST_BODY_ADDED_REQUIRED : Rule.REQUEST_BODY_ADDED_OPTIONAL,
          location, (required ? "required" : "optional") + " request body added");
      return;
    }
    if (h == null) {
      findings.add(Rule.REQUEST_BODY_REMOVED, location, "request body removed");
      return;
    }
    boolean br = Boolean.TRUE.equals(b.getRequired());
    boolean hr = Boolean.TRUE.equals(h.getRequired());
    if (br != hr) {
      findings.add(hr ? Rule.REQUEST_BODY_MADE_REQUIRED : Rule.REQUEST_BODY_MADE_OPTIONAL,
          location, hr ? "request body is now required" : "request body is no longer required");
    }
    findings.docs(location, "description", b.getDescription(), h.getDescription());
    compareContent(location, b.getContent(), h.getContent(), Direction.REQUEST);
  }

  private void compareContent(String location, Content b, Content h, Direction dir) {
    Map<String, MediaType> bc = b == null ? Map.of() : b;
    Map<String, MediaType> hc = h == null ? Map.of() : h;
    boolean request = dir == Direction.REQUEST;
    for (String mediaType : bc.keySet()) {
      if (!hc.containsKey(mediaType)) {
        findings.add(request ? Rule.REQUEST_MEDIA_TYPE_REMOVED : Rule.RESPONSE_MEDIA_TYPE_REMOVED,
            location + " " + mediaType, "media type " + mediaType + " removed");
      }
    }
    for (Map.Entry<String, MediaType> entry : hc.entrySet()) {
      String mediaType = entry.getKey();
      String at = location + " " + mediaType;
      MediaType bm = bc.get(mediaType);
      if (bm == null) {
        findings.add(request ? Rule.REQUEST_MEDIA_TYPE_ADDED : Rule.RESPONSE_MEDIA_TYPE_ADDED,
            at, "media type " + mediaType + " added");
        continue;
      }
      MediaType hm = entry.getValue();
      compareExamples(at, bm.getExample(), hm.getExample(), bm.getExamples(), hm.getExamples());
      if (bm.getSchema() != null && hm.getSchema() != null) {
        schemas.compare(bm.getSchema(), hm.getSchema(), dir, at, Site.BODY);
      } else if (bm.getSchema() != null || hm.getSchema() != null) {
        findings.add(request ? Rule.REQUEST_BODY_TYPE_CHANGED : Rule.RESPONSE_BODY_TYPE_CHANGED,
            at, "schema " + (bm.getSchema() == null ? "added" : "removed"));
      }
    }
  }

  /**
   * Compares inline and named examples. An example both sides take from the same component
   * reports once, at the component; moving an example into components is not a change.
   */
  private void compareExamples(String location, Object b, Object h, Map<String, Example> bm,
      Map<String, Example> hm) {
    if (!Objects.equals(JsonTrees.of(b), JsonTrees.of(h))) {
      findings.add(Rule.EXAMPLE_CHANGED, location, "example changed");
    }
    Map<String, Example> bx = bm == null ? Map.of() : bm;
    Map<String, Example> hx = hm == null ? Map.of() : hm;
    Set<String> names = new TreeSet<>(bx.keySet());
    names.addAll(hx.keySet());
    for (String name : names) {
      Example be = bx.get(name);
      Example he = hx.get(name);
      if (be == null || he == null) {
        findings.add(Rule.EXAMPLE_CHANGED, location,
            "example " + name + (be == null ? " added" : " removed"));
        continue;
      }
      String bn = Components.refName(be.get$ref());
      String hn = Components.refName(he.get$ref());
      boolean shared = bn != null && bn.equals(hn);
      if (!Objects.equals(exampleValue(base, be), exampleValue(head, he))) {
        findings.add(Rule.EXAMPLE_CHANGED,
            shared ? "#/components/examples/" + SchemaComparator.escape(hn) : location,
            "example " + (shared ? hn : name) + " changed");
      }
    }
  }

  /** An example's value, summary and description, references followed. */
  private static Object exampleValue(Components components, Example declared) {
    Example example = components.example(declared);
    if (example == null) {
      return null;
    }
    return Arrays.asList(JsonTrees.of(example.getValue()), example.getExternalValue(),
        example.getSummary(), example.getDescription());
  }

  private void compareResponses(String label, Operation bop, Operation hop) {
    Map<String, ApiResponse> b = bop.getResponses() == null ? Map.of() : bop.getResponses();
    Map<String, ApiResponse> h = hop.getResponses() == null ? Map.of() : hop.getResponses();
    Set<String> removedSuccess = new TreeSet<>();
    Set<String> addedSuccess = new TreeSet<>();
    for (String code : b.keySet()) {
      if (!h.containsKey(code)) {
        if (isSuccess(code)) {
          removedSuccess.add(code);
        } else {
          findings.add(Rule.RESPONSE_ERROR_STATUS_REMOVED, label + " response " + code,
              "response " + code + " no longer documented");
        }
      }
    }
    for (String code : h.keySet()) {
      if (!b.containsKey(code)) {
        if (isSuccess(code)) {
          addedSuccess.add(code);
        } else {
          findings.add(Rule.RESPONSE_ERROR_STATUS_ADDED, label + " response " + code,
              "response " + code + " documented");
        }
      }
    }
    if (removedSuccess.size() == 1 && addedSuccess.size() == 1) {
      String from = removedSuccess.iterator().next();
      String to = addedSuccess.iterator().next();
      findings.add(Rule.RESPONSE_SUCCESS_STATUS_CHANGED, label + " response " + to,
          "success status " + from + " -> " + to);
      compareResponse(label + " response " + to, b.get(from), h.get(to));
    } else {
      for (String code : removedSuccess) {
        findings.add(Rule.RESPONSE_SUCCESS_STATUS_REMOVED, label + " response " + code,
            "success status " + code + " no longer returned");
      }
      for (String code : addedSuccess) {
        findings.add(Rule.RESPONSE_SUCCESS_STATUS_ADDED, label + " response " + code,
            "may now answer " + code);
      }
    }
    for (Map.Entry<String, ApiResponse> entry : h.entrySet()) {
      ApiResponse br = b.get(entry.getKey());
      if (br != null) {
        compareResponse(label + " response " + entry.getKey(), br, entry.getValue());
      }
    }
  }

  private static boolean isSuccess(String code) {
    return code.startsWith("2");
  }

  private void compareResponse(String location, ApiResponse bRef, ApiResponse hRef) {
    // A response shared through components reports once, at the component.
    String bn = Components.refName(bRef.get$ref());
    String hn = Components.refName(hRef.get$ref());
    String at = bn != null && bn.equals(hn)
        ? "#/components/responses/" + SchemaComparator.escape(hn) : location;
    ApiResponse b = base.response(bRef);
    ApiResponse h = head.response(hRef);
    if (b == null || h == null) {
      return;
    }
    findings.docs(at, "description", b.getDescription(), h.getDescription());
    Map<String, Header> bh = headers(base, b);
    Map<String, Header> hh = headers(head, h);
    for (Map.Entry<String, Header> entry : bh.entrySet()) {
      String headerAt = at + " header " + entry.getKey();
      Header hv = hh.get(entry.getKey());
      if (hv == null) {
        findings.add(Rule.RESPONSE_HEADER_REMOVED, headerAt,
            "header " + entry.getKey() + " removed");
        continue;
      }
      findings.docs(headerAt, "description", entry.getValue().getDescription(),
          hv.getDescription());
      schemas.compare(entry.getValue().getSchema(), hv.getSchema(), Direction.RESPONSE, headerAt,
          Site.PROPERTY);
    }
    for (String name : hh.keySet()) {
      if (!bh.containsKey(name)) {
        findings.add(Rule.RESPONSE_HEADER_ADDED, at + " header " + name,
            "header " + name + " added");
      }
    }
    compareContent(at, b.getContent(), h.getContent(), Direction.RESPONSE);
  }

  /** Headers by lower-case name, since HTTP header names are case-insensitive. */
  private static Map<String, Header> headers(Components components, ApiResponse response) {
    Map<String, Header> result = new TreeMap<>();
    if (response.getHeaders() != null) {
      for (Map.Entry<String, Header> entry : response.getHeaders().entrySet()) {
        Header header = components.header(entry.getValue());
        if (header != null) {
          result.put(entry.getKey().toLowerCase(Locale.ROOT), header);
        }
      }
    }
    return result;
  }

  private void compareSchemas() {
    Map<String, Schema> b = base.schemas();
    Map<String, Schema> h = head.schemas();
    Set<String> renamedTo = new LinkedHashSet<>(renames.values());
    for (String name : b.keySet()) {
      String location = SchemaComparator.componentPointer(name);
      if (renames.containsKey(name)) {
        findings.add(Rule.SCHEMA_RENAMED, location,
            "schema " + name + " renamed to " + renames.get(name) + ": the model class is renamed");
      } else if (!h.containsKey(name) && SchemaComparator.isAlias(b.get(name))) {
        findings.add(Rule.SCHEMA_ALIAS_REMOVED, location,
            "schema " + name + " removed; it was an alias of "
                + SchemaComparator.describe(b.get(name), base) + ", with no model class");
      } else if (!h.containsKey(name)) {
        findings.add(Rule.SCHEMA_REMOVED, location,
            "schema " + name + " removed: the model class disappears");
      }
    }
    for (String name : h.keySet()) {
      if (!b.containsKey(name) && !renamedTo.contains(name)) {
        findings.add(Rule.SCHEMA_ADDED, SchemaComparator.componentPointer(name),
            "schema " + name + " added");
      }
    }
    compareCallbackPayloads();
    // Schemas nothing carries still become model classes: judged once, as such.
    for (String name : b.keySet()) {
      String headName = headName(name);
      if (headName == null || schemas.reached(name, headName)
          || SchemaComparator.isAlias(b.get(name)) && SchemaComparator.isAlias(h.get(headName))) {
        continue;
      }
      schemas.compareComponent(name, headName, Direction.MODEL);
    }
    schemas.reportHiddenRemovals();
  }

  /**
   * Judges the schemas callbacks carry, on either side, in the role they play: what a callback
   * delivers is read by the client, as a response is.
   */
  private void compareCallbackPayloads() {
    Map<String, String> renamedFrom = new TreeMap<>();
    renames.forEach((from, to) -> renamedFrom.put(to, from));
    Map<Direction, Set<String>> b = CallbackPayloads.of(base);
    Map<Direction, Set<String>> h = CallbackPayloads.of(head);
    for (Direction dir : List.of(Direction.REQUEST, Direction.RESPONSE)) {
      Set<String> names = new TreeSet<>(b.getOrDefault(dir, Set.of()));
      for (String name : h.getOrDefault(dir, Set.of())) {
        names.add(renamedFrom.getOrDefault(name, name));
      }
      for (String name : names) {
        String headName = headName(name);
        if (headName != null && base.schema(name) != null) {
          schemas.compareComponent(name, headName, dir);
        }
      }
    }
  }

  /** The head's name of the base's schema {@code name}, or null when it is gone. */
  private String headName(String name) {
    return renames.getOrDefault(name, head.schema(name) != null ? name : null);
  }

  private void deprecation(Rule rule, String location, Boolean b, Boolean h) {
    boolean bd = Boolean.TRUE.equals(b);
    boolean hd = Boolean.TRUE.equals(h);
    if (!bd && hd) {
      findings.add(rule, location, "deprecated");
    } else if (bd && !hd) {
      findings.add(Rule.DEPRECATION_REMOVED, location, "no longer deprecated");
    }
  }

  private static String show(String value) {
    return value == null ? "(none)" : value;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
