package io.github.webrtcsdk.sessions.spec.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two schemas in the role they play ({@link Direction}: request, response, or a model
 * nothing carries) and reports what changed.
 *
 * <p>References to named schemas are followed, and what lies behind them is reported at the
 * component's own pointer ({@code #/components/schemas/Session/properties/tag}), once per direction
 * however many operations use it. A reference that now points to another model, or that replaced
 * an inline schema, is a type change: the generated Java type changes with it. A named schema
 * whose own type changes (an object that becomes a string alias, an enum, a map) is one change to
 * that schema, reported once at its pointer as {@code schema-type-changed}, not at its uses. Type
 * changes stop the descent, since everything below them is new.
 *
 * <p>Primitive aliases (a named schema that is only a string or an array) are compared as if
 * inline, because the generator emits no class for them. So is {@code allOf} with a single member,
 * the usual way to annotate a reference.
 */
final class SchemaComparator {
  /** Where a schema sits, which picks the rule for a type change. */
  enum Site {
    BODY,
    PROPERTY,
    PARAMETER
  }

  private static final String COMPONENT_POINTER = "#/components/schemas/";

  private final Components base;
  private final Components head;
  private final Map<String, String> renames;
  private final Findings findings;
  private final Set<String> visited = new HashSet<>();
  private final List<Change> hiddenRemovals = new ArrayList<>();

  /**
   * @param renames named schemas renamed unchanged, base name to head name
   */
  SchemaComparator(
      Components base, Components head, Map<String, String> renames, Findings findings) {
    this.base = base;
    this.head = head;
    this.renames = renames;
    this.findings = findings;
  }

  static String componentPointer(String name) {
    return COMPONENT_POINTER + escape(name);
  }

  /** Compares two schemas found at the same place; either may be null, meaning absent. */
  void compare(Schema<?> b, Schema<?> h, Direction dir, String location, Site site) {
    if (b == null || h == null) {
      return;
    }
    Schema<?> bu = unwrap(b, base);
    Schema<?> hu = unwrap(h, head);
    String bn = Components.refName(bu);
    String hn = Components.refName(hu);
    boolean sameModel = sameModel(bn, hn);
    if ((bn != null || hn != null) && !sameModel) {
      String bd = Components.refName(unwrapAllOf(b));
      String hd = Components.refName(unwrapAllOf(h));
      if (sameModel(bd, hd)) {
        // Both name one schema, which became an alias or stopped being one: that schema's change.
        compareComponent(bd, hd, dir);
      } else {
        findings.add(typeRule(dir, site), location,
            "type " + describe(bu, base) + " -> " + describe(hu, head));
      }
      return;
    }
    compareNullable(nullable(b) || nullable(bu), nullable(h) || nullable(hu), dir, location);
    if (sameModel) {
      compareComponent(bn, hn, dir);
    } else {
      compareInline(bu, hu, dir, location, site);
    }
  }

  /**
   * Compares a named schema pair in one direction, once. A change of the schema's own type is
   * reported once, under a schema rule, whichever directions it is judged in.
   */
  void compareComponent(String baseName, String headName, Direction dir) {
    if (dir == Direction.MODEL && reached(baseName, headName)
        || !visited.add(dir + " " + baseName + " " + headName)) {
      return; // A model the API carries is judged in the roles it plays.
    }
    Schema<?> bs = base.schema(baseName);
    Schema<?> hs = head.schema(headName);
    if (bs == null || hs == null) {
      return; // A dangling reference, which the parser reported.
    }
    String location = componentPointer(headName);
    // A schema that only points on to another is compared as what it points to.
    boolean pointsOn = Components.refName(bs) != null || Components.refName(hs) != null;
    String bd = Components.refName(unwrapAllOf(bs));
    String hd = Components.refName(unwrapAllOf(hs));
    if (pointsOn && sameModel(bd, hd)) {
      compareNullable(nullable(bs), nullable(hs), dir, location);
      compareComponent(bd, hd, dir); // What changed there is reported there.
      return;
    }
    Schema<?> bu = pointsOn ? unwrap(bs, base) : bs;
    Schema<?> hu = pointsOn ? unwrap(hs, head) : hs;
    String bn = Components.refName(bu);
    String hn = Components.refName(hu);
    boolean sameType = bn != null || hn != null ? sameModel(bn, hn) : kind(bu).equals(kind(hu));
    if (!sameType) {
      findings.add(Rule.SCHEMA_TYPE_CHANGED, location, "type " + describe(bu, base) + " -> "
          + describe(hu, head) + ": " + javaConsequence(headName, bs, hs));
      return;
    }
    compareNullable(nullable(bs) || nullable(bu), nullable(hs) || nullable(hu), dir, location);
    if (bn != null) {
      compareComponent(bn, hn, dir);
    } else {
      compareInline(bu, hu, dir, location, Site.PROPERTY);
    }
  }

  /** What a change of a named schema's type does to the generated client. */
  private String javaConsequence(String name, Schema<?> b, Schema<?> h) {
    boolean wasClass = !isAlias(b);
    boolean isClass = !isAlias(h);
    if (wasClass && isClass) {
      return "the model class " + name + " changes in the Java client";
    } else if (wasClass) {
      return "the model class " + name + " disappears from the Java client";
    } else if (isClass) {
      return "the Java client gains a model class " + name + " where it used "
          + describe(b, base);
    }
    return "the Java type changes wherever " + name + " is used";
  }

  /** True when two schema names, either may be null, are one model (or one renamed). */
  private boolean sameModel(String baseName, String headName) {
    return baseName != null && headName != null
        && (baseName.equals(headName) || headName.equals(renames.get(baseName)));
  }

  /**
   * Reports properties that were hidden in every direction they were judged in (read-only in a
   * request-only schema, write-only in a response-only one) and are now gone: no HTTP caller
   * notices, but the model class loses an accessor. Call once, after all comparisons.
   */
  void reportHiddenRemovals() {
    for (Change change : hiddenRemovals) {
      if (!findings.has(change.location(), Rule.REQUEST_PROPERTY_REMOVED,
          Rule.RESPONSE_PROPERTY_REMOVED)) {
        findings.add(change.rule(), change.location(), change.message());
      }
    }
    hiddenRemovals.clear();
  }

  /** True when a named schema pair was compared as a request or a response. */
  boolean reached(String baseName, String headName) {
    return visited.contains(Direction.REQUEST + " " + baseName + " " + headName)
        || visited.contains(Direction.RESPONSE + " " + baseName + " " + headName);
  }

  private void compareInline(
      Schema<?> b, Schema<?> h, Direction dir, String location, Site site) {
    String bk = kind(b);
    String hk = kind(h);
    if (!bk.equals(hk)) {
      boolean collection = Set.of("set", "array").containsAll(List.of(bk, hk));
      findings.add(typeRule(dir, site), location,
          "type " + describe(b, base) + " -> " + describe(h, head)
              + (collection ? ": the Java type changes between Set and List" : ""));
      return;
    }
    compareDocs(b, h, location);
    compareEnum(b, h, dir, location);
    compareConstraints(b, h, dir, location);
    Rule defaultChanged = dir.rule(Rule.REQUEST_DEFAULT_CHANGED, null);
    if (defaultChanged != null && !Objects.equals(JsonTrees.of(defaultValue(b)),
        JsonTrees.of(defaultValue(h)))) {
      findings.add(defaultChanged, location,
          "default " + show(defaultValue(b)) + " -> " + show(defaultValue(h)));
    }
    Site child = site == Site.PARAMETER ? Site.PARAMETER : Site.PROPERTY;
    compare(b.getItems(), h.getItems(), dir, child(location, "items"), child);
    if (b.getAdditionalProperties() instanceof Schema<?> ba
        && h.getAdditionalProperties() instanceof Schema<?> ha) {
      compare(ba, ha, dir, child(location, "additionalProperties"), child);
    }
    compareProperties(b, h, dir, location);
    compareComposition(b, h, dir, location);
  }

  private void compareNullable(boolean b, boolean h, Direction dir, String location) {
    if (b == h) {
      return;
    }
    Rule rule = dir.rule(b ? Rule.REQUEST_NULLABLE_REMOVED : Rule.REQUEST_NULLABLE_ADDED,
        h ? Rule.RESPONSE_NULLABLE_ADDED : Rule.RESPONSE_NULLABLE_REMOVED);
    if (dir == Direction.RESPONSE) {
      findings.add(rule, location, h ? "may now be null" : "no longer null");
    } else {
      findings.add(rule, location, b ? "null no longer accepted" : "null now accepted");
    }
  }

  private void compareDocs(Schema<?> b, Schema<?> h, String location) {
    findings.docs(location, "description", b.getDescription(), h.getDescription());
    findings.docs(location, "title", b.getTitle(), h.getTitle());
    if (!Objects.equals(JsonTrees.of(b.getExample()), JsonTrees.of(h.getExample()))
        || !Objects.equals(JsonTrees.of(b.getExamples()), JsonTrees.of(h.getExamples()))) {
      findings.add(Rule.EXAMPLE_CHANGED, location, "example changed");
    }
    boolean bd = Boolean.TRUE.equals(b.getDeprecated());
    boolean hd = Boolean.TRUE.equals(h.getDeprecated());
    if (!bd && hd) {
      findings.add(Rule.PROPERTY_DEPRECATED, location, "deprecated");
    } else if (bd && !hd) {
      findings.add(Rule.DEPRECATION_REMOVED, location, "no longer deprecated");
    }
  }

  private void compareEnum(Schema<?> b, Schema<?> h, Direction dir, String location) {
    if (b.getEnum() == null || h.getEnum() == null) {
      return; // Enum-ness is part of the kind: a change there is a type change.
    }
    Set<String> bv = enumValues(b);
    Set<String> hv = enumValues(h);
    for (String value : bv) {
      if (!hv.contains(value)) {
        findings.add(dir.rule(Rule.REQUEST_ENUM_VALUE_REMOVED, Rule.RESPONSE_ENUM_VALUE_REMOVED),
            location, "enum value " + value + " removed");
      }
    }
    for (String value : hv) {
      if (!bv.contains(value)) {
        findings.add(dir.rule(Rule.REQUEST_ENUM_VALUE_ADDED, Rule.RESPONSE_ENUM_VALUE_ADDED),
            location, "enum value " + value + " added");
      }
    }
  }

  private static Set<String> enumValues(Schema<?> schema) {
    Set<String> values = new LinkedHashSet<>();
    for (Object value : schema.getEnum()) {
      values.add(JsonTrees.text(value));
    }
    return values;
  }

  private void compareConstraints(Schema<?> b, Schema<?> h, Direction dir, String location) {
    upper(dir, location, "maxLength", number(b.getMaxLength()), number(h.getMaxLength()));
    lower(dir, location, "minLength", number(b.getMinLength()), number(h.getMinLength()));
    upper(dir, location, "maximum", b.getMaximum(), h.getMaximum());
    lower(dir, location, "minimum", b.getMinimum(), h.getMinimum());
    upper(dir, location, "exclusiveMaximum",
        b.getExclusiveMaximumValue(), h.getExclusiveMaximumValue());
    lower(dir, location, "exclusiveMinimum",
        b.getExclusiveMinimumValue(), h.getExclusiveMinimumValue());
    flag(dir, location, "exclusiveMaximum", b.getExclusiveMaximum(), h.getExclusiveMaximum());
    flag(dir, location, "exclusiveMinimum", b.getExclusiveMinimum(), h.getExclusiveMinimum());
    upper(dir, location, "maxItems", number(b.getMaxItems()), number(h.getMaxItems()));
    lower(dir, location, "minItems", number(b.getMinItems()), number(h.getMinItems()));
    upper(dir, location, "maxProperties",
        number(b.getMaxProperties()), number(h.getMaxProperties()));
    lower(dir, location, "minProperties",
        number(b.getMinProperties()), number(h.getMinProperties()));
    String bp = b.getPattern();
    String hp = h.getPattern();
    if (!Objects.equals(bp, hp)) {
      // Two different patterns cannot be ordered; assume the new one rejects something.
      constraint(dir, location, hp != null, "pattern " + show(bp) + " -> " + show(hp));
    }
    BigDecimal bm = b.getMultipleOf();
    BigDecimal hm = h.getMultipleOf();
    if (!sameNumber(bm, hm)) {
      // Relaxed only when every multiple of the old step is a multiple of the new one.
      boolean relaxed = hm == null
          || bm != null && bm.remainder(hm).compareTo(BigDecimal.ZERO) == 0;
      constraint(dir, location, !relaxed, "multipleOf " + show(bm) + " -> " + show(hm));
    }
  }

  private void upper(Direction dir, String location, String name, BigDecimal b, BigDecimal h) {
    if (!sameNumber(b, h)) {
      boolean tightened = b == null || h != null && h.compareTo(b) < 0;
      constraint(dir, location, tightened, name + " " + show(b) + " -> " + show(h));
    }
  }

  private void lower(Direction dir, String location, String name, BigDecimal b, BigDecimal h) {
    if (!sameNumber(b, h)) {
      boolean tightened = b == null || h != null && h.compareTo(b) > 0;
      constraint(dir, location, tightened, name + " " + show(b) + " -> " + show(h));
    }
  }

  private void flag(Direction dir, String location, String name, Boolean b, Boolean h) {
    boolean bf = Boolean.TRUE.equals(b);
    boolean hf = Boolean.TRUE.equals(h);
    if (bf != hf) {
      constraint(dir, location, hf, name + " " + bf + " -> " + hf);
    }
  }

  private void constraint(Direction dir, String location, boolean tightened, String message) {
    findings.add(tightened
        ? dir.rule(Rule.REQUEST_CONSTRAINT_TIGHTENED, Rule.RESPONSE_CONSTRAINT_TIGHTENED)
        : dir.rule(Rule.REQUEST_CONSTRAINT_RELAXED, Rule.RESPONSE_CONSTRAINT_RELAXED),
        location, message);
  }

  private void compareProperties(Schema<?> b, Schema<?> h, Direction dir, String location) {
    Map<String, Schema> bp = visibleProperties(b, dir);
    Map<String, Schema> hp = visibleProperties(h, dir);
    Set<String> br = required(b);
    Set<String> hr = required(h);
    boolean request = dir != Direction.RESPONSE;
    Rule removed = dir.rule(Rule.REQUEST_PROPERTY_REMOVED, Rule.RESPONSE_PROPERTY_REMOVED);
    if (b.getProperties() != null) {
      for (String name : b.getProperties().keySet()) {
        boolean gone = h.getProperties() == null || !h.getProperties().containsKey(name);
        if (!bp.containsKey(name) && gone) {
          hiddenRemovals.add(Change.of(removed, child(location, "properties/" + escape(name)),
              (request ? "read-only" : "write-only") + " property " + name
                  + " removed: the model loses its accessor"));
        }
      }
    }
    for (Map.Entry<String, Schema> entry : bp.entrySet()) {
      String name = entry.getKey();
      String at = child(location, "properties/" + escape(name));
      if (!hp.containsKey(name)) {
        String why = "";
        if (h.getProperties() != null && h.getProperties().containsKey(name)) {
          why = request ? ": it is now read-only" : ": it is now write-only";
        }
        findings.add(removed, at, "property " + name + " removed" + why);
        continue;
      }
      boolean wasRequired = br.contains(name);
      boolean isRequired = hr.contains(name);
      if (wasRequired != isRequired) {
        Rule rule = isRequired
            ? dir.rule(Rule.REQUEST_PROPERTY_MADE_REQUIRED, Rule.RESPONSE_PROPERTY_MADE_REQUIRED)
            : dir.rule(Rule.REQUEST_PROPERTY_MADE_OPTIONAL, Rule.RESPONSE_PROPERTY_MADE_OPTIONAL);
        findings.add(rule, at, "property " + name + (isRequired
            ? " is now required" : " is no longer required"));
      }
      compare(entry.getValue(), hp.get(name), dir, at, Site.PROPERTY);
    }
    for (String name : hp.keySet()) {
      if (bp.containsKey(name)) {
        continue;
      }
      String at = child(location, "properties/" + escape(name));
      boolean isRequired = hr.contains(name);
      Rule rule = dir.rule(isRequired ? Rule.REQUEST_PROPERTY_ADDED_REQUIRED
          : Rule.REQUEST_PROPERTY_ADDED_OPTIONAL, Rule.RESPONSE_PROPERTY_ADDED);
      findings.add(rule, at, (request ? (isRequired ? "required " : "optional ") : "")
          + "property " + name + " added");
    }
  }

  /**
   * Properties that travel in this direction: read-only are not sent, write-only not received; a
   * model class has them all.
   */
  private static Map<String, Schema> visibleProperties(Schema<?> schema, Direction dir) {
    Map<String, Schema> result = new LinkedHashMap<>();
    if (schema.getProperties() == null) {
      return result;
    }
    for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
      Schema<?> property = entry.getValue();
      boolean hidden = switch (dir) {
        case REQUEST -> Boolean.TRUE.equals(property.getReadOnly());
        case RESPONSE -> Boolean.TRUE.equals(property.getWriteOnly());
        case MODEL -> false;
      };
      if (!hidden) {
        result.put(entry.getKey(), property);
      }
    }
    return result;
  }

  private static Set<String> required(Schema<?> schema) {
    return schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
  }

  private void compareComposition(Schema<?> b, Schema<?> h, Direction dir, String location) {
    composition(dir, location, "allOf", b.getAllOf(), h.getAllOf());
    composition(dir, location, "oneOf", b.getOneOf(), h.getOneOf());
    composition(dir, location, "anyOf", b.getAnyOf(), h.getAnyOf());
    Discriminator bd = b.getDiscriminator();
    Discriminator hd = h.getDiscriminator();
    if (!Objects.equals(JsonTrees.of(bd), JsonTrees.of(hd))) {
      findings.add(Rule.SCHEMA_COMPOSITION_CHANGED, location, "discriminator changed");
    }
  }

  private void composition(
      Direction dir, String location, String keyword, List<Schema> b, List<Schema> h) {
    List<Schema> bl = b == null ? List.of() : b;
    List<Schema> hl = h == null ? List.of() : h;
    List<String> bd = new ArrayList<>();
    List<String> hd = new ArrayList<>();
    for (Schema<?> s : bl) {
      bd.add(describe(s, base));
    }
    for (Schema<?> s : hl) {
      hd.add(describe(s, head));
    }
    boolean sameMembers = bl.size() == hl.size() && sameRefs(bl, hl);
    if (!sameMembers) {
      findings.add(Rule.SCHEMA_COMPOSITION_CHANGED, location, keyword + " " + bd + " -> " + hd);
      return;
    }
    for (int i = 0; i < bl.size(); i++) {
      compare(bl.get(i), hl.get(i), dir, child(location, keyword + "/" + i), Site.PROPERTY);
    }
  }

  /** Same members in the same order, allowing for renamed models. */
  private boolean sameRefs(List<Schema> bl, List<Schema> hl) {
    for (int i = 0; i < bl.size(); i++) {
      String bn = Components.refName(bl.get(i));
      String hn = Components.refName(hl.get(i));
      if ((bn != null || hn != null) && !sameModel(bn, hn)) {
        return false;
      }
    }
    return true;
  }

  private static Rule typeRule(Direction dir, Site site) {
    return switch (site) {
      case PARAMETER -> Rule.PARAMETER_TYPE_CHANGED;
      case BODY -> dir.rule(Rule.REQUEST_BODY_TYPE_CHANGED, Rule.RESPONSE_BODY_TYPE_CHANGED);
      case PROPERTY ->
          dir.rule(Rule.REQUEST_PROPERTY_TYPE_CHANGED, Rule.RESPONSE_PROPERTY_TYPE_CHANGED);
    };
  }

  /**
   * Replaces what the generator does not turn into a class by what it stands for: a reference to
   * a primitive or array alias, and an {@code allOf} with one member and nothing else.
   */
  static Schema<?> unwrap(Schema<?> schema, Components components) {
    Schema<?> current = schema;
    for (int i = 0; i < 32 && current != null; i++) {
      current = unwrapAllOf(current);
      String name = Components.refName(current);
      Schema<?> target = name == null ? null : components.schema(name);
      if (target == null || !isAlias(target)) {
        return current;
      }
      current = target;
    }
    return current;
  }

  /** What an {@code allOf} with one member and nothing else wraps, or the schema itself. */
  private static Schema<?> unwrapAllOf(Schema<?> schema) {
    Schema<?> current = schema;
    for (int i = 0; i < 32 && current.get$ref() == null && current.getAllOf() != null
        && current.getAllOf().size() == 1 && current.getProperties() == null
        && current.getOneOf() == null && current.getAnyOf() == null; i++) {
      current = current.getAllOf().get(0);
    }
    return current;
  }

  /** A named schema the generator maps to a plain Java type rather than a model class. */
  static boolean isAlias(Schema<?> schema) {
    String type = type(schema);
    return schema.get$ref() == null && schema.getEnum() == null && schema.getProperties() == null
        && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null
        && !(schema.getAdditionalProperties() instanceof Schema)
        && !Boolean.TRUE.equals(schema.getAdditionalProperties())
        && type != null && !type.equals("object");
  }

  /** The shape that decides the generated Java type; a difference is a type change. */
  private static String kind(Schema<?> schema) {
    String ref = Components.refName(schema);
    if (ref != null) {
      return "$" + ref;
    }
    if (notEmpty(schema.getAllOf()) || notEmpty(schema.getOneOf())
        || notEmpty(schema.getAnyOf())) {
      return "composed";
    }
    String type = type(schema);
    if ("array".equals(type)) {
      // The generator maps uniqueItems to java.util.Set, plain arrays to List.
      return Boolean.TRUE.equals(schema.getUniqueItems()) ? "set" : "array";
    }
    if (isMap(schema)) {
      return "map";
    }
    if (type == null && schema.getProperties() != null) {
      type = "object";
    }
    String kind = type == null ? "any" : type;
    if (schema.getFormat() != null) {
      kind += "(" + schema.getFormat() + ")";
    }
    return schema.getEnum() != null ? kind + " enum" : kind;
  }

  private static boolean isMap(Schema<?> schema) {
    Object additional = schema.getAdditionalProperties();
    return schema.getProperties() == null
        && (additional instanceof Schema || Boolean.TRUE.equals(additional));
  }

  /** How a schema reads in a message: {@code Session}, {@code unique array<string>}. */
  static String describe(Schema<?> schema, Components components) {
    String ref = Components.refName(schema);
    if (ref != null) {
      return ref;
    }
    if (notEmpty(schema.getAllOf())) {
      return "allOf schema";
    }
    if (notEmpty(schema.getOneOf())) {
      return "oneOf schema";
    }
    if (notEmpty(schema.getAnyOf())) {
      return "anyOf schema";
    }
    String type = type(schema);
    if ("array".equals(type)) {
      String items = schema.getItems() == null ? "any" : describe(schema.getItems(), components);
      return (Boolean.TRUE.equals(schema.getUniqueItems()) ? "unique " : "")
          + "array<" + items + ">";
    }
    if (isMap(schema)) {
      Object additional = schema.getAdditionalProperties();
      return "map<string, "
          + (additional instanceof Schema<?> s ? describe(s, components) : "any") + ">";
    }
    if (type == null && schema.getProperties() != null) {
      type = "object";
    }
    String text = type == null ? "any" : type;
    if (schema.getFormat() != null) {
      text += " (" + schema.getFormat() + ")";
    }
    return schema.getEnum() != null ? text + " enum" : text;
  }

  /** The schema's type, reading OpenAPI 3.1 type arrays too (ignoring "null"). */
  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null) {
      for (String type : new TreeSet<>(schema.getTypes())) {
        if (!type.equals("null")) {
          return type;
        }
      }
    }
    return null;
  }

  static boolean nullable(Schema<?> schema) {
    return Boolean.TRUE.equals(schema.getNullable())
        || schema.getTypes() != null && schema.getTypes().contains("null");
  }

  /**
   * Named schemas renamed unchanged: each removed name paired with the one added name whose
   * schema is identical, when exactly one matches.
   */
  static Map<String, String> renames(Components base, Components head) {
    Map<String, Schema> bs = base.schemas();
    Map<String, Schema> hs = head.schemas();
    Map<String, String> result = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Map.Entry<String, Schema> removed : bs.entrySet()) {
      if (hs.containsKey(removed.getKey()) || isAlias(removed.getValue())) {
        continue; // An alias has no class to rename.
      }
      JsonNode shape = JsonTrees.of(removed.getValue());
      String match = null;
      int matches = 0;
      for (Map.Entry<String, Schema> added : hs.entrySet()) {
        if (!bs.containsKey(added.getKey()) && shape.equals(JsonTrees.of(added.getValue()))) {
          match = added.getKey();
          matches++;
        }
      }
      if (matches == 1 && taken.add(match)) {
        result.put(removed.getKey(), match);
      }
    }
    return result;
  }

  private static Object defaultValue(Schema<?> schema) {
    return schema.getDefault();
  }

  private static String show(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return JsonTrees.text(value);
  }

  private static BigDecimal number(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }

  /**
   * The location of a sub-schema: a pointer continues a pointer; below an operation's inline
   * schema a pointer relative to that schema starts, {@code POST /x request body application/json
   * #/properties/tag}.
   */
  private static String child(String location, String segment) {
    return location.contains("#") ? location + "/" + segment : location + " #/" + segment;
  }

  /** Escapes a name for a JSON pointer segment (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
