package io.github.webrtcsdk.sessions.generator;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * OpenAPI Generator codegen {@value #NAME}: a Retrofit and Moshi client for Java 8 and later.
 *
 * <p>The emitted client has open enums, immutable models with builders and one streaming Moshi
 * adapter each (no reflection), a Retrofit interface per tag, and a facade with blocking, async and
 * raw-response methods per operation. Every naming and typing decision is made here and handed to
 * the templates as view objects under the key {@code webrtc}; the templates print.
 *
 * <p>It supports what the WebRTC Sessions API uses: path parameters, JSON request and response
 * bodies, {@code $ref} models and enums, arrays, sets ({@code uniqueItems}), maps, nullable
 * properties. Anything else (query, header or form parameters, composed schemas, binary bodies)
 * fails the generation with a message that says what is unsupported, rather than emitting code that
 * does not work.
 */
public class WebRtcJavaCodegen extends AbstractJavaCodegen {
  /** The generator name, as given to the Maven plugin's {@code generatorName}. */
  public static final String NAME = "webrtc-java";

  /** Option: the simple name of the client facade class. */
  public static final String CLIENT_CLASS_NAME = "clientClassName";

  /** Option: comma-separated path parameters bound once on the client, not per call. */
  public static final String CLIENT_BOUND_PARAMETERS = "clientBoundParameters";

  static final String VIEW = "webrtc";

  /** Runtime classes of the root package, the same for every spec: templates in runtime/. */
  static final List<String> RUNTIME_CLASSES =
      Collections.unmodifiableList(
          Arrays.asList(
              "ApiResponse",
              "ApiError",
              "Nullable",
              "CallExecutor",
              "ResponseDecoder",
              "WebRtcException",
              "ApiException",
              "BadRequestException",
              "UnauthorizedException",
              "PermissionDeniedException",
              "NotFoundException",
              "ConflictException",
              "RateLimitException",
              "InternalServerException",
              "UnexpectedStatusCodeException",
              "WebRtcIoException",
              "InvalidResponseException"));

  /** Helpers of the internal package, the same for every spec: templates in internal/. */
  static final List<String> INTERNAL_CLASSES =
      Collections.unmodifiableList(
          Arrays.asList(
              "JsonAdapters",
              "JsonValues",
              "ModelSupport",
              "PathSegments",
              "JsonConverterFactory",
              "BasicAuthInterceptor"));

  private static final Set<String> RESERVED_MEMBERS =
      new HashSet<>(
          Arrays.asList(
              "builder",
              "toBuilder",
              "build",
              "equals",
              "hashCode",
              "toString",
              "getClass",
              "notify",
              "notifyAll",
              "wait",
              "clone",
              "finalize",
              "additionalProperties",
              "putAdditionalProperty",
              "removeAdditionalProperty"));

  private String clientClassName = "WebRtcClient";
  private List<String> boundParameters = Collections.singletonList("accountId");
  private final Map<String, CodegenModel> modelsByName = new HashMap<>();
  private final Map<String, Views.Model> modelViews = new HashMap<>();
  private final List<Views.Service> services = new ArrayList<>();

  public WebRtcJavaCodegen() {
    super();
    outputFolder = "generated-code" + File.separator + NAME;
    embeddedTemplateDir = templateDir = NAME;
    invokerPackage = "io.github.webrtcsdk.sessions";
    apiPackage = invokerPackage + ".api";
    modelPackage = invokerPackage + ".model";
    apiDocPath = "docs/";
    modelDocPath = "docs/models/";

    // Only our templates: no stub tests, no upstream docs.
    modelTemplateFiles.clear();
    apiTemplateFiles.clear();
    apiTestTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelTemplateFiles.put("model.mustache", ".java");
    modelTemplateFiles.put("modelAdapter.mustache", "JsonAdapter.java");
    apiTemplateFiles.put("api.mustache", ".java");
    apiTemplateFiles.put("service.mustache", ".java");
    apiDocTemplateFiles.put("serviceDoc.mustache", ".md");
    modelDocTemplateFiles.put("modelDoc.mustache", ".md");
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getHelp() {
    return "Generates a Retrofit + Moshi Java 8 client with open enums, immutable models and "
        + "reflection-free JSON adapters.";
  }

  @Override
  public void processOpts() {
    // Nullability is modelled by our templates; keep upstream from wrapping types.
    additionalProperties.put(OPENAPI_NULLABLE, "false");
    super.processOpts();
    // Upstream may register supporting files of its own (package-info for jspecify): ours only.
    supportingFiles.clear();
    // Inline enums become top-level open enums, like the named ones.
    inlineSchemaOption().putIfAbsent("RESOLVE_INLINE_ENUMS", "true");

    if (additionalProperties.containsKey(CLIENT_CLASS_NAME)) {
      clientClassName = additionalProperties.get(CLIENT_CLASS_NAME).toString();
    }
    if (additionalProperties.containsKey(CLIENT_BOUND_PARAMETERS)) {
      boundParameters = new ArrayList<>();
      for (String name : additionalProperties.get(CLIENT_BOUND_PARAMETERS).toString().split(",")) {
        if (!name.trim().isEmpty()) {
          boundParameters.add(name.trim());
        }
      }
    }
    additionalProperties.put(CLIENT_CLASS_NAME, clientClassName);
    additionalProperties.put("internalPackage", invokerPackage + ".internal");

    String root = packageFolder(invokerPackage);
    String api = packageFolder(apiPackage);
    String model = packageFolder(modelPackage);
    String internal = packageFolder(invokerPackage + ".internal");
    supportingFiles.add(new SupportingFile("client.mustache", root, clientClassName + ".java"));
    for (String name : RUNTIME_CLASSES) {
      supportingFiles.add(
          new SupportingFile("runtime/" + name + ".mustache", root, name + ".java"));
    }
    supportingFiles.add(new SupportingFile("packageInfo.mustache", root, "package-info.java"));
    supportingFiles.add(new SupportingFile("apiPackageInfo.mustache", api, "package-info.java"));
    supportingFiles.add(
        new SupportingFile("modelPackageInfo.mustache", model, "package-info.java"));
    supportingFiles.add(
        new SupportingFile("adapterFactory.mustache", model, "ModelJsonAdapterFactory.java"));
    for (String name : INTERNAL_CLASSES) {
      supportingFiles.add(
          new SupportingFile("internal/" + name + ".mustache", internal, name + ".java"));
    }
    supportingFiles.add(
        new SupportingFile("internalPackageInfo.mustache", internal, "package-info.java"));
    supportingFiles.add(new SupportingFile("docsIndex.mustache", "docs", "README.md"));
  }

  private String packageFolder(String packageName) {
    return (sourceFolder + File.separator + packageName.replace('.', File.separatorChar));
  }

  @Override
  protected ImmutableMap.Builder<String, Mustache.Lambda> addMustacheLambdas() {
    return super.addMustacheLambdas()
        .put("javadoc", new Javadoc.Lambda(0))
        .put("memberJavadoc", new Javadoc.Lambda(2))
        .put("nestedJavadoc", new Javadoc.Lambda(4))
        .put("wrap", new CodeLayout.Lambda());
  }

  @Override
  public Mustache.Compiler processCompiler(Mustache.Compiler compiler) {
    // An empty description renders no "{{#description}}" section.
    return super.processCompiler(compiler).emptyStringIsFalse(true);
  }

  // File names: the facade of a tag lives in the root package, beside the client.

  @Override
  public String toApiName(String name) {
    return camelize(sanitizeName(name.isEmpty() ? "default" : name)) + "Api";
  }

  private String serviceName(String apiClassName) {
    return apiClassName.substring(0, apiClassName.length() - "Api".length()) + "Service";
  }

  @Override
  public String apiFilename(String templateName, String tag) {
    if ("service.mustache".equals(templateName)) {
      return outputFolder
          + File.separator
          + packageFolder(invokerPackage)
          + File.separator
          + serviceName(toApiName(tag))
          + ".java";
    }
    return super.apiFilename(templateName, tag);
  }

  @Override
  public String toApiDocFilename(String name) {
    return serviceName(toApiName(name));
  }

  // Models

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> result = super.postProcessAllModels(objs);
    modelsByName.clear();
    modelViews.clear();
    for (ModelsMap models : result.values()) {
      for (ModelMap modelMap : models.getModels()) {
        CodegenModel model = modelMap.getModel();
        modelsByName.put(model.classname, model);
      }
    }
    for (ModelsMap models : result.values()) {
      for (ModelMap modelMap : models.getModels()) {
        CodegenModel model = modelMap.getModel();
        Views.Model view = model.isEnum ? enumView(model) : objectView(model);
        modelViews.put(model.classname, view);
        models.put(VIEW, view);
      }
    }
    return result;
  }

  private Views.Model enumView(CodegenModel model) {
    if (!model.isString) {
      throw unsupported(model.name, "only string enums are supported, not " + model.dataType);
    }
    Views.Model view =
        new Views.Model(
            model.classname,
            true,
            orElse(describe(model.description), "The {@code " + model.classname + "} values."));
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) model.allowableValues.get("values");
    List<String> descriptions = stringList(model.vendorExtensions.get("x-enum-descriptions"));
    Set<String> names = new HashSet<>();
    Set<String> lowercase = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue; // A nullable enum's null is the absence of a value, not a constant.
      }
      String raw = value.toString();
      String name = toEnumVarName(raw, "String");
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

  private Views.Model objectView(CodegenModel model) {
    if (!model.oneOf.isEmpty() || !model.anyOf.isEmpty() || model.parent != null) {
      throw unsupported(model.name, "oneOf, anyOf and allOf inheritance are not supported");
    }
    if (model.isArray || model.isMap || model.isAlias) {
      throw unsupported(model.name, "only object schemas and string enums become models");
    }
    Views.Model view =
        new Views.Model(
            model.classname,
            false,
            orElse(describe(model.description), "The {@code " + model.classname + "} object."));
    Set<String> members = new HashSet<>(RESERVED_MEMBERS);
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> imports = new TreeSet<>();
    Set<String> adapterImports = new TreeSet<>();
    int index = 0;
    for (CodegenProperty p : model.vars) {
      JavaType type = resolve(p, model.name + "." + p.baseName);
      Views.Property property = new Views.Property();
      property.name = p.name;
      property.pascalName = camelize(p.name);
      property.jsonName = javaString(p.baseName);
      property.rawJsonName = p.baseName;
      property.index = index++;
      property.type = type.declaration();
      property.typeDescription = type.describe();
      property.required = p.required;
      property.optional = !p.required;
      property.nullable = p.isNullable;
      property.tracksPresence = p.isNullable;
      property.container = type.isContainer();
      property.list = type.kind == JavaType.Kind.LIST;
      property.set = type.kind == JavaType.Kind.SET;
      property.map = type.kind == JavaType.Kind.MAP;
      property.scalar = !type.isContainer();
      property.nullableField = !p.required || p.isNullable;
      property.nullableAccessor = property.scalar && property.nullableField;
      property.readOnly = p.isReadOnly;
      property.deprecated = p.deprecated;
      property.sensitive =
          p.isPassword || Boolean.TRUE.equals(p.vendorExtensions.get("x-sensitive"));
      String description = p.description;
      if ((description == null || description.trim().isEmpty()) && type.className != null) {
        // A $ref property has no description of its own (3.0 ignores siblings): use the target's.
        description = modelsByName.get(type.className).description;
      }
      property.description =
          Javadoc.sentence(
              orElse(
                  describe(description),
                  "The {@code " + Javadoc.escape(p.baseName) + "} property."));
      property.markdownDescription = markdown(description);
      if (type.isContainer()) {
        property.elementType = type.element.declaration();
        property.emptyValue = type.emptyContainerExpression();
        property.singularName = singular(p.name, members);
        property.singularPascalName = camelize(property.singularName);
      }
      Views.Adapter adapter =
          adapters.computeIfAbsent(
              type,
              t -> new Views.Adapter(t.adapterFieldName(), t.declaration(), t.adapterExpression()));
      property.adapterField = adapter.field;

      claim(members, model.name, p.name);
      claim(members, model.name, "has" + property.pascalName);
      if (property.optional) {
        claim(members, model.name, "clear" + property.pascalName);
      }
      if (type.isContainer()) {
        claim(members, model.name, (property.map ? "put" : "add") + property.singularPascalName);
      }

      type.collectImports(imports, null);
      type.collectImports(adapterImports, null);
      view.properties.add(property);
      if (p.required) {
        view.requiredProperties.add(property);
      }
    }
    if (!view.properties.isEmpty()) {
      view.properties.get(view.properties.size() - 1).last = true;
    }
    view.hasRequired = !view.requiredProperties.isEmpty();
    view.adapters.addAll(adapters.values());
    view.usesJsonAdaptersHelper =
        adapters.values().stream().anyMatch(a -> a.expression.contains("JsonAdapters."));

    // Imports of the model class: what its fields, builder and value methods use.
    imports.add("java.util.Collections");
    imports.add("java.util.LinkedHashMap");
    imports.add("java.util.Map");
    imports.add("java.util.Objects");
    imports.add("java.util.Set");
    imports.add(invokerPackage + ".Nullable");
    imports.add(invokerPackage + ".internal.JsonValues");
    imports.add(invokerPackage + ".internal.ModelSupport");
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
    view.imports.addAll(imports);

    adapterImports.add("com.squareup.moshi.JsonAdapter");
    if (view.hasRequired) {
      adapterImports.add("com.squareup.moshi.JsonDataException");
    }
    adapterImports.add("com.squareup.moshi.JsonReader");
    adapterImports.add("com.squareup.moshi.JsonWriter");
    adapterImports.add("com.squareup.moshi.Moshi");
    adapterImports.add("java.io.IOException");
    adapterImports.add("java.util.Map");
    adapterImports.add(invokerPackage + ".Nullable");
    adapterImports.add(invokerPackage + ".internal.JsonValues");
    if (view.usesJsonAdaptersHelper
        || view.hasRequired
        || view.properties.stream().anyMatch(p -> p.nullable)) {
      adapterImports.add(invokerPackage + ".internal.JsonAdapters");
    }
    view.adapterImports.addAll(adapterImports);
    return view;
  }

  private static void claim(Set<String> members, String model, String member) {
    if (!members.add(member)) {
      throw unsupported(
          model, "property names give two members named " + member + "; rename a property");
    }
  }

  /** The singular of a plural property name, for {@code addPublishPermission}. */
  static String singular(String plural, Set<String> taken) {
    String singular;
    if (plural.endsWith("ies") && plural.length() > 3) {
      singular = plural.substring(0, plural.length() - 3) + "y";
    } else if (plural.matches(".*(ss|x|ch|sh|us|ias)es")) {
      singular = plural.substring(0, plural.length() - 2);
    } else if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 1) {
      singular = plural.substring(0, plural.length() - 1);
    } else {
      singular = plural + "Item";
    }
    if (taken.contains(singular)) {
      singular = plural + "Item";
    }
    return singular;
  }

  /** Resolves the Java type of a property; {@code where} names it in error messages. */
  JavaType resolve(CodegenProperty p, String where) {
    if (p.isArray) {
      if (p.items == null) {
        throw unsupported(where, "an array needs items");
      }
      JavaType element = resolve(p.items, where + "[]");
      return p.getUniqueItems() ? JavaType.set(element) : JavaType.list(element);
    }
    if (p.isFreeFormObject || p.isAnyType) {
      // Any JSON: maps, lists, strings, numbers, booleans and nulls, kept as read.
      return JavaType.scalar(JavaType.Kind.JSON_VALUE);
    }
    if (p.isMap) {
      if (p.items == null) {
        throw unsupported(where, "a map needs a value schema");
      }
      return JavaType.map(resolve(p.items, where + "{}"));
    }
    String complex = p.complexType != null ? p.complexType : p.dataType;
    CodegenModel referenced = complex == null ? null : modelsByName.get(complex);
    if (referenced != null) {
      return referenced.isEnum ? JavaType.openEnum(complex) : JavaType.model(complex);
    }
    if (p.isEnum) {
      throw unsupported(
          where, "inline enums must be resolved into components (RESOLVE_INLINE_ENUMS)");
    }
    if (p.isBinary || p.isFile || p.isByteArray) {
      throw unsupported(where, "binary and file values are not supported");
    }
    if (p.isString
        || p.isUuid
        || p.isUri
        || p.isEmail
        || p.isDate
        || p.isDateTime
        || p.isPassword) {
      // Formats stay strings: the value is kept as sent, never reformatted.
      return JavaType.scalar(JavaType.Kind.STRING);
    }
    if (p.isBoolean) {
      return JavaType.scalar(JavaType.Kind.BOOLEAN);
    }
    if (p.isShort || (p.isInteger && "int32".equals(p.dataFormat))) {
      return JavaType.scalar(JavaType.Kind.INTEGER);
    }
    if (p.isInteger || p.isLong || p.isUnboundedInteger) {
      // An integer without a format may exceed 32 bits (millisecond timestamps do).
      return JavaType.scalar(JavaType.Kind.LONG);
    }
    if (p.isNumber || p.isFloat || p.isDouble || p.isDecimal || p.isNumeric) {
      return JavaType.scalar(JavaType.Kind.DOUBLE);
    }
    throw unsupported(where, "no Java type for schema type " + p.openApiType);
  }

  // Operations

  @Override
  public OperationsMap postProcessOperationsWithModels(
      OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    OperationMap operations = result.getOperations();
    String apiClassName = operations.getClassname();
    String serviceClassName = serviceName(apiClassName);
    String tagName = apiClassName.substring(0, apiClassName.length() - "Api".length());
    Views.Service service =
        new Views.Service(
            serviceClassName,
            apiClassName,
            tagName,
            lowerFirst(tagName),
            describe(tagDescription(operations)));
    service.markdownDescription = markdown(tagDescription(operations));

    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> serviceImports = new TreeSet<>();
    Set<String> apiImports = new TreeSet<>();
    for (CodegenOperation op : operations.getOperation()) {
      Views.Operation view = operationView(op);
      service.operations.add(view);
      if (view.responseType != null) {
        Views.Adapter adapter =
            adapters.computeIfAbsent(
                view.responseType,
                t ->
                    new Views.Adapter(
                        t.adapterFieldName(), t.declaration(), t.adapterExpression()));
        view.adapterField = adapter.field;
        view.decoder =
            view.emptyValue != null
                ? "CallExecutor.jsonOr204(" + adapter.field + ", " + view.emptyValue + ")"
                : "CallExecutor.json(" + adapter.field + ")";
        view.responseType.collectImports(serviceImports, modelPackage);
        view.responseType.collectImports(apiImports, modelPackage);
        if (view.emptyValue != null && view.responseType.isContainer()) {
          serviceImports.add("java.util.Collections");
        }
      } else {
        view.decoder = "CallExecutor.discardBody()";
      }
      if (view.body != null) {
        serviceImports.add(modelPackage + "." + view.body.type);
        apiImports.add(modelPackage + "." + view.body.type);
        serviceImports.add("java.util.Objects");
        apiImports.add("retrofit2.http.Body");
      }
      if (!view.pathParams.isEmpty()) {
        apiImports.add("retrofit2.http.Path");
      }
      if (view.serviceParams.stream().anyMatch(p -> !p.body)) {
        serviceImports.add(invokerPackage + ".internal.PathSegments");
      }
      apiImports.add("retrofit2.http." + view.httpMethod);
    }
    if (service.operations.isEmpty()) {
      throw unsupported(apiClassName, "a tag without operations");
    }
    service.operations.get(service.operations.size() - 1).last = true;
    service.adapters.addAll(adapters.values());
    if (adapters.values().stream().anyMatch(a -> a.expression.contains("JsonAdapters."))) {
      serviceImports.add(invokerPackage + ".internal.JsonAdapters");
    }
    if (!adapters.isEmpty()) {
      serviceImports.add("com.squareup.moshi.JsonAdapter");
    }
    serviceImports.add("com.squareup.moshi.Moshi");
    serviceImports.add("java.util.concurrent.CompletableFuture");
    serviceImports.add("okhttp3.Request");
    serviceImports.add(apiPackage + "." + apiClassName);
    apiImports.add("retrofit2.Call");
    apiImports.add("retrofit2.http.Headers");
    service.imports.addAll(serviceImports);
    service.apiImports.addAll(apiImports);
    service.boundParams.addAll(boundParamViews());
    result.put(VIEW, service);
    services.add(service);
    return result;
  }

  private String tagDescription(OperationMap operations) {
    if (openAPI != null && openAPI.getTags() != null) {
      for (Tag t : openAPI.getTags()) {
        if (t.getName() != null && toApiName(t.getName()).equals(operations.getClassname())) {
          return t.getDescription() == null ? "" : t.getDescription();
        }
      }
    }
    return "";
  }

  private List<Views.Param> boundParamViews() {
    List<Views.Param> params = new ArrayList<>();
    for (String name : boundParameters) {
      Views.Param param = new Views.Param();
      param.name = toParamName(name);
      param.baseName = name;
      param.type = "String";
      param.bound = true;
      params.add(param);
    }
    if (!params.isEmpty()) {
      params.get(params.size() - 1).last = true;
    }
    return params;
  }

  private Views.Operation operationView(CodegenOperation op) {
    String where = op.operationId;
    if (!op.queryParams.isEmpty()
        || !op.headerParams.isEmpty()
        || !op.cookieParams.isEmpty()
        || !op.formParams.isEmpty()) {
      throw unsupported(where, "only path parameters and a JSON body are supported");
    }
    Views.Operation view = new Views.Operation();
    view.name = op.nickname;
    view.httpMethod = op.httpMethod.toUpperCase(Locale.ROOT);
    if (!Arrays.asList("GET", "POST", "PUT", "PATCH", "DELETE").contains(view.httpMethod)) {
      throw unsupported(where, "HTTP method " + view.httpMethod);
    }
    view.path = op.path;
    view.relativePath = op.path.startsWith("/") ? op.path.substring(1) : op.path;
    view.summary = Javadoc.sentence(describe(op.summary));
    view.description = describe(op.notes);
    if (view.summary.isEmpty()) {
      view.summary = "Calls {@code " + view.httpMethod + " " + Javadoc.escape(op.path) + "}.";
    }
    view.markdownSummary = markdown(op.summary);
    view.markdownDescription = markdown(op.notes);
    view.deprecated = op.isDeprecated;

    List<CodegenParameter> pathParams = new ArrayList<>(op.pathParams);
    pathParams.sort(Comparator.comparingInt(p -> op.path.indexOf("{" + p.baseName + "}")));
    for (CodegenParameter p : pathParams) {
      if (op.path.indexOf("{" + p.baseName + "}") < 0) {
        throw unsupported(where, "path parameter " + p.baseName + " is not in the path");
      }
      if (!"String".equals(p.dataType)) {
        throw unsupported(where, "path parameter " + p.baseName + " must be a string");
      }
      Views.Param param = new Views.Param();
      param.name = p.paramName;
      param.baseName = p.baseName;
      param.type = "String";
      param.bound = boundParameters.contains(p.baseName);
      param.description =
          orElse(describe(oneLine(p.description)), "the {@code " + p.baseName + "}");
      param.markdownDescription = markdown(p.description);
      view.pathParams.add(param);
      view.retrofitParams.add(param.copy());
      if (!param.bound) {
        view.serviceParams.add(param.copy());
        view.hasPathArguments = true;
      }
    }

    if (op.bodyParam != null) {
      CodegenParameter b = op.bodyParam;
      CodegenModel model = modelsByName.get(b.baseType != null ? b.baseType : b.dataType);
      if (model == null || model.isEnum || b.isArray || b.isMap) {
        throw unsupported(where, "the request body must be a $ref to an object schema");
      }
      if (b.contentType != null && !b.contentType.toLowerCase(Locale.ROOT).contains("json")) {
        throw unsupported(where, "request body content type " + b.contentType);
      }
      Views.Param body = new Views.Param();
      body.name = lowerFirst(model.classname);
      body.baseName = body.name;
      body.type = model.classname;
      body.body = true;
      body.description =
          orElse(describe(oneLine(b.description)), "the {@code " + model.classname + "} to send");
      body.markdownDescription = markdown(b.description);
      view.body = body;
      view.bodyRequired = b.required;
      view.bodyOptional = !b.required;
      view.retrofitParams.add(body.copy());
      view.serviceParams.add(body.copy());
    }
    // Each list has its own copies, so that "last" is right in each.
    for (Views.Param param : view.serviceParams) {
      if (!param.body) {
        view.withoutBodyParams.add(param.copy());
      }
    }
    for (Views.Param param : view.retrofitParams) {
      if (!param.body) {
        view.retrofitParamsWithoutBody.add(param.copy());
      }
    }
    markLast(view.retrofitParams);
    markLast(view.serviceParams);
    markLast(view.withoutBodyParams);
    markLast(view.retrofitParamsWithoutBody);
    view.hasServiceParams = !view.serviceParams.isEmpty();
    view.hasWithoutBodyParams = !view.withoutBodyParams.isEmpty();

    JavaType responseType = null;
    String successDescription = "";
    boolean has204 = false;
    Map<String, List<String>> errorsByException = new LinkedHashMap<>();
    List<CodegenResponse> responses = new ArrayList<>(op.responses);
    for (CodegenResponse r : responses) {
      if (r.is2xx) {
        if (r.returnProperty != null) {
          JavaType type = resolve(r.returnProperty, where + " response " + r.code);
          if (responseType != null && !responseType.equals(type)) {
            throw unsupported(where, "2xx responses with different body types");
          }
          responseType = type;
          if (successDescription.isEmpty() && r.message != null) {
            successDescription = Javadoc.escape(firstSentence(r.message));
          }
        } else if ("204".equals(r.code)) {
          has204 = true;
        }
      } else if (!r.isDefault) {
        String exception = exceptionFor(r.code);
        String text =
            r.code
                + (r.message == null || r.message.isEmpty() ? "" : ": " + firstSentence(r.message));
        errorsByException.computeIfAbsent(exception, k -> new ArrayList<>()).add(text);
      }
    }
    view.responseType = responseType;
    if (responseType != null) {
      view.returnType = responseType.declaration();
      view.returnsBody = true;
      view.returnDescription =
          successDescription.isEmpty()
              ? "the {@code " + Javadoc.escape(responseType.declaration()) + "}"
              : successDescription;
      if (has204) {
        if (responseType.isContainer()) {
          view.emptyValue = responseType.emptyContainerExpression();
          view.emptyDescription =
              "an empty " + (responseType.kind == JavaType.Kind.MAP ? "map" : "list");
        } else if (responseType.kind == JavaType.Kind.MODEL
            && !modelViews.get(responseType.className).hasRequired) {
          view.emptyValue = responseType.className + ".builder().build()";
          view.emptyDescription = "an empty {@code " + responseType.className + "}";
        } else {
          throw unsupported(where, "a 204 alternative to a body that has no empty value");
        }
        view.markdownEmptyDescription =
            view.emptyDescription.replace("{@code ", "`").replace("}", "`");
      }
    } else {
      view.returnType = "Void";
      view.returnsVoid = true;
    }
    for (Map.Entry<String, List<String>> e : errorsByException.entrySet()) {
      String text = Javadoc.escape(String.join("; ", e.getValue()));
      view.errors.add(new Views.Error(e.getKey(), text, markdown(String.join("; ", e.getValue()))));
    }
    return view;
  }

  private static void markLast(List<Views.Param> params) {
    for (int i = 0; i < params.size(); i++) {
      params.get(i).last = i == params.size() - 1;
    }
  }

  static String exceptionFor(String code) {
    switch (code) {
      case "400":
        return "BadRequestException";
      case "401":
        return "UnauthorizedException";
      case "403":
        return "PermissionDeniedException";
      case "404":
        return "NotFoundException";
      case "409":
        return "ConflictException";
      case "429":
        return "RateLimitException";
      default:
        if (code.startsWith("5")) {
          return "InternalServerException";
        }
        return "UnexpectedStatusCodeException";
    }
  }

  // Supporting files

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> bundle) {
    Map<String, Object> result = super.postProcessSupportingFileData(bundle);
    Views.Client client = new Views.Client();
    client.className = clientClassName;
    services.sort(Comparator.comparing(s -> s.className));
    client.services.addAll(services);
    if (!client.services.isEmpty()) {
      client.services.get(client.services.size() - 1).last = true;
    }
    client.boundParams.addAll(boundParamViews());
    String baseUrl = "http://localhost/";
    if (openAPI.getServers() != null && !openAPI.getServers().isEmpty()) {
      Server server = openAPI.getServers().get(0);
      if (server.getVariables() != null && !server.getVariables().isEmpty()) {
        throw unsupported("servers", "server URL variables are not supported");
      }
      baseUrl = server.getUrl();
    }
    client.defaultBaseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    client.title = openAPI.getInfo() == null ? "" : markdown(openAPI.getInfo().getTitle());
    client.version = openAPI.getInfo() == null ? "" : openAPI.getInfo().getVersion();
    Map<String, Views.Model> sorted = new TreeMap<>(modelViews);
    client.models.addAll(sorted.values());
    if (!client.models.isEmpty()) {
      client.models.get(client.models.size() - 1).last = true;
    }
    result.put(VIEW, client);
    return result;
  }

  // Text helpers

  /** Spec text escaped for Javadoc; empty for null. */
  private static String describe(String text) {
    return text == null ? "" : Javadoc.escape(text);
  }

  /** Spec text for Markdown: one line, HTML and table pipes escaped. */
  static String markdown(String text) {
    if (text == null) {
      return "";
    }
    return text.trim()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replaceAll("\\s*\\n\\s*", " ");
  }

  /** The content of a Java string literal that reads as {@code raw}. */
  static String javaString(String raw) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
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

  /** {@code text} on one line: for block tags, where a paragraph break would end the tag. */
  static String oneLine(String text) {
    return text == null ? null : text.trim().replaceAll("\\s+", " ");
  }

  /** The first sentence of {@code text}, for short error descriptions. */
  static String firstSentence(String text) {
    String oneLine = text.trim().replaceAll("\\s+", " ");
    int end = oneLine.indexOf(". ");
    return end < 0 ? oneLine : oneLine.substring(0, end + 1);
  }

  private static String orElse(String text, String fallback) {
    return text == null || text.trim().isEmpty() ? fallback : text;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static IllegalArgumentException unsupported(String where, String what) {
    return new IllegalArgumentException(NAME + ": " + where + ": " + what);
  }

  // Spec text reaches the templates as written: each template context escapes it for itself
  // (Javadoc, Markdown, Java string literals), and upstream's escaping would join paragraphs.

  @Override
  public String escapeText(String input) {
    return input;
  }

  @Override
  public String escapeQuotationMark(String input) {
    return input;
  }

  @Override
  public String escapeUnsafeCharacters(String input) {
    return input;
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    Info info = openAPI.getInfo();
    String title = info == null || info.getTitle() == null ? "" : info.getTitle();
    String version = info == null || info.getVersion() == null ? "" : info.getVersion();
    // Printed in a line comment: one line, and no way to end the comment early.
    additionalProperties.put(
        "generatedFrom", ("\"" + title + "\" " + version).replaceAll("[\\r\\n]+", " ").trim());
  }
}
