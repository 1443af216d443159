package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.describe;
import static io.github.webrtcsdk.sessions.generator.Text.javaString;
import static io.github.webrtcsdk.sessions.generator.Text.orElse;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenDiscriminator;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/** The views of {@code oneOf} and {@code anyOf} models: their variants and how to tell them apart. */
final class Unions {
  private final Context context;
  private final Types types;

  Unions(Context context, Types types) {
    this.context = context;
    this.types = types;
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
            orElse(describe(model.description), "The {@code " + model.classname + "} value."),
            model.isDeprecated,
            union);
    Set<String> imports = new TreeSet<>();
    Set<String> adapterImports = new TreeSet<>();
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> names = new HashSet<>(Arrays.asList("Unknown", "Visitor", model.classname));
    String internalPackage = context.options.internalPackage;
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
      type.collectAdapterImports(adapterImports, internalPackage);
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
    String root = context.options.invokerPackage;
    imports.add("java.util.Objects");
    imports.add(root + ".Nullable");
    imports.add(internalPackage + ".JsonValues");
    view.imports.addAll(imports);
    adapterImports.add("com.squareup.moshi.JsonAdapter");
    adapterImports.add("com.squareup.moshi.JsonReader");
    adapterImports.add("com.squareup.moshi.JsonWriter");
    adapterImports.add("com.squareup.moshi.Moshi");
    adapterImports.add("java.io.IOException");
    adapterImports.add(root + ".Nullable");
    adapterImports.add(internalPackage + ".JsonValues");
    adapterImports.add(internalPackage + ".Unions");
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
}
