package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.describe;
import static io.github.webrtcsdk.sessions.generator.Text.javaString;
import static io.github.webrtcsdk.sessions.generator.Text.orElse;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;
import static org.openapitools.codegen.utils.StringUtils.camelize;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openapitools.codegen.CodegenDiscriminator;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/** The views of the schemas that are classes: object models, open enums and unions. */
final class Models {
  /** Where the codegen's {@code toDefaultValue} keeps a schema's raw default. */
  static final String RAW_DEFAULT = "x-webrtc-raw-default";

  private final Context context;
  private final Types types;

  Models(Context context, Types types) {
    this.context = context;
    this.types = types;
  }

  Views.EnumModel enumView(CodegenModel model) {
    if (!model.isString) {
      throw unsupported(model.name, "only string enums are supported, not " + model.dataType);
    }
    Views.EnumModel view =
        new Views.EnumModel(
            model.classname,
            description(model, "values"));
    List<Object> values = enumValues(model);
    List<String> descriptions = stringList(model.vendorExtensions.get("x-enum-descriptions"));
    Set<String> names = new HashSet<>();
    Set<String> lowercase = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue; // A nullable enum's null is the absence of a value, not a constant.
      }
      String raw = value.toString();
      String name = context.codegen.toEnumVarName(raw, "String");
      if (!names.add(name)) {
        throw unsupported(model.name, "enum values give the same constant name " + name);
      }
      if (!lowercase.add(raw.toLowerCase(Locale.ROOT))) {
        throw unsupported(
            model.name,
            "enum values that differ only in case cannot be decoded case-insensitively");
      }
      String doc = i < descriptions.size() ? Javadoc.sentence(describe(descriptions.get(i))) : "";
      if (doc.isEmpty()) {
        doc = "The value {@code \"" + Javadoc.escape(raw) + "\"}.";
      }
      view.constants.add(new Views.EnumConstant(name, javaString(raw), raw, doc));
    }
    if (view.constants.isEmpty()) {
      throw unsupported(model.name, "an enum needs at least one value");
    }
    view.constants.get(view.constants.size() - 1).last = true;
    return view;
  }

  /** The schema's description, or a sentence that names the class when it has none. */
  private static String description(CodegenModel model, String noun) {
    return orElse(describe(model.description), "The {@code " + model.classname + "} " + noun + ".");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> enumValues(CodegenModel model) {
    return (List<Object>) model.allowableValues.get("values");
  }

  Views.ObjectModel objectView(CodegenModel model) {
    Views.ObjectModel view =
        new Views.ObjectModel(
            model.classname,
            description(model, "object"),
            model.isDeprecated,
            null);
    Set<String> members = new HashSet<>(Names.RESERVED_MEMBERS);
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> imports = new TreeSet<>();
    Set<String> adapterImports = new TreeSet<>();
    int index = 0;
    for (CodegenProperty p : model.vars) {
      String where = model.name + "." + p.baseName;
      JavaType type = types.resolve(p, where);
      Views.Property property = propertyView(p, type, where, model.name, members, view);
      property.index = index++;
      // Scalars are read and written with JsonReader and JsonWriter calls; an explicit null of a
      // nullable property still goes through JsonAdapters.writeNullable and its adapter.
      String read = type.directRead();
      String write = type.directWrite("value." + property.name);
      if (read == null || write == null || property.tracksPresence) {
        property.adapterField = adapters.computeIfAbsent(type, Models::nestedAdapter).field;
      }
      property.readExpression = read != null ? read : property.adapterField + ".fromJson(reader)";
      // Every adapter reads a JSON null as null: no second null check in the model adapter, whose
      // compiled code then has room to inline the adapters it calls.
      property.adapterReadsNull = read == null && property.optional && !property.nullable;
      property.writeStatement =
          write != null
              ? write
              : property.adapterField + ".toJson(writer, value." + property.name + ")";
      type.collectImports(imports, null);
      type.collectImports(adapterImports, null);
      view.suppressDeprecation |= !model.isDeprecated && types.isDeprecated(type);
      view.properties.add(property);
      if (property.required) {
        view.requiredProperties.add(property);
      }
    }
    if (!view.properties.isEmpty()) {
      view.properties.get(view.properties.size() - 1).last = true;
    }
    view.hasRequired = !view.requiredProperties.isEmpty();
    view.adapters.addAll(adapters.values());
    view.hasAdapters = !adapters.isEmpty();
    finishModelView(view, imports);
    view.imports.addAll(imports);

    adapterImports.add("com.squareup.moshi.JsonAdapter");
    if (view.hasRequired) {
      adapterImports.add("com.squareup.moshi.JsonDataException");
    }
    adapterImports.add("com.squareup.moshi.JsonReader");
    adapterImports.add("com.squareup.moshi.JsonWriter");
    adapterImports.add("com.squareup.moshi.Moshi");
    adapterImports.add("java.io.IOException");
    adapterImports.add("java.util.LinkedHashMap");
    adapterImports.add("java.util.Map");
    view.adapterImports.addAll(adapterImports);
    return view;
  }

  /** The adapter field of a model's adapter for {@code type}, from the adapter's own Moshi. */
  static Views.Adapter nestedAdapter(JavaType type) {
    return new Views.Adapter(
        type.adapterFieldName(),
        type.declaration(),
        type.adapterExpression(JavaType.NESTED_MODEL_ADAPTER));
  }

  Views.UnionModel unionView(CodegenModel model) {
    boolean anyOf = model.oneOf.isEmpty();
    if (!model.oneOf.isEmpty() && !model.anyOf.isEmpty()) {
      throw unsupported(model.name, "oneOf and anyOf in one schema");
    }
    List<CodegenProperty> variants =
        model.getComposedSchemas() == null
            ? null
            : anyOf ? model.getComposedSchemas().getAnyOf() : model.getComposedSchemas().getOneOf();
    if (variants == null || variants.isEmpty()) {
      throw unsupported(model.name, (anyOf ? "anyOf" : "oneOf") + " without schemas");
    }
    Views.Union union = new Views.Union();
    union.anyOf = anyOf;
    Views.UnionModel view =
        new Views.UnionModel(
            model.classname,
            description(model, "value"),
            model.isDeprecated,
            union);
    Set<String> imports = new TreeSet<>();
    Set<String> adapterImports = new TreeSet<>();
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> names = new HashSet<>(Arrays.asList("Unknown", "Visitor", model.classname));
    for (CodegenProperty p : variants) {
      String where = model.name + " " + (anyOf ? "anyOf" : "oneOf") + " " + p.dataType;
      JavaType type = types.resolve(p, where);
      if (type.className != null && names.contains(type.className) && type.qualifier == null) {
        // Would be hidden by the nested class of that name: written with its package.
        type = type.qualified(context.options.modelPackage);
      }
      JavaType variantType = type;
      if (union.variants.stream().anyMatch(v -> v.javaType.equals(variantType))) {
        continue; // Two schemas of one Java type cannot be told apart: one variant.
      }
      Views.Variant variant = new Views.Variant();
      variant.javaType = type;
      variant.name = variantName(type);
      if (!names.add(variant.name + "Variant") || !names.add(variant.name)) {
        throw unsupported(model.name, "two variants named " + variant.name);
      }
      variant.type = type.declaration();
      variant.parameterName = Names.parameterName(variant.name);
      variant.model = type.kind == JavaType.Kind.MODEL && types.isObjectModel(type.className);
      variant.openEnum = type.kind == JavaType.Kind.ENUM;
      variant.token =
          variant.model
              ? "BEGIN_OBJECT"
              : type.kind == JavaType.Kind.MODEL ? null : type.jsonToken();
      variant.description =
          Javadoc.sentence(
              orElse(describe(types.modelDescription(type)), "A {@code " + variant.type + "}."));
      variant.adapterField = adapters.computeIfAbsent(type, Models::nestedAdapter).field;
      type.collectImports(imports, null);
      type.collectImports(adapterImports, null);
      view.suppressDeprecation |= !model.isDeprecated && types.isDeprecated(type);
      union.variants.add(variant);
    }
    if (model.discriminator != null) {
      union.discriminator = javaString(model.discriminator.getPropertyName());
      union.rawDiscriminator = model.discriminator.getPropertyName();
      Set<String> seen = new HashSet<>();
      if (model.discriminator.getMappedModels() != null) {
        // The discriminator's mapping: explicit entries, then each variant by its schema name.
        for (CodegenDiscriminator.MappedModel mapped : model.discriminator.getMappedModels()) {
          for (Views.Variant variant : union.variants) {
            if (mapped.getModelName().equals(variant.javaType.className)
                && seen.add(mapped.getMappingName())) {
              variant.discriminatorValues.add(javaString(mapped.getMappingName()));
              variant.discriminated = true;
            }
          }
        }
      }
    }
    union.variants.get(union.variants.size() - 1).last = true;
    union.adapters.addAll(adapters.values());
    imports.add("java.util.Objects");
    view.imports.addAll(imports);
    adapterImports.add("com.squareup.moshi.JsonAdapter");
    adapterImports.add("com.squareup.moshi.JsonReader");
    adapterImports.add("com.squareup.moshi.JsonWriter");
    adapterImports.add("com.squareup.moshi.Moshi");
    adapterImports.add("java.io.IOException");
    adapterImports.add("com.squareup.moshi.JsonDataException");
    view.adapterImports.addAll(adapterImports);
    return view;
  }

  /** {@code Cat} for a model, {@code String}, {@code ListOfCat}, {@code MapOfLong}. */
  private static String variantName(JavaType type) {
    switch (type.kind) {
      case MODEL:
      case ENUM:
        return type.className;
      case LIST:
        return "ListOf" + variantName(type.element);
      case SET:
        return "SetOf" + variantName(type.element);
      case MAP:
        return "MapOf" + variantName(type.element);
      case JSON_OBJECT:
        return "JsonObject";
      case JSON_VALUE:
        return "JsonValue";
      default:
        return type.declaration();
    }
  }

  /**
   * The view of one property of an object model or parameters class: its Java name, type, default,
   * constraints and documentation. Claims the builder and accessor members it needs in {@code
   * members}, and adds pattern constants to {@code owner}.
   */
  Views.Property propertyView(
      CodegenProperty p,
      JavaType type,
      String where,
      String owner,
      Set<String> members,
      Views.ObjectModel view) {
    Views.Property property = new Views.Property();
    // A property named like a member every model has (builder, equals) takes a suffix, as Java
    // keywords do.
    String name = Names.propertyName(p.name);
    property.name = name;
    property.pascalName = camelize(name);
    property.jsonName = javaString(p.baseName);
    property.rawJsonName = p.baseName;
    property.type = type.declaration();
    property.typeDescription = type.describe();
    // Required only on the side that sends it: the server's read-only values, the client's
    // write-only ones, are optional in a model shared by both.
    property.required = p.required && !p.isReadOnly && !p.isWriteOnly;
    property.optional = !property.required;
    property.nullable = p.isNullable;
    property.tracksPresence = p.isNullable;
    property.freeForm = type.kind == JavaType.Kind.JSON_OBJECT;
    property.jsonValue = type.kind == JavaType.Kind.JSON_VALUE;
    property.container = type.isContainer() || property.freeForm;
    property.list = type.kind == JavaType.Kind.LIST;
    property.set = type.kind == JavaType.Kind.SET;
    property.map = type.kind == JavaType.Kind.MAP;
    property.scalar = !property.container;
    property.nullableField = property.optional || p.isNullable;
    property.readOnly = p.isReadOnly;
    property.deprecated = p.deprecated;
    property.sensitive =
        p.isPassword || Boolean.TRUE.equals(p.vendorExtensions.get("x-sensitive"));
    String description = p.description;
    if ((description == null || description.trim().isEmpty()) && type.className != null) {
      // A $ref property has no description of its own (3.0 ignores siblings): use the target's.
      description = types.modelDescription(type);
    }
    property.description =
        Javadoc.sentence(
            orElse(
                describe(description), "The {@code " + Javadoc.escape(p.baseName) + "} property."));
    property.markdownDescription = Text.markdown(description);
    if (property.deprecated) {
      property.deprecationText = Text.deprecationText(description, "property");
    }
    if (property.container) {
      property.elementType = property.freeForm ? "Object" : type.element.declaration();
      property.emptyCall = property.list ? "emptyList" : property.set ? "emptySet" : "emptyMap";
      property.singularName = Names.singular(name, members);
      property.singularPascalName = camelize(property.singularName);
    }
    Object rawDefault = p.vendorExtensions.get(RAW_DEFAULT);
    if (rawDefault != null && property.optional && property.scalar) {
      property.defaultValue = defaultExpression(type, rawDefault, where);
      if (property.defaultValue != null) {
        property.defaultDescription = Javadoc.escape(defaultText(rawDefault));
      }
    }
    property.nullableAccessor =
        property.scalar && (p.isNullable || (property.optional && property.defaultValue == null));
    addConstraints(property, p, type, view);

    Names.claim(members, owner, name);
    Names.claim(members, owner, "has" + property.pascalName);
    if (property.optional) {
      Names.claim(members, owner, "clear" + property.pascalName);
    }
    if (property.container) {
      Names.claim(
          members,
          owner,
          (property.map || property.freeForm ? "put" : "add") + property.singularPascalName);
    }
    return property;
  }

  /** Adds the checks of minimum, maximum, length, item count and pattern that {@code p} has. */
  private static void addConstraints(
      Views.Property property, CodegenProperty p, JavaType type, Views.ObjectModel owner) {
    List<String> checks = property.checks;
    String name = property.name;
    boolean number =
        EnumSet.of(
                JavaType.Kind.INTEGER,
                JavaType.Kind.LONG,
                JavaType.Kind.FLOAT,
                JavaType.Kind.DOUBLE,
                JavaType.Kind.BIG_DECIMAL)
            .contains(type.kind);
    if (number && p.minimum != null) {
      String bound = "\"" + numberText(p.minimum, name) + "\"";
      checks.add(check("minimum", name, bound + ", " + p.exclusiveMinimum));
    }
    if (number && p.maximum != null) {
      String bound = "\"" + numberText(p.maximum, name) + "\"";
      checks.add(check("maximum", name, bound + ", " + p.exclusiveMaximum));
    }
    if (type.kind == JavaType.Kind.STRING) {
      if (p.minLength != null && p.minLength > 0) {
        checks.add(check("minLength", name, p.minLength));
      }
      if (p.maxLength != null) {
        checks.add(check("maxLength", name, p.maxLength));
      }
      if (p.pattern != null && !p.pattern.isEmpty()) {
        String pattern = javaPattern(p.pattern, name);
        String constant = Names.constantName(name) + "_PATTERN";
        owner.patterns.add(new Views.PatternConstant(constant, javaString(pattern)));
        checks.add(check("pattern", name, constant));
      }
    }
    if (type.kind == JavaType.Kind.LIST || type.kind == JavaType.Kind.SET) {
      if (p.minItems != null && p.minItems > 0) {
        checks.add(check("minItems", name, p.minItems));
      }
      if (p.maxItems != null) {
        checks.add(check("maxItems", name, p.maxItems));
      }
    }
  }

  /** {@code Constraints.minLength("name", name, 1);}: the check of field {@code name}. */
  private static String check(String constraint, String name, Object arguments) {
    return "Constraints." + constraint + "(\"" + name + "\", " + name + ", " + arguments + ");";
  }

  /**
   * Sets what every object model and parameters class derives from its properties, and the
   * imports that follow; a parameters class has no JSON, and so none of its helpers.
   */
  void finishModelView(Views.ObjectModel view, Set<String> imports) {
    view.hasConstraints = view.properties.stream().anyMatch(p -> !p.checks.isEmpty());
    view.hasDeprecatedProperties = view.properties.stream().anyMatch(p -> p.deprecated);
    view.hasReadOnlyProperties = view.properties.stream().anyMatch(p -> p.readOnly);
    for (Views.Property p : view.properties) {
      String present =
          p.tracksPresence
              ? "value." + p.name + "Present"
              : p.optional ? "value." + p.name + " != null" : null;
      p.writeCondition =
          p.readOnly ? (present == null ? "response" : "response && " + present) : present;
    }
    boolean json = !view.isParams;
    if (json || view.properties.stream().anyMatch(p -> p.container)) {
      imports.add("java.util.Collections");
    }
    if (json) {
      imports.add("java.util.LinkedHashMap");
      imports.add("java.util.Map");
    }
    if (json || view.properties.stream().anyMatch(p -> p.set)) {
      imports.add("java.util.Set");
    }
    imports.add("java.util.Objects");
    if (view.properties.stream().anyMatch(p -> p.list || p.set)) {
      imports.add("java.util.Collection");
    }
    if (view.hasRequired || view.properties.stream().anyMatch(p -> p.list)) {
      imports.add("java.util.ArrayList");
      imports.add("java.util.List");
    }
    if (view.properties.stream().anyMatch(p -> p.set)) {
      imports.add("java.util.LinkedHashSet");
    }
    if (!view.patterns.isEmpty()) {
      imports.add("java.util.regex.Pattern");
    }
  }

  /** A number bound as the text of a Java string literal, checked to be a decimal number. */
  private static String numberText(Object bound, String where) {
    try {
      return new BigDecimal(bound.toString()).toPlainString();
    } catch (NumberFormatException e) {
      throw unsupported(where, "bound " + bound + " is not a number");
    }
  }

  /**
   * A JSON Schema (ECMA-262) pattern as a Java regular expression. The common subset is the same;
   * a pattern Java cannot compile stops the generation, rather than failing every build() later.
   */
  static String javaPattern(String pattern, String where) {
    try {
      Pattern.compile(pattern);
      return pattern;
    } catch (PatternSyntaxException e) {
      throw unsupported(
          where, "pattern " + pattern + " is not a Java regular expression: " + e.getDescription());
    }
  }

  /** The default as written in the spec, for documentation. */
  private static String defaultText(Object raw) {
    if (raw instanceof Date) {
      return ((Date) raw).toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
    return raw.toString();
  }

  /**
   * A Java expression for a property's default, or null for types whose defaults are not kept
   * (containers, objects, bytes).
   */
  private String defaultExpression(JavaType type, Object raw, String where) {
    String text = defaultText(raw);
    try {
      switch (type.kind) {
        case STRING:
          return "\"" + javaString(text) + "\"";
        case INTEGER:
          return Integer.toString(Integer.parseInt(text));
        case LONG:
          return Long.parseLong(text) + "L";
        case FLOAT:
          return Float.toString(Float.parseFloat(text)) + "f";
        case DOUBLE:
          return Double.toString(Double.parseDouble(text));
        case BIG_DECIMAL:
          return "new BigDecimal(\"" + new BigDecimal(text).toString() + "\")";
        case BOOLEAN:
          if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(text);
          }
          return text;
        case LOCAL_DATE:
          LocalDate date = LocalDate.parse(text);
          return "LocalDate.of("
              + date.getYear()
              + ", "
              + date.getMonthValue()
              + ", "
              + date.getDayOfMonth()
              + ")";
        case OFFSET_DATE_TIME:
          if (raw instanceof OffsetDateTime) {
            text = ((OffsetDateTime) raw).toString();
          }
          OffsetDateTime.parse(text);
          return "OffsetDateTime.parse(\"" + javaString(text) + "\")";
        case UUID:
          java.util.UUID.fromString(text);
          return "UUID.fromString(\"" + javaString(text) + "\")";
        case URI:
          new java.net.URI(text);
          return "URI.create(\"" + javaString(text) + "\")";
        case ENUM:
          return enumConstant(context.modelsByName.get(type.className), text);
        default:
          return null;
      }
    } catch (RuntimeException | URISyntaxException e) {
      throw unsupported(where, "default " + text + " is not a valid " + type.declaration());
    }
  }

  /** {@code Color.RED} for a known value, {@code Color.of("x")} for another. */
  private String enumConstant(CodegenModel enumModel, String raw) {
    for (Object value : enumValues(enumModel)) {
      if (value != null && value.toString().equals(raw)) {
        return enumModel.classname + "." + context.codegen.toEnumVarName(raw, "String");
      }
    }
    return enumModel.classname + ".of(\"" + javaString(raw) + "\")";
  }

  private static List<String> stringList(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List) {
      for (Object o : (List<?>) value) {
        out.add(o == null ? "" : o.toString());
      }
    }
    return out;
  }
}
