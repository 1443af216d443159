package io.github.webrtcsdk.sessions.generator;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openapitools.codegen.CodegenDiscriminator;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;
import org.openapitools.codegen.CodegenServerVariable;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.TemplateManager;
import org.openapitools.codegen.api.TemplatePathLocator;
import org.openapitools.codegen.templating.CommonTemplateContentLocator;
import org.openapitools.codegen.templating.GeneratorTemplateContentLocator;
import org.openapitools.codegen.templating.TemplateManagerOptions;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.ModelUtils;

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

  /**
   * Option: write a standalone Maven project around the sources, a {@code pom.xml} with the
   * client's dependencies (the command line sets it, with {@code projectGroupId},
   * {@code projectArtifactId}, {@code projectVersion} and the library versions).
   */
  public static final String STANDALONE_PROJECT = "standaloneProject";

  /** Option: the client's version, for its User-Agent; the build passes its own. */
  public static final String CLIENT_VERSION = "clientVersion";

  static final String VIEW = "webrtc";

  /** The generated class that serves model adapters, in the model package. */
  private static final String MODEL_ADAPTER_FACTORY = "ModelJsonAdapterFactory";

  /** Runtime classes of the root package, the same for every spec: templates in runtime/. */
  static final List<String> RUNTIME_CLASSES =
      Collections.unmodifiableList(
          Arrays.asList(
              "ApiResponse",
              "ApiError",
              "Nullable",
              "CallExecutor",
              "CallDeadlines",
              "ClientHeaders",
              "ResponseDecoder",
              "ReceivedBody",
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
              "InvalidResponseException",
              "AuthenticationException",
              "RequestOptions",
              "RequestLogger",
              "LogLevel",
              "Attempt",
              "Authentication",
              "OAuth2Authentication",
              "RetryPolicy",
              "Sleeper",
              "Timeouts",
              "UserAgent",
              "LoggingInterceptor",
              "RetryAfterZeroInterceptor",
              "Redaction"));

  /** Helpers of the internal package, the same for every spec: templates in internal/. */
  static final List<String> INTERNAL_CLASSES =
      Collections.unmodifiableList(
          Arrays.asList(
              "ArrayCollections",
              "JsonAdapters",
              "JsonValues",
              "ModelSupport",
              "PathSegments",
              "HttpRequests",
              "JsonConverterFactory"));

  /**
   * Helpers of the internal package for formats, parameters, constraints and unions: templates in
   * support/, the same for every spec.
   */
  static final List<String> SUPPORT_CLASSES =
      Collections.unmodifiableList(
          Arrays.asList(
              "FormatAdapters",
              "JsonObjects",
              "JsonWriters",
              "ParameterValues",
              "Constraints",
              "Unions",
              "ServerUrl"));

  /** Where {@link #toDefaultValue(CodegenProperty, Schema)} keeps a schema's raw default. */
  private static final String RAW_DEFAULT = "x-webrtc-raw-default";

  private static final Set<String> JAVA_KEYWORDS =
      new HashSet<>(
          Arrays.asList(
              "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
              "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
              "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
              "interface", "long", "native", "new", "package", "private", "protected", "public",
              "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
              "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
              "null"));

  /**
   * Simple names that generated code uses unqualified: a schema with one of these names becomes
   * {@code Model<Name>}, as upstream does for keywords, rather than hiding the type it names.
   */
  private static final Set<String> RESERVED_CLASS_NAMES =
      new HashSet<>(
          Arrays.asList(
              // java.lang
              "Object", "String", "Integer", "Long", "Float", "Double", "Boolean", "Character",
              "Void", "Math", "System", "Class", "Override", "Deprecated", "SuppressWarnings",
              "FunctionalInterface", "Exception", "RuntimeException", "IllegalStateException",
              "IllegalArgumentException", "NullPointerException", "AssertionError", "Iterable",
              "Number", "StringBuilder", "Thread", "InterruptedException", "Runnable",
              // java.util, java.io, java.math, java.net, java.time, java.nio
              "Map", "List", "Set", "Collection", "Collections", "Objects", "ArrayList",
              "LinkedHashMap", "LinkedHashSet", "HashSet", "Arrays", "Locale", "UUID", "Pattern",
              "CompletableFuture", "Function", "IOException", "InputStream", "File", "Path",
              "BigDecimal", "URI", "LocalDate", "OffsetDateTime", "Duration", "TimeUnit",
              "StandardCharsets",
              // OkHttp, Okio, Retrofit, Moshi
              "RequestBody", "ResponseBody", "MediaType", "Request", "Response", "Headers",
              "HttpUrl", "OkHttpClient", "Interceptor", "Call", "ByteString",
              "Buffer", "BufferedSink", "Okio", "Source", "Retrofit", "Invocation", "GET", "POST",
              "PUT", "PATCH", "DELETE", "Query", "Header", "Body", "JsonAdapter", "JsonReader",
              "JsonWriter", "Moshi", "JsonDataException", "Types",
              // Nested classes of the generated models, and our own classes
              "Builder", "Callbacks", "RequestBodies", "ModelJsonAdapterFactory", "JsonAdapters",
              "JsonValues", "ModelSupport", "FormatAdapters", "JsonObjects", "JsonWriters",
              "ParameterValues", "Constraints", "Unions", "ServerUrl", "HttpRequests",
              "PathSegments", "JsonConverterFactory", "ArrayCollections"));

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
  private final List<Views.Model> paramsModels = new ArrayList<>();
  private final List<Views.Result> resultClasses = new ArrayList<>();

  /** The server of each operation that has its own, by operationId. */
  private final Map<String, String> operationServers = new LinkedHashMap<>();

  public WebRtcJavaCodegen() {
    super();
    outputFolder = "generated-code" + File.separator + NAME;
    embeddedTemplateDir = templateDir = NAME;
    invokerPackage = "io.github.webrtcsdk.sessions";
    apiPackage = invokerPackage + ".api";
    modelPackage = invokerPackage + ".model";
    apiDocPath = "docs/";
    // allOf is flattened: a model holds every property of its parts, and no superclass.
    supportsInheritance = false;
    // Parameters keep the spec's order: required ones are not moved first.
    sortParamsByRequiredFlag = false;
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
    // Without the build's version (as in generator tests) the User-Agent says so.
    Object clientVersion = additionalProperties.getOrDefault(CLIENT_VERSION, "unspecified");
    additionalProperties.put("clientVersionLiteral", javaString(clientVersion.toString().trim()));
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
    for (String name : SUPPORT_CLASSES) {
      supportingFiles.add(
          new SupportingFile("support/" + name + ".mustache", internal, name + ".java"));
    }
    supportingFiles.add(
        new SupportingFile("internalPackageInfo.mustache", internal, "package-info.java"));
    supportingFiles.add(new SupportingFile("docsIndex.mustache", "docs", "README.md"));
    if (Boolean.parseBoolean(String.valueOf(additionalProperties.get(STANDALONE_PROJECT)))) {
      supportingFiles.add(new SupportingFile("pom.mustache", "", "pom.xml"));
    }
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
    paramsModels.clear();
    // Schemas that are a string, number, array or map are not classes: their uses are inlined.
    result
        .values()
        .removeIf(models -> models.getModels().stream().anyMatch(m -> isAlias(m.getModel())));
    for (ModelsMap models : result.values()) {
      for (ModelMap modelMap : models.getModels()) {
        CodegenModel model = modelMap.getModel();
        modelsByName.put(model.classname, model);
      }
    }
    for (ModelsMap models : result.values()) {
      for (ModelMap modelMap : models.getModels()) {
        CodegenModel model = modelMap.getModel();
        Views.Model view =
            model.isEnum
                ? enumView(model)
                : !model.oneOf.isEmpty() || !model.anyOf.isEmpty()
                    ? unionView(model)
                    : objectView(model);
        modelViews.put(model.classname, view);
        models.put(VIEW, view);
      }
    }
    return result;
  }

  /** A schema that upstream inlines where it is used, rather than a class of its own. */
  private static boolean isAlias(CodegenModel model) {
    return !model.isEnum
        && model.oneOf.isEmpty()
        && model.anyOf.isEmpty()
        && (model.isAlias || model.isArray || (model.isMap && model.vars.isEmpty()));
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
    Views.Model view =
        new Views.Model(
            model.classname,
            false,
            orElse(describe(model.description), "The {@code " + model.classname + "} object."));
    view.isObject = true;
    view.deprecated = model.isDeprecated;
    Set<String> members = new HashSet<>(RESERVED_MEMBERS);
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> imports = new TreeSet<>();
    Set<String> adapterImports = new TreeSet<>();
    int index = 0;
    for (CodegenProperty p : model.vars) {
      String where = model.name + "." + p.baseName;
      JavaType type = resolve(p, where);
      Views.Property property = propertyView(p, type, where, model.name, members, view);
      property.index = index++;
      // Scalars are read and written with JsonReader and JsonWriter calls; an explicit null of a
      // nullable property still goes through JsonAdapters.writeNullable and its adapter.
      String read = type.directRead();
      String write = type.directWrite("value." + property.name);
      if (read == null || write == null || property.tracksPresence) {
        Views.Adapter adapter =
            adapters.computeIfAbsent(
                type,
                t ->
                    new Views.Adapter(
                        t.adapterFieldName(),
                        t.declaration(),
                        t.adapterExpression(JavaType.NESTED_MODEL_ADAPTER)));
        property.adapterField = adapter.field;
        type.collectAdapterImports(adapterImports, invokerPackage + ".internal");
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
      view.suppressDeprecation |= !model.isDeprecated && isDeprecated(type);
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
    adapterImports.add(invokerPackage + ".Nullable");
    adapterImports.add(invokerPackage + ".internal.JsonValues");
    if (view.hasRequired || view.properties.stream().anyMatch(p -> p.nullable)) {
      adapterImports.add(invokerPackage + ".internal.JsonAdapters");
    }
    if (view.properties.stream().anyMatch(p -> p.readOnly)) {
      adapterImports.add(invokerPackage + ".internal.JsonWriters");
    }
    view.adapterImports.addAll(adapterImports);
    return view;
  }

  /**
   * The view of one property of an object model or parameters class: its Java name, type, default,
   * constraints and documentation. Claims the builder and accessor members it needs in {@code
   * members}, and adds pattern constants to {@code owner}.
   */
  private Views.Property propertyView(
      CodegenProperty p,
      JavaType type,
      String where,
      String owner,
      Set<String> members,
      Views.Model view) {
    Views.Property property = new Views.Property();
    // A property named like a member every model has (builder, equals) takes a suffix, as Java
    // keywords do.
    String name = RESERVED_MEMBERS.contains(p.name) ? p.name + "Value" : p.name;
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
      description = modelsByName.get(type.className).description;
    }
    property.description =
        Javadoc.sentence(
            orElse(
                describe(description), "The {@code " + Javadoc.escape(p.baseName) + "} property."));
    property.markdownDescription = markdown(description);
    if (property.deprecated) {
      property.deprecationText = deprecationText(description, "property");
    }
    if (property.container) {
      property.elementType = property.freeForm ? "Object" : type.element.declaration();
      property.emptyCall = property.list ? "emptyList" : property.set ? "emptySet" : "emptyMap";
      property.singularName = singular(name, members);
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

    claim(members, owner, name);
    claim(members, owner, "has" + property.pascalName);
    if (property.optional) {
      claim(members, owner, "clear" + property.pascalName);
    }
    if (property.container) {
      claim(
          members,
          owner,
          (property.map || property.freeForm ? "put" : "add") + property.singularPascalName);
    }
    return property;
  }

  /** Adds the checks of minimum, maximum, length, item count and pattern that {@code p} has. */
  private void addConstraints(
      Views.Property property, CodegenProperty p, JavaType type, Views.Model owner) {
    String name = "\"" + property.name + "\"";
    String field = property.name;
    boolean number =
        EnumSet.of(
                JavaType.Kind.INTEGER,
                JavaType.Kind.LONG,
                JavaType.Kind.FLOAT,
                JavaType.Kind.DOUBLE,
                JavaType.Kind.BIG_DECIMAL)
            .contains(type.kind);
    if (number && p.minimum != null) {
      property.checks.add(
          "Constraints.minimum("
              + name
              + ", "
              + field
              + ", \""
              + numberText(p.minimum, property.name)
              + "\", "
              + p.exclusiveMinimum
              + ");");
    }
    if (number && p.maximum != null) {
      property.checks.add(
          "Constraints.maximum("
              + name
              + ", "
              + field
              + ", \""
              + numberText(p.maximum, property.name)
              + "\", "
              + p.exclusiveMaximum
              + ");");
    }
    if (type.kind == JavaType.Kind.STRING) {
      if (p.minLength != null && p.minLength > 0) {
        property.checks.add(
            "Constraints.minLength(" + name + ", " + field + ", " + p.minLength + ");");
      }
      if (p.maxLength != null) {
        property.checks.add(
            "Constraints.maxLength(" + name + ", " + field + ", " + p.maxLength + ");");
      }
      if (p.pattern != null && !p.pattern.isEmpty()) {
        String pattern = javaPattern(p.pattern, property.name);
        String constant = constantName(property.name) + "_PATTERN";
        owner.patterns.add(new Views.PatternConstant(constant, javaString(pattern)));
        property.checks.add("Constraints.pattern(" + name + ", " + field + ", " + constant + ");");
      }
    }
    if (type.kind == JavaType.Kind.LIST || type.kind == JavaType.Kind.SET) {
      if (p.minItems != null && p.minItems > 0) {
        property.checks.add(
            "Constraints.minItems(" + name + ", " + field + ", " + p.minItems + ");");
      }
      if (p.maxItems != null) {
        property.checks.add(
            "Constraints.maxItems(" + name + ", " + field + ", " + p.maxItems + ");");
      }
    }
  }

  /** Sets what every model view derives from its properties, and the imports that follow. */
  private void finishModelView(Views.Model view, Set<String> imports) {
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
    if (view.properties.stream().anyMatch(p -> p.freeForm)) {
      imports.add(invokerPackage + ".internal.JsonObjects");
    }
    if (view.hasConstraints) {
      imports.add(invokerPackage + ".internal.Constraints");
    }
    if (!view.patterns.isEmpty()) {
      imports.add("java.util.regex.Pattern");
    }
  }

  /** The {@code @deprecated} text: the sentence of the description that says so, if any. */
  static String deprecationText(String description, String what) {
    if (description != null) {
      for (String sentence : oneLine(description).split("(?<=\\.)\\s+")) {
        if (sentence.toLowerCase(Locale.ROOT).contains("deprecat")) {
          return Javadoc.sentence(Javadoc.escape(sentence));
        }
      }
    }
    return "The API marks this " + what + " as deprecated.";
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

  /** {@code callbackUrl} as {@code CALLBACK_URL}. */
  static String constantName(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The default as written in the spec, for documentation. */
  private static String defaultText(Object raw) {
    if (raw instanceof Date) {
      return rawDate((Date) raw);
    }
    return raw.toString();
  }

  private static String rawDate(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
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
          return enumConstant(modelsByName.get(type.className), text);
        default:
          return null;
      }
    } catch (RuntimeException | URISyntaxException e) {
      throw unsupported(where, "default " + text + " is not a valid " + type.declaration());
    }
  }

  /** {@code Color.RED} for a known value, {@code Color.of("x")} for another. */
  private String enumConstant(CodegenModel enumModel, String raw) {
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) enumModel.allowableValues.get("values");
    for (Object value : values) {
      if (value != null && value.toString().equals(raw)) {
        return enumModel.classname + "." + toEnumVarName(raw, "String");
      }
    }
    return enumModel.classname + ".of(\"" + javaString(raw) + "\")";
  }

  private Views.Model unionView(CodegenModel model) {
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
    Views.Model view =
        new Views.Model(
            model.classname,
            false,
            orElse(describe(model.description), "The {@code " + model.classname + "} value."));
    view.isUnion = true;
    view.deprecated = model.isDeprecated;
    Views.Union union = new Views.Union();
    union.anyOf = anyOf;
    view.union = union;
    Set<String> imports = new TreeSet<>();
    Set<String> adapterImports = new TreeSet<>();
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Set<String> names = new HashSet<>(Arrays.asList("Unknown", "Visitor", model.classname));
    for (CodegenProperty p : variants) {
      String where = model.name + " " + (anyOf ? "anyOf" : "oneOf") + " " + p.dataType;
      JavaType type = resolve(p, where);
      if (type.className != null && names.contains(type.className) && type.qualifier == null) {
        // Would be hidden by the nested class of that name: written with its package.
        type = type.qualified(modelPackage);
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
      variant.parameterName = lowerFirst(variant.name);
      if (JAVA_KEYWORDS.contains(variant.parameterName)) {
        variant.parameterName += "Value";
      }
      variant.model = type.kind == JavaType.Kind.MODEL && isObjectModel(type.className);
      variant.openEnum = type.kind == JavaType.Kind.ENUM;
      variant.token =
          variant.model
              ? "BEGIN_OBJECT"
              : type.kind == JavaType.Kind.MODEL ? null : type.jsonToken();
      String description =
          type.className != null ? modelsByName.get(type.className).description : null;
      variant.description =
          Javadoc.sentence(orElse(describe(description), "A {@code " + variant.type + "}."));
      Views.Adapter adapter =
          adapters.computeIfAbsent(
              type,
              t ->
                  new Views.Adapter(
                      t.adapterFieldName(),
                      t.declaration(),
                      t.adapterExpression(JavaType.NESTED_MODEL_ADAPTER)));
      variant.adapterField = adapter.field;
      type.collectImports(imports, null);
      type.collectImports(adapterImports, null);
      type.collectAdapterImports(adapterImports, invokerPackage + ".internal");
      view.suppressDeprecation |= !model.isDeprecated && isDeprecated(type);
      union.variants.add(variant);
    }
    if (model.discriminator != null) {
      union.discriminator = javaString(model.discriminator.getPropertyName());
      union.rawDiscriminator = model.discriminator.getPropertyName();
      Set<String> seen = new HashSet<>();
      for (CodegenDiscriminator.MappedModel mapped : discriminatorMappings(model)) {
        for (Views.Variant variant : union.variants) {
          if (mapped.getModelName().equals(variant.javaType.className)
              && seen.add(mapped.getMappingName())) {
            variant.discriminatorValues.add(javaString(mapped.getMappingName()));
            variant.discriminated = true;
          }
        }
      }
    }
    union.variants.get(union.variants.size() - 1).last = true;
    union.adapters.addAll(adapters.values());
    imports.add("java.util.Objects");
    imports.add(invokerPackage + ".Nullable");
    imports.add(invokerPackage + ".internal.JsonValues");
    view.imports.addAll(imports);
    adapterImports.add("com.squareup.moshi.JsonAdapter");
    adapterImports.add("com.squareup.moshi.JsonReader");
    adapterImports.add("com.squareup.moshi.JsonWriter");
    adapterImports.add("com.squareup.moshi.Moshi");
    adapterImports.add("java.io.IOException");
    adapterImports.add(invokerPackage + ".Nullable");
    adapterImports.add(invokerPackage + ".internal.JsonValues");
    adapterImports.add(invokerPackage + ".internal.Unions");
    adapterImports.add("com.squareup.moshi.JsonDataException");
    view.adapterImports.addAll(adapterImports);
    return view;
  }

  /** The discriminator's mapping: explicit entries, then each variant by its schema name. */
  private List<CodegenDiscriminator.MappedModel> discriminatorMappings(CodegenModel model) {
    List<CodegenDiscriminator.MappedModel> mappings = new ArrayList<>();
    if (model.discriminator.getMappedModels() != null) {
      mappings.addAll(model.discriminator.getMappedModels());
    }
    return mappings;
  }

  /** Whether {@code className} is an object model: one that keeps unknown properties. */
  private boolean isObjectModel(String className) {
    CodegenModel model = modelsByName.get(className);
    return model != null && !model.isEnum && model.oneOf.isEmpty() && model.anyOf.isEmpty();
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
   * The client's default base URL: the document's first server, else the first server of an
   * operation (a document whose paths each name their server), with variables at their defaults.
   */
  String defaultBaseUrl() {
    List<Server> servers = openAPI.getServers();
    if (servers != null && !servers.isEmpty() && !isPlaceholder(servers.get(0))) {
      return serverUrl(servers.get(0), "servers");
    }
    if (openAPI.getPaths() != null) {
      for (Map.Entry<String, PathItem> path :
          openAPI.getPaths().entrySet()) {
        List<Server> own = path.getValue().getServers();
        if (own == null || own.isEmpty()) {
          own =
              path.getValue().readOperations().stream()
                  .filter(o -> o.getServers() != null && !o.getServers().isEmpty())
                  .map(Operation::getServers)
                  .findFirst()
                  .orElse(null);
        }
        if (own != null && !own.isEmpty()) {
          return serverUrl(own.get(0), path.getKey());
        }
      }
    }
    // No server at all: the caller must set one; requests fail clearly until then.
    return "http://localhost/";
  }

  /** The parser's stand-in for a document without servers: {@code url: /}. */
  private static boolean isPlaceholder(Server server) {
    return "/".equals(server.getUrl());
  }

  private String serverUrl(Server server, String where) {
    Map<String, String> defaults = new LinkedHashMap<>();
    if (server.getVariables() != null) {
      server.getVariables().forEach((name, variable) -> defaults.put(name, variable.getDefault()));
    }
    return absoluteServerUrl(server.getUrl(), defaults, where);
  }

  private String serverUrl(
      String url, List<CodegenServerVariable> variables, String where) {
    Map<String, String> defaults = new LinkedHashMap<>();
    if (variables != null) {
      for (CodegenServerVariable variable : variables) {
        defaults.put(variable.name, variable.defaultValue);
      }
    }
    return absoluteServerUrl(url, defaults, where);
  }

  /** {@code url} with each variable at its default, ending with {@code /}; must be absolute. */
  static String absoluteServerUrl(String url, Map<String, String> defaults, String where) {
    String resolved = url;
    for (Map.Entry<String, String> variable : defaults.entrySet()) {
      if (variable.getValue() == null) {
        throw unsupported(where, "server variable " + variable.getKey() + " has no default");
      }
      resolved = resolved.replace("{" + variable.getKey() + "}", variable.getValue());
    }
    if (resolved.contains("{")) {
      throw unsupported(where, "server URL " + url + " has a variable without a definition");
    }
    if (!resolved.matches("(?i)https?://.+")) {
      throw unsupported(where, "server URL " + url + " is not an absolute http or https URL");
    }
    return resolved.endsWith("/") ? resolved : resolved + "/";
  }

  /** Whether {@code type} is or holds a model the API deprecates. */
  boolean isDeprecated(JavaType type) {
    if (type.className != null
        && modelsByName.containsKey(type.className)
        && modelsByName.get(type.className).isDeprecated) {
      return true;
    }
    return type.element != null && isDeprecated(type.element);
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
    if (p.isMap && p.items != null && !p.items.isAnyType && !p.isFreeFormObject) {
      return JavaType.map(resolve(p.items, where + "{}"));
    }
    if (p.isMap || p.isFreeFormObject) {
      // An object of any JSON values, nulls included.
      return JavaType.scalar(JavaType.Kind.JSON_OBJECT);
    }
    if (p.isAnyType) {
      // Any JSON: objects, arrays, strings, numbers, booleans and nulls, kept as read.
      return JavaType.scalar(JavaType.Kind.JSON_VALUE);
    }
    String complex = p.complexType != null ? p.complexType : p.dataType;
    CodegenModel referenced = complex == null ? null : modelsByName.get(complex);
    if (referenced != null) {
      JavaType type = referenced.isEnum ? JavaType.openEnum(complex) : JavaType.model(complex);
      return referenced.isDeprecated ? type.qualified(modelPackage) : type;
    }
    if (p.isEnum) {
      throw unsupported(
          where, "inline enums must be resolved into components (RESOLVE_INLINE_ENUMS)");
    }
    if (p.isBinary || p.isFile) {
      throw unsupported(where, "binary (format: binary) inside JSON; use format: byte (base64)");
    }
    if (p.isByteArray) {
      return JavaType.scalar(JavaType.Kind.BYTES);
    }
    if (p.isDate) {
      return JavaType.scalar(JavaType.Kind.LOCAL_DATE);
    }
    if (p.isDateTime) {
      return JavaType.scalar(JavaType.Kind.OFFSET_DATE_TIME);
    }
    if (p.isUuid) {
      return JavaType.scalar(JavaType.Kind.UUID);
    }
    if (p.isUri) {
      return JavaType.scalar(JavaType.Kind.URI);
    }
    if (p.isString || p.isEmail || p.isPassword) {
      // Other formats (email, hostname, ipv4...) stay strings, kept as sent.
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
    if ("decimal".equals(p.dataFormat) || p.isDecimal) {
      return JavaType.scalar(JavaType.Kind.BIG_DECIMAL);
    }
    if (p.isFloat) {
      return JavaType.scalar(JavaType.Kind.FLOAT);
    }
    if (p.isNumber || p.isDouble || p.isNumeric) {
      return JavaType.scalar(JavaType.Kind.DOUBLE);
    }
    throw unsupported(where, "no Java type for schema type " + p.openApiType);
  }

  /** Upstream's model names, but never a name that generated code uses for another type. */
  @Override
  public String toModelName(String name) {
    String modelName = super.toModelName(name);
    if (RESERVED_CLASS_NAMES.contains(modelName)
        || RUNTIME_CLASSES.contains(modelName)
        || modelName.equals(clientClassName)) {
      return "Model" + modelName;
    }
    return modelName;
  }

  /** Keeps a schema's default as written, for {@link #defaultExpression}. */
  @Override
  public String toDefaultValue(CodegenProperty cp, Schema schema) {
    Schema<?> resolved = ModelUtils.getReferencedSchema(openAPI, schema);
    if (resolved != null && resolved.getDefault() != null) {
      cp.vendorExtensions.put(RAW_DEFAULT, resolved.getDefault());
    }
    return super.toDefaultValue(cp, schema);
  }

  /**
   * Names of properties and parameters: camel case as upstream makes it, but Java keywords get a
   * {@code Value} suffix ({@code default} gives {@code defaultValue()}) and a leading digit an
   * {@code n} prefix ({@code 3d} gives {@code n3d()}), rather than upstream's underscore.
   */
  @Override
  public String toVarName(String name) {
    if (nameMapping.containsKey(name)) {
      return nameMapping.get(name);
    }
    String var = super.toVarName(name);
    if (var.equals("propertyClass") && name.toLowerCase(Locale.ROOT).matches("^_*class$")) {
      return "classValue";
    }
    if (var.startsWith("_") && var.length() > 1) {
      String rest = var.substring(1);
      if (Character.isDigit(rest.charAt(0))) {
        return "n" + rest;
      }
      if (JAVA_KEYWORDS.contains(rest)) {
        return rest + "Value";
      }
      // Upstream also reserves names its own templates use (list, file, object): not ours.
      return rest;
    }
    return var;
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
            accessorName(tagName),
            describe(tagDescription(operations)));
    service.markdownDescription = markdown(tagDescription(operations));

    // By expression: one field per distinct adapter.
    Map<String, Views.Adapter> adapters = new LinkedHashMap<>();
    Map<String, Views.Server> servers = new LinkedHashMap<>();
    // By server and path: one field per distinct prefix, shared by the operations that start so.
    Map<String, Views.Prefix> prefixes = new LinkedHashMap<>();
    Set<String> serviceImports = new TreeSet<>();
    Set<String> apiImports = new TreeSet<>();
    for (CodegenOperation op : operations.getOperation()) {
      Views.Operation view = operationView(op, serviceImports, apiImports);
      service.operations.add(view);
      service.suppressDeprecation |= view.usesDeprecatedModels;
      if (view.serverUrl != null) {
        view.server = servers.computeIfAbsent(view.serverUrl, Views.Server::new);
        serviceImports.add("okhttp3.HttpUrl");
      }
      if (view.jsonBodyType != null) {
        JavaType t = view.jsonBodyType;
        String expression = t.requestBodyAdapterExpression();
        Views.Adapter adapter =
            adapter(
                adapters,
                expression,
                expression.equals(t.adapterExpression())
                    ? t.adapterFieldName()
                    : t.adapterFieldName().replaceAll("Adapter$", "BodyAdapter"),
                t.declaration());
        if (expression.contains("JsonAdapters.")) {
          serviceImports.add(invokerPackage + ".internal.JsonAdapters");
        }
        view.body.requestCall =
            "body(HttpRequests.json(" + adapter.reference + ", " + view.body.name + "))";
        for (Views.Param param : view.retrofitParams) {
          if (param.body) {
            param.requestCall = view.body.requestCall;
          }
        }
      }
      addRequestCalls(view, prefixes);
      if (view.result != null) {
        List<String> fields = new ArrayList<>();
        for (JavaType t : view.resultAdapterTypes) {
          Views.Adapter adapter =
              adapter(adapters, t.adapterExpression(), t.adapterFieldName(), t.declaration());
          fields.add(adapter.reference);
          t.collectImports(serviceImports, modelPackage);
          t.collectAdapterImports(serviceImports, invokerPackage + ".internal");
        }
        view.decoder = view.result.className + ".decoder(" + String.join(", ", fields) + ")";
      } else if (view.responseBinary) {
        view.decoder = "CallExecutor.stream()";
      } else if (view.responseType != null && !view.responseText) {
        JavaType t = view.responseType;
        Views.Adapter adapter =
            adapter(adapters, t.adapterExpression(), t.adapterFieldName(), t.declaration());
        view.adapterField = adapter.field;
        view.decoder =
            view.emptyValue != null
                ? "CallExecutor.jsonOr204(" + adapter.reference + ", " + view.emptyValue + ")"
                : "CallExecutor.json(" + adapter.reference + ")";
        view.responseType.collectAdapterImports(serviceImports, invokerPackage + ".internal");
        if (view.emptyValue != null && view.responseType.isContainer()) {
          serviceImports.add("java.util.Collections");
        }
      } else if (view.responseText) {
        // Text as received: no JSON, no charset guessing beyond OkHttp's (UTF-8 by default).
        view.decoder = "CallExecutor.text()";
      } else {
        view.decoder = "CallExecutor.discardBody()";
      }
      apiImports.add("retrofit2.http." + view.httpMethod);
    }
    if (service.operations.isEmpty()) {
      throw unsupported(apiClassName, "a tag without operations");
    }
    service.operations.get(service.operations.size() - 1).last = true;
    service.adapters.addAll(adapters.values());
    service.usesMoshi =
        adapters.values().stream().anyMatch(a -> a.expression.contains(JavaType.SERVICE_MOSHI));
    service.servers.addAll(servers.values());
    service.prefixes.addAll(prefixes.values());
    for (int i = 0; i < service.servers.size(); i++) {
      service.servers.get(i).field = service.servers.size() == 1 ? "SERVER" : "SERVER_" + (i + 1);
    }
    if (!adapters.isEmpty()) {
      serviceImports.add("com.squareup.moshi.JsonAdapter");
    }
    if (adapters.values().stream().anyMatch(a -> a.expression.contains(MODEL_ADAPTER_FACTORY))) {
      serviceImports.add(modelPackage + "." + MODEL_ADAPTER_FACTORY);
    }
    if (service.usesMoshi) {
      serviceImports.add("com.squareup.moshi.Moshi");
      serviceImports.add(modelPackage + "." + MODEL_ADAPTER_FACTORY);
    }
    serviceImports.add("java.util.concurrent.CompletableFuture");
    serviceImports.add("okhttp3.Request");
    serviceImports.add(invokerPackage + ".internal.HttpRequests");
    apiImports.add("retrofit2.Call");
    apiImports.add("retrofit2.http.Headers");
    service.imports.addAll(serviceImports);
    service.apiImports.addAll(apiImports);
    service.boundParams.addAll(boundParamViews());
    result.put(VIEW, service);
    services.add(service);
    return result;
  }

  /**
   * The service's adapter made by {@code expression}, added if new. One that is looked up (a
   * model's, from the factory, or one from the service's Moshi) is resolved on first use: a method
   * of the field's name returns it. A constant one, such as {@code JsonAdapters.STRING}, is a
   * field set by the constructor.
   */
  private static Views.Adapter adapter(
      Map<String, Views.Adapter> adapters, String expression, String field, String type) {
    Views.Adapter adapter = adapters.get(expression);
    if (adapter == null) {
      for (Views.Adapter other : adapters.values()) {
        if (other.field.equals(field)) {
          throw new IllegalStateException("Two adapters named " + field + ": " + expression);
        }
      }
      adapter = new Views.Adapter(field, type, expression);
      adapter.lazy =
          expression.contains(MODEL_ADAPTER_FACTORY + ".")
              || expression.contains(JavaType.SERVICE_MOSHI);
      adapter.reference = adapter.lazy ? field + "()" : field;
      adapters.put(expression, adapter);
    }
    return adapter;
  }

  /**
   * The {@code HttpRequests.Builder} calls of an operation, in the order Retrofit applies the
   * interface's annotations: the path with its parameters, the fixed {@code Accept} header (the
   * first header), the body, then query and header parameters in the spec's order.
   *
   * <p>The path's leading segments that hold no per-call argument (constant text and parameters
   * the client binds) become the operation's prefix, resolved once per client; the calls then
   * append only the rest.
   */
  private void addRequestCalls(Views.Operation view, Map<String, Views.Prefix> prefixes) {
    int cut = prefixEnd(view);
    if (cut > 0) {
      String prefixPath = view.relativePath.substring(0, cut);
      List<String> calls = pathCalls(view, 0, cut);
      String key = view.serverUrl + " " + String.join(".", calls);
      Views.Prefix prefix = prefixes.get(key);
      if (prefix == null) {
        prefix = new Views.Prefix(uniquePrefixField(prefixPath, prefixes.values()), view.server);
        prefix.calls.addAll(calls);
        prefixes.put(key, prefix);
      }
      view.prefix = prefix;
    }
    List<String> path = pathCalls(view, cut, view.relativePath.length());
    String accept = "header(\"Accept\", \"" + javaString(view.accept) + "\")";
    boolean bodyMethod = !view.httpMethod.equals("GET") && !view.httpMethod.equals("DELETE");
    view.requestCalls.addAll(path);
    view.requestCalls.add(accept);
    for (Views.Param param : view.retrofitParams) {
      if (param.requestCall != null && !param.annotation.startsWith("@Path")) {
        view.requestCalls.add(param.requestCall);
      }
    }
    if (view.body == null && bodyMethod) {
      view.requestCalls.add("emptyBody()");
    }
    if (view.bodyOptional) {
      view.requestCallsWithoutBody.addAll(path);
      view.requestCallsWithoutBody.add(accept);
      for (Views.Param param : view.retrofitParamsWithoutBody) {
        if (param.requestCall != null && !param.annotation.startsWith("@Path")) {
          view.requestCallsWithoutBody.add(param.requestCall);
        }
      }
      if (bodyMethod) {
        view.requestCallsWithoutBody.add("emptyBody()");
      }
    }
  }

  /**
   * Where the operation's prefix ends: after the last slash before its first per-call path
   * argument, or at the end of a path that has none; 0 when its first segment takes one, or when
   * the path holds what appending segments would not resolve as Retrofit does (an empty segment, a
   * query or fragment mark, a backslash).
   */
  static int prefixEnd(Views.Operation view) {
    if (UNSEGMENTED_PATH.matcher(view.relativePath).find()) {
      return 0;
    }
    Matcher placeholder = PATH_PLACEHOLDER.matcher(view.relativePath);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      boolean bound = view.pathParams.stream().anyMatch(p -> p.baseName.equals(name) && p.bound);
      if (!bound) {
        return view.relativePath.lastIndexOf('/', placeholder.start()) + 1;
      }
    }
    return view.relativePath.length();
  }

  /**
   * The field of a prefix, named for its constant words: {@code accountsSessionsPrefix} for
   * {@code accounts/{accountId}/sessions/}, {@code accountsSessionsUrl} for a whole path without
   * per-call arguments ({@code accounts/{accountId}/sessions}); numbered if taken.
   */
  static String uniquePrefixField(String prefixPath, Collection<Views.Prefix> taken) {
    StringBuilder words = new StringBuilder();
    String constantText = PATH_PLACEHOLDER.matcher(prefixPath).replaceAll("/");
    for (String word : constantText.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.append(words.length() == 0 ? lowerFirst(word) : upperFirst(word));
      }
    }
    if (words.length() == 0 || !Character.isJavaIdentifierStart(words.charAt(0))) {
      words.insert(0, "path");
    }
    String base = words + (prefixPath.endsWith("/") ? "Prefix" : "Url");
    String field = base;
    for (int n = 2; fieldTaken(field, taken); n++) {
      field = base + n;
    }
    return field;
  }

  private static boolean fieldTaken(String field, Collection<Views.Prefix> taken) {
    return taken.stream().anyMatch(p -> p.field.equals(field));
  }

  /** The {@code path} and {@code pathParam} calls for {@code relativePath[start, end)}. */
  private List<String> pathCalls(Views.Operation view, int start, int end) {
    List<String> path = new ArrayList<>();
    Matcher placeholder = PATH_PLACEHOLDER.matcher(view.relativePath).region(start, end);
    int from = start;
    while (placeholder.find()) {
      if (placeholder.start() > from) {
        path.add(
            "path(\"" + javaString(view.relativePath.substring(from, placeholder.start())) + "\")");
      }
      String name = placeholder.group(1);
      Views.Param param =
          view.pathParams.stream()
              .filter(p -> p.baseName.equals(name))
              .findFirst()
              .orElseThrow(() -> unsupported(view.name, "path placeholder {" + name + "}"));
      path.add("pathParam(" + param.argument + ")");
      from = placeholder.end();
    }
    if (from < end) {
      path.add("path(\"" + javaString(view.relativePath.substring(from, end)) + "\")");
    }
    return path;
  }

  /** {@code sessions()} for tag Sessions; {@code defaultService()} for a keyword, like default. */
  private static String accessorName(String tagName) {
    String accessor = lowerFirst(tagName);
    return JAVA_KEYWORDS.contains(accessor) ? accessor + "Service" : accessor;
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

  private static final Pattern PATH_PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern UNSEGMENTED_PATH = Pattern.compile("[?#\\\\]|//");

  /** Header parameters that OpenAPI says to ignore: the request's own headers describe them. */
  private static final Set<String> IGNORED_HEADERS =
      new HashSet<>(Arrays.asList("accept", "content-type", "authorization"));

  private Views.Operation operationView(
      CodegenOperation op, Set<String> serviceImports, Set<String> apiImports) {
    String where = op.operationId;
    if (!op.cookieParams.isEmpty()) {
      throw unsupported(where, "cookie parameter " + op.cookieParams.get(0).baseName);
    }
    if (!op.formParams.isEmpty()) {
      throw unsupported(where, "form and multipart request bodies");
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
    view.deprecationText = deprecationText(op.notes, "operation");
    if (op.servers != null && !op.servers.isEmpty()) {
      String server = serverUrl(op.servers.get(0).url, op.servers.get(0).variables, where);
      operationServers.put(op.operationId, server);
      if (!server.equals(defaultBaseUrl())) {
        view.serverUrl = javaString(server);
        apiImports.add(invokerPackage + ".internal.ServerUrl");
      }
    }

    addPathParams(op, view, serviceImports, apiImports);
    Views.Param params = paramsArgument(op, view, serviceImports, apiImports);
    if (op.bodyParam != null) {
      Views.Param body = bodyParam(op, view, serviceImports, apiImports);
      view.body = body;
      view.bodyRequired = op.bodyParam.required;
      view.bodyOptional = !op.bodyParam.required;
      view.retrofitParams.add(body.copy());
      view.serviceParams.add(body.copy());
    }
    if (params != null) {
      view.retrofitParams.addAll(view.queryParams);
      view.serviceParams.add(params);
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
    if (view.retrofitParams.stream().anyMatch(p -> p.nullable)) {
      apiImports.add(invokerPackage + ".Nullable");
    }
    addResponses(op, view, serviceImports, apiImports);
    return view;
  }

  /** Path parameters in path order: strings are checked as path segments, others for null. */
  private void addPathParams(
      CodegenOperation op,
      Views.Operation view,
      Set<String> serviceImports,
      Set<String> apiImports) {
    String where = op.operationId;
    List<CodegenParameter> pathParams = new ArrayList<>(op.pathParams);
    pathParams.sort(Comparator.comparingInt(p -> op.path.indexOf("{" + p.baseName + "}")));
    for (CodegenParameter p : pathParams) {
      if (op.path.indexOf("{" + p.baseName + "}") < 0) {
        throw unsupported(where, "path parameter " + p.baseName + " is not in the path");
      }
      JavaType type = resolveParameter(p, where + " path parameter " + p.baseName);
      view.usesDeprecatedModels |= isDeprecated(type);
      if (!type.isParameterScalar()) {
        throw unsupported(
            where, "path parameter " + p.baseName + " of type " + type.describe());
      }
      Views.Param param = new Views.Param();
      param.name = p.paramName;
      param.baseName = p.baseName;
      param.type = type.declaration();
      param.bound = boundParameters.contains(p.baseName) && type.kind == JavaType.Kind.STRING;
      param.annotation = "@Path(\"" + javaString(p.baseName) + "\")";
      param.retrofitType = type.isPlainParameter() ? param.type : "String";
      if (param.bound) {
        param.argument = "this." + param.name;
      } else if (type.isPlainParameter()) {
        param.argument = param.name;
      } else {
        param.argument = "ParameterValues.format(" + param.name + ")";
        serviceImports.add(invokerPackage + ".internal.ParameterValues");
      }
      if (type.kind == JavaType.Kind.STRING) {
        param.check = "PathSegments.check(" + param.name + ", \"" + param.name + "\");";
        if (!param.bound) {
          serviceImports.add(invokerPackage + ".internal.PathSegments");
        }
      } else {
        param.check = nullCheck(param.name);
        serviceImports.add("java.util.Objects");
      }
      param.description =
          orElse(describe(oneLine(p.description)), "the {@code " + p.baseName + "}");
      param.markdownDescription = markdown(p.description);
      type.collectImports(serviceImports, modelPackage);
      type.collectImports(apiImports, modelPackage);
      apiImports.add("retrofit2.http.Path");
      view.pathParams.add(param);
      view.retrofitParams.add(param.copy());
      if (!param.bound) {
        view.serviceParams.add(param.copy());
        view.hasPathArguments = true;
      }
    }
  }

  private static String nullCheck(String name) {
    return "Objects.requireNonNull(" + name + ", \"" + name + " == null\");";
  }

  /**
   * Query and header parameters: one class per operation, {@code ListMessagesParams}, built with a
   * builder that checks required ones and constraints. Returns the facade's argument of that
   * class, and adds each parameter to {@code view.queryParams} as the Retrofit method takes it.
   */
  private Views.Param paramsArgument(
      CodegenOperation op,
      Views.Operation view,
      Set<String> serviceImports,
      Set<String> apiImports) {
    String where = op.operationId;
    List<CodegenParameter> parameters = new ArrayList<>();
    for (CodegenParameter p : op.allParams) {
      if (p.isQueryParam
          || (p.isHeaderParam && !IGNORED_HEADERS.contains(p.baseName.toLowerCase(Locale.ROOT)))) {
        parameters.add(p);
      }
    }
    if (parameters.isEmpty()) {
      return null;
    }
    String className = camelize(op.nickname) + "Params";
    if (modelsByName.containsKey(className)) {
      throw unsupported(where, "its parameters class " + className + " is also a schema name");
    }
    Views.Model model =
        new Views.Model(
            className,
            false,
            "The query and header parameters of {@link "
                + invokerPackage
                + "."
                + clientClassName
                + "} operation {@code "
                + op.operationId
                + "}.");
    model.isParams = true;
    model.operationId = op.operationId;
    Set<String> members = new HashSet<>(RESERVED_MEMBERS);
    Set<String> imports = new TreeSet<>();
    for (CodegenParameter p : parameters) {
      String paramWhere = where + " parameter " + p.baseName;
      if (p.isDeepObject || (p.style != null && p.style.equals("deepObject"))) {
        throw unsupported(where, "deepObject parameter " + p.baseName);
      }
      if (p.getSchema() == null) {
        throw unsupported(where, "parameter " + p.baseName + " without a schema (content)");
      }
      CodegenProperty schema = p.getSchema().clone();
      schema.name = p.paramName;
      schema.baseName = p.baseName;
      schema.required = p.required;
      schema.description = p.description;
      schema.deprecated = p.isDeprecated;
      schema.isNullable = false;
      JavaType type = resolve(schema, paramWhere);
      view.usesDeprecatedModels |= isDeprecated(type);
      boolean array = type.kind == JavaType.Kind.LIST || type.kind == JavaType.Kind.SET;
      if (!(type.isParameterScalar() || (array && type.element.isParameterScalar()))) {
        throw unsupported(where, "parameter " + p.baseName + " of type " + type.describe());
      }
      Views.Property property = propertyView(schema, type, paramWhere, className, members, model);
      // A default is the server's to apply: an absent parameter is left out, not sent.
      property.defaultValue = null;
      property.nullableAccessor = property.scalar;
      property.header = p.isHeaderParam;
      if (p.description == null || p.description.trim().isEmpty()) {
        property.description =
            "The {@code "
                + Javadoc.escape(p.baseName)
                + "} "
                + (p.isHeaderParam ? "header." : "query parameter.");
      }
      model.properties.add(property);
      if (property.required) {
        model.requiredProperties.add(property);
      }
      type.collectImports(imports, null);

      Views.Param param = new Views.Param();
      param.name = p.paramName;
      param.baseName = p.baseName;
      param.description =
          orElse(describe(oneLine(p.description)), "the {@code " + p.baseName + "} parameter");
      param.markdownDescription = markdown(p.description);
      String annotation = p.isHeaderParam ? "Header" : "Query";
      param.annotation = "@" + annotation + "(\"" + javaString(p.baseName) + "\")";
      apiImports.add("retrofit2.http." + annotation);
      String accessor = "params." + property.name + "()";
      boolean explode = p.isHeaderParam ? false : p.isExplode;
      if (!array) {
        param.nullable = !property.required;
        if (type.isPlainParameter()) {
          param.retrofitType = type.declaration();
          param.argument = accessor;
          type.collectImports(apiImports, modelPackage);
        } else {
          param.retrofitType = "String";
          param.argument = "ParameterValues.format(" + accessor + ")";
          serviceImports.add(invokerPackage + ".internal.ParameterValues");
        }
      } else if (explode) {
        String container = type.kind == JavaType.Kind.SET ? "Set" : "List";
        if (type.element.isPlainParameter()) {
          param.retrofitType = container + "<" + type.element.declaration() + ">";
          param.argument = accessor;
          type.collectImports(apiImports, modelPackage);
        } else {
          param.retrofitType = "List<String>";
          param.argument = "ParameterValues.formatEach(" + accessor + ")";
          apiImports.add("java.util.List");
          serviceImports.add(invokerPackage + ".internal.ParameterValues");
        }
      } else {
        param.nullable = true;
        param.retrofitType = "String";
        if (p.isHeaderParam) {
          param.argument = "ParameterValues.join(" + accessor + ", \",\")";
        } else {
          // Each value encoded, the delimiter not: the server can split before it decodes.
          param.annotation = "@Query(value = \"" + javaString(p.baseName) + "\", encoded = true)";
          param.argument =
              "ParameterValues.joinEncoded(" + accessor + ", \"" + delimiter(p, where) + "\")";
        }
        serviceImports.add(invokerPackage + ".internal.ParameterValues");
      }
      String name = "\"" + javaString(p.baseName) + "\", ";
      if (p.isHeaderParam) {
        param.requestCall = "header(" + name + param.argument + ")";
      } else if (param.annotation.contains("encoded = true")) {
        param.requestCall = "encodedQuery(" + name + param.argument + ")";
      } else if (array) {
        param.requestCall = "queryEach(" + name + param.argument + ")";
      } else {
        param.requestCall = "query(" + name + param.argument + ")";
      }
      view.queryParams.add(param);
    }
    model.properties.get(model.properties.size() - 1).last = true;
    model.hasRequired = !model.requiredProperties.isEmpty();
    finishModelView(model, imports);
    imports.remove(invokerPackage + ".internal.JsonValues");
    imports.remove(invokerPackage + ".internal.JsonObjects");
    imports.remove("java.util.LinkedHashMap");
    imports.remove("java.util.Map");
    if (model.properties.stream().noneMatch(p -> p.set)) {
      imports.remove("java.util.Set");
    }
    if (model.properties.stream().noneMatch(p -> p.container)) {
      imports.remove("java.util.Collections");
    }
    model.imports.addAll(imports);
    paramsModels.add(model);

    Views.Param param = new Views.Param();
    param.name = "params";
    param.baseName = "params";
    param.type = className;
    param.params = true;
    param.check = nullCheck("params");
    param.description = "the query and header parameters";
    param.markdownDescription = "Query and header parameters; see `" + className + "`.";
    serviceImports.add(modelPackage + "." + className);
    serviceImports.add("java.util.Objects");
    view.paramsClass = className;
    return param;
  }

  /** The delimiter of an array parameter that is not exploded, by its style. */
  private static String delimiter(CodegenParameter p, String where) {
    String style = p.style == null ? (p.isHeaderParam ? "simple" : "form") : p.style;
    switch (style) {
      case "form":
      case "simple":
        return ",";
      case "spaceDelimited":
        return " ";
      case "pipeDelimited":
        return "|";
      default:
        throw unsupported(where, "parameter " + p.baseName + " of style " + style);
    }
  }

  /** The request body: JSON of any type, binary as a streamed {@code RequestBody}, or text. */
  private Views.Param bodyParam(
      CodegenOperation op,
      Views.Operation view,
      Set<String> serviceImports,
      Set<String> apiImports) {
    String where = op.operationId;
    CodegenParameter b = op.bodyParam;
    String mediaType = preferredMediaType(op.consumes);
    Views.Param body = new Views.Param();
    body.body = true;
    body.annotation = "@Body";
    body.markdownDescription = markdown(b.description);
    apiImports.add("retrofit2.http.Body");
    serviceImports.add("java.util.Objects");
    if (b.isBinary || b.isFile) {
      body.name = "body";
      body.type = "RequestBody";
      body.retrofitType = "RequestBody";
      body.argument = "body";
      body.requestCall = "body(body)";
      body.description =
          orElse(
              describe(oneLine(b.description)),
              "the " + (mediaType == null ? "binary" : "{@code " + mediaType + "}") + " content")
              + ", streamed; its media type is the request's Content-Type";
      serviceImports.add("okhttp3.RequestBody");
      apiImports.add("okhttp3.RequestBody");
      view.binaryRequest = true;
      view.requestMediaType = mediaType;
    } else if (mediaType == null || isJson(mediaType)) {
      JavaType type = resolveParameter(b, where + " request body");
      view.usesDeprecatedModels |= isDeprecated(type);
      body.type = type.declaration();
      body.retrofitType = body.type;
      body.name = type.kind == JavaType.Kind.MODEL ? lowerFirst(type.className) : "body";
      body.argument = body.name;
      view.jsonBodyType = type;
      body.description =
          orElse(describe(oneLine(b.description)), "the {@code " + body.type + "} to send");
      type.collectImports(serviceImports, modelPackage);
      type.collectImports(apiImports, modelPackage);
    } else if (isText(mediaType) && b.isString) {
      body.name = "body";
      body.type = "String";
      body.retrofitType = "RequestBody";
      body.argument =
          "RequestBody.create(body, MediaType.get(\"" + javaString(mediaType) + "\"))";
      body.requestCall = "body(" + body.argument + ")";
      body.description =
          orElse(describe(oneLine(b.description)), "the {@code " + mediaType + "} text to send");
      serviceImports.add("okhttp3.MediaType");
      serviceImports.add("okhttp3.RequestBody");
      apiImports.add("okhttp3.RequestBody");
      view.requestMediaType = mediaType;
    } else {
      throw unsupported(where, "request body of content type " + mediaType);
    }
    body.baseName = body.name;
    body.check = nullCheck(body.name);
    return body;
  }

  private static boolean isJson(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    return m.startsWith("application/json") || m.matches("[^;]*\\+json.*") || m.equals("*/*");
  }

  private static boolean isText(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    return m.startsWith("text/") || m.matches("[^;]*[/+]xml.*");
  }

  /** The JSON media type when there is one, else the first; null for none. */
  private static String preferredMediaType(List<Map<String, String>> mediaTypes) {
    if (mediaTypes == null || mediaTypes.isEmpty()) {
      return null;
    }
    for (Map<String, String> m : mediaTypes) {
      if (isJson(m.get("mediaType"))) {
        return m.get("mediaType");
      }
    }
    return mediaTypes.get(0).get("mediaType");
  }

  /** The Java type of a parameter or request body. */
  private JavaType resolveParameter(CodegenParameter p, String where) {
    if (p.getSchema() != null) {
      return resolve(p.getSchema(), where);
    }
    if (p.isArray) {
      if (p.items == null) {
        throw unsupported(where, "an array needs items");
      }
      JavaType element = resolve(p.items, where + "[]");
      return p.getUniqueItems() ? JavaType.set(element) : JavaType.list(element);
    }
    if (p.isMap && p.items != null && !p.items.isAnyType) {
      return JavaType.map(resolve(p.items, where + "{}"));
    }
    if (p.isMap || p.isFreeFormObject) {
      return JavaType.scalar(JavaType.Kind.JSON_OBJECT);
    }
    String name = p.baseType != null ? p.baseType : p.dataType;
    CodegenModel model = name == null ? null : modelsByName.get(name);
    if (model != null) {
      JavaType type =
          model.isEnum ? JavaType.openEnum(model.classname) : JavaType.model(model.classname);
      return model.isDeprecated ? type.qualified(modelPackage) : type;
    }
    CodegenProperty scalar = new CodegenProperty();
    scalar.isString = p.isString;
    scalar.isBoolean = p.isBoolean;
    scalar.isInteger = p.isInteger;
    scalar.isLong = p.isLong;
    scalar.isShort = p.isShort;
    scalar.isNumber = p.isNumber;
    scalar.isFloat = p.isFloat;
    scalar.isDouble = p.isDouble;
    scalar.isDecimal = p.isDecimal;
    scalar.isDate = p.isDate;
    scalar.isDateTime = p.isDateTime;
    scalar.isUuid = p.isUuid;
    scalar.isUri = p.isUri;
    scalar.isByteArray = p.isByteArray;
    scalar.isAnyType = p.isAnyType;
    scalar.isUnboundedInteger = p.isUnboundedInteger;
    scalar.dataFormat = p.dataFormat;
    scalar.openApiType = p.dataType;
    return resolve(scalar, where);
  }

  private Views.ResultCase resultCase(
      CodegenResponse r, JavaType type, boolean text, boolean binary) {
    Views.ResultCase c = new Views.ResultCase();
    c.javaType = type;
    c.statusCode = r.code;
    c.name = "Status" + r.code.toUpperCase(Locale.ROOT);
    c.type = type == null ? null : type.declaration();
    c.text = text;
    c.binary = binary;
    c.description =
        Javadoc.sentence(orElse(describe(firstSentence(orElse(r.message, ""))), "HTTP " + r.code));
    return c;
  }

  /**
   * The result class of an operation whose 2xx responses have different bodies: one subclass per
   * documented status, {@code CreateThingResult.Status202}, read by the status code.
   */
  private void resultView(
      CodegenOperation op,
      Views.Operation view,
      List<Views.ResultCase> cases,
      Set<String> serviceImports,
      Set<String> apiImports) {
    String where = op.operationId;
    Views.Result result = new Views.Result();
    result.className = camelize(op.nickname) + "Result";
    result.operationId = op.operationId;
    for (Views.ResultCase c : cases) {
      if (c.binary) {
        throw unsupported(where, "a binary body among 2xx responses with different bodies");
      }
      if (!c.statusCode.matches("2[0-9][0-9]")) {
        throw unsupported(where, "response " + c.statusCode + " among different 2xx bodies");
      }
      c.hasBody = c.javaType != null;
      if (c.hasBody && !c.text) {
        c.javaType.collectImports(result.imports, modelPackage);
        c.jsonAdapter = true;
        view.resultAdapterTypes.add(c.javaType);
      }
      result.cases.add(c);
    }
    result.cases.get(result.cases.size() - 1).last = true;
    result.decoderParameters =
        result.cases.stream()
            .filter(c -> c.jsonAdapter)
            .map(c -> "JsonAdapter<" + c.type + "> status" + c.statusCode)
            .collect(java.util.stream.Collectors.joining(", "));
    result.imports.add("com.squareup.moshi.JsonAdapter");
    result.imports.add("com.squareup.moshi.JsonDataException");
    result.imports.add("java.util.Objects");
    view.result = result;
    view.returnType = result.className;
    view.retrofitReturnType = "ResponseBody";
    view.returnsBody = true;
    view.returnDescription =
        "response, a {@link " + result.className + "} subclass per status code";
    apiImports.add("okhttp3.ResponseBody");
    resultClasses.add(result);
  }

  /** The 2xx bodies and the error statuses of an operation. */
  private void addResponses(
      CodegenOperation op,
      Views.Operation view,
      Set<String> serviceImports,
      Set<String> apiImports) {
    String where = op.operationId;
    JavaType responseType = null;
    boolean text = false;
    boolean binary = false;
    boolean mixed = false;
    List<Views.ResultCase> cases = new ArrayList<>();
    String accept = null;
    String successDescription = "";
    boolean has204 = false;
    Map<String, List<String>> errorsByException = new LinkedHashMap<>();
    for (CodegenResponse r : op.responses) {
      if (r.is2xx && r.headers != null) {
        for (CodegenProperty header : r.headers) {
          String headerText =
              "{@code "
                  + Javadoc.escape(header.baseName)
                  + "} ("
                  + r.code
                  + ")"
                  + (header.description == null || header.description.trim().isEmpty()
                      ? ""
                      : ": " + Javadoc.sentence(describe(oneLine(header.description))));
          view.responseHeaders.add(headerText);
        }
      }
      if (r.is2xx) {
        String mediaType =
            r.getContent() == null || r.getContent().isEmpty()
                ? null
                : preferredMediaType(
                    r.getContent().keySet().stream()
                        .map(m -> Collections.singletonMap("mediaType", m))
                        .collect(java.util.stream.Collectors.toList()));
        if (r.returnProperty != null && mediaType != null) {
          JavaType type;
          boolean isText = false;
          boolean isBinary = false;
          if (r.isBinary || r.isFile) {
            type = JavaType.scalar(JavaType.Kind.BYTES);
            isBinary = true;
            mediaType = String.join(", ", r.getContent().keySet());
          } else if (isJson(mediaType)) {
            type = resolve(r.returnProperty, where + " response " + r.code);
            view.usesDeprecatedModels |= isDeprecated(type);
          } else if (isText(mediaType) && r.returnProperty.isString) {
            type = JavaType.scalar(JavaType.Kind.STRING);
            isText = true;
          } else {
            throw unsupported(where, "response body of content type " + mediaType);
          }
          mixed |=
              responseType != null
                  && (!responseType.equals(type) || text != isText || binary != isBinary);
          cases.add(resultCase(r, type, isText, isBinary));
          responseType = type;
          text = isText;
          binary = isBinary;
          accept = accept == null ? mediaType : accept;
          if (successDescription.isEmpty() && r.message != null) {
            successDescription = Javadoc.escape(firstSentence(r.message));
          }
        } else {
          has204 |= "204".equals(r.code);
          cases.add(resultCase(r, null, false, false));
        }
      } else if (!r.isDefault) {
        String exception = exceptionFor(r.code);
        String description =
            r.code
                + (r.message == null || r.message.isEmpty() ? "" : ": " + firstSentence(r.message));
        errorsByException.computeIfAbsent(exception, k -> new ArrayList<>()).add(description);
      }
    }
    view.accept = accept == null || isJson(accept) ? "application/json" : accept;
    if (mixed) {
      resultView(op, view, cases, serviceImports, apiImports);
    } else if (binary) {
      view.responseBinary = true;
      view.returnType = "ResponseBody";
      view.retrofitReturnType = "ResponseBody";
      view.returnsBody = true;
      // A noun phrase: the templates print "the " or "a future of the " before it.
      view.returnDescription =
          "content"
              + (successDescription.isEmpty() ? "." : ": " + Javadoc.sentence(successDescription))
              + " Streamed, not buffered: the body is open, and the caller must close it, as"
              + " try-with-resources does.";
      apiImports.add("okhttp3.ResponseBody");
      serviceImports.add("okhttp3.ResponseBody");
      if (has204) {
        throw unsupported(where, "a 204 alternative to a binary body");
      }
    } else if (responseType != null) {
      view.responseType = responseType;
      view.responseText = text;
      view.returnType = responseType.declaration();
      view.retrofitReturnType = text ? "ResponseBody" : view.returnType;
      view.returnsBody = true;
      view.returnDescription =
          // A Java type: inside {@code} it needs no HTML escapes, and has no braces.
          "{@code "
              + responseType.declaration()
              + "}"
              + (successDescription.isEmpty() ? "" : ": " + Javadoc.sentence(successDescription));
      if (text) {
        apiImports.add("okhttp3.ResponseBody");
      } else {
        responseType.collectImports(apiImports, modelPackage);
      }
      responseType.collectImports(serviceImports, modelPackage);
      if (has204) {
        if (responseType.isContainer()) {
          view.emptyValue = responseType.emptyContainerExpression();
          view.emptyDescription =
              "an empty " + (responseType.kind == JavaType.Kind.MAP ? "map" : "list");
        } else if (responseType.kind == JavaType.Kind.MODEL
            && modelViews.get(responseType.className).isObject
            && !modelViews.get(responseType.className).hasRequired) {
          view.emptyValue = responseType.declaration() + ".builder().build()";
          view.emptyDescription = "an empty {@code " + responseType.className + "}";
        } else {
          throw unsupported(where, "a 204 alternative to a body that has no empty value");
        }
        view.markdownEmptyDescription =
            view.emptyDescription.replace("{@code ", "`").replace("}", "`");
      }
    } else {
      view.returnType = "Void";
      view.retrofitReturnType = "Void";
      view.returnsVoid = true;
    }
    for (Map.Entry<String, List<String>> e : errorsByException.entrySet()) {
      String description = Javadoc.escape(String.join("; ", e.getValue()));
      view.errors.add(
          new Views.Error(e.getKey(), description, markdown(String.join("; ", e.getValue()))));
    }
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

  // Callbacks: the requests the API sends to the caller's server.

  /** A callback request the API sends: its name, where it is declared and its body's schema. */
  private static final class CallbackRequest {
    final String name;
    final String method;
    final String expression;
    final String description;
    final Schema<?> schema;
    final List<String> operations = new ArrayList<>();

    CallbackRequest(
        String name, String method, String expression, String description, Schema<?> schema) {
      this.name = name;
      this.method = method;
      this.expression = expression;
      this.description = description;
      this.schema = schema;
    }
  }

  private final Map<String, CallbackRequest> callbackRequests = new TreeMap<>();

  /**
   * Finds every callback, in components and in operations, and gives the inline schemas of their
   * bodies a name in components, so that each payload is a model like any other.
   */
  private void collectCallbacks(OpenAPI openAPI) {
    callbackRequests.clear();
    if (openAPI.getComponents() != null && openAPI.getComponents().getCallbacks() != null) {
      openAPI
          .getComponents()
          .getCallbacks()
          .forEach((name, callback) -> addCallback(openAPI, name, callback, null));
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        if (operation.getCallbacks() == null) {
          continue;
        }
        operation
            .getCallbacks()
            .forEach(
                (name, callback) -> {
                  if (callback.get$ref() != null) {
                    String ref = ModelUtils.getSimpleRef(callback.get$ref());
                    for (CallbackRequest request : callbackRequests.values()) {
                      if (request.name.equals(ref)) {
                        request.operations.add(operation.getOperationId());
                      }
                    }
                  } else {
                    addCallback(openAPI, name, callback, operation.getOperationId());
                  }
                });
      }
    }
  }

  private void addCallback(
      OpenAPI openAPI,
      String name,
      Callback callback,
      String operationId) {
    callback.forEach(
        (expression, path) -> {
          for (Map.Entry<PathItem.HttpMethod, Operation> e : path.readOperationsMap().entrySet()) {
            RequestBody body =
                ModelUtils.getReferencedRequestBody(openAPI, e.getValue().getRequestBody());
            if (body == null || body.getContent() == null) {
              continue;
            }
            Schema<?> schema = null;
            for (Map.Entry<String, MediaType> content :
                body.getContent().entrySet()) {
              if (isJson(content.getKey()) && content.getValue().getSchema() != null) {
                schema = content.getValue().getSchema();
                break;
              }
            }
            if (schema == null) {
              continue;
            }
            String key = name + " " + e.getKey() + " " + expression;
            if (schema.get$ref() == null
                && (ModelUtils.isComposedSchema(schema) || ModelUtils.isObjectSchema(schema))) {
              // An inline payload gets a name, like the inline schemas of operations.
              String schemaName = camelize(sanitizeName(name)) + "Payload";
              if (openAPI.getComponents().getSchemas().containsKey(schemaName)) {
                throw unsupported(
                    "callback " + name, "its payload name " + schemaName + " is taken");
              }
              openAPI.getComponents().addSchemas(schemaName, schema);
              schema = new Schema<>().$ref("#/components/schemas/" + schemaName);
            }
            String description =
                body.getDescription() != null ? body.getDescription() : e.getValue().getSummary();
            CallbackRequest request =
                new CallbackRequest(name, e.getKey().name(), expression, description, schema);
            if (operationId != null) {
              request.operations.add(operationId);
            }
            callbackRequests.put(key, request);
          }
        });
  }

  /** The view of the callbacks parser: one method per callback and payload type. */
  private Views.Callbacks callbacksView() {
    Views.Callbacks view = new Views.Callbacks();
    Set<String> imports = new TreeSet<>();
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Map<String, Views.Callback> byMethod = new LinkedHashMap<>();
    for (CallbackRequest request : callbackRequests.values()) {
      String where = "callback " + request.name;
      JavaType type = resolve(fromProperty("body", request.schema, true), where);
      String method = "parse" + camelize(sanitizeName(request.name));
      Views.Callback existing = byMethod.get(method);
      if (existing != null && existing.javaType.equals(type)) {
        existing.requests.add(request.method + " " + Javadoc.escape(request.expression));
        existing.operations.addAll(request.operations);
        continue;
      }
      if (existing != null) {
        method = method + camelize(request.method.toLowerCase(Locale.ROOT));
      }
      Views.Callback callback = new Views.Callback();
      callback.javaType = type;
      callback.method = method;
      callback.name = request.name;
      callback.type = type.declaration();
      callback.description = Javadoc.sentence(describe(request.description));
      callback.requests.add(request.method + " " + Javadoc.escape(request.expression));
      callback.operations.addAll(request.operations);
      Views.Adapter adapter =
          adapters.computeIfAbsent(
              type,
              t ->
                  new Views.Adapter(
                      constantName(t.adapterFieldName().replaceAll("Adapter$", "")),
                      t.declaration(),
                      t.adapterExpression()));
      callback.adapterField = adapter.field;
      type.collectImports(imports, modelPackage);
      type.collectAdapterImports(imports, invokerPackage + ".internal");
      view.suppressDeprecation |= isDeprecated(type);
      byMethod.put(method, callback);
    }
    view.callbacks.addAll(byMethod.values());
    view.adapters.addAll(adapters.values());
    imports.add("com.squareup.moshi.JsonAdapter");
    imports.add("com.squareup.moshi.JsonDataException");
    imports.add("java.io.IOException");
    imports.add("java.util.Objects");
    imports.add(modelPackage + "." + MODEL_ADAPTER_FACTORY);
    view.imports.addAll(imports);
    return view;
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
    client.defaultBaseUrl = defaultBaseUrl();
    operationServers.values().stream()
        .filter(s -> !s.equals(client.defaultBaseUrl))
        .distinct()
        .forEach(s -> client.operationServerUrls.add(javaString(s)));
    client.hasOperationServers = !client.operationServerUrls.isEmpty();
    client.title = openAPI.getInfo() == null ? "" : markdown(openAPI.getInfo().getTitle());
    client.version = openAPI.getInfo() == null ? "" : openAPI.getInfo().getVersion();
    Map<String, Views.Model> sorted = new TreeMap<>(modelViews);
    client.hasDeprecatedModels = sorted.values().stream().anyMatch(m -> m.deprecated);
    client.models.addAll(sorted.values());
    if (!client.models.isEmpty()) {
      client.models.get(client.models.size() - 1).last = true;
    }
    result.put(VIEW, client);
    if (!callbackRequests.isEmpty()) {
      Views.Callbacks callbacks = callbacksView();
      client.callbacks = callbacks;
      supportingFiles.add(
          new SupportingFile(
              "callbacks.mustache", packageFolder(invokerPackage), "Callbacks.java"));
    }
    if (services.stream().flatMap(s -> s.operations.stream()).anyMatch(o -> o.binaryRequest)) {
      supportingFiles.add(
          new SupportingFile(
              "support/RequestBodies.mustache",
              packageFolder(invokerPackage),
              "RequestBodies.java"));
    }
    for (Views.Result resultClass : resultClasses) {
      writeFile(
          "resultClass.mustache",
          resultClass,
          new File(
              outputFolder + File.separator + packageFolder(invokerPackage),
              resultClass.className + ".java"));
    }
    for (Views.Model params : paramsModels) {
      writeFile(
          "paramsModel.mustache",
          params,
          new File(modelFileFolder(), params.className + ".java"));
    }
    return result;
  }

  /**
   * Renders {@code template} with {@code view} into {@code target}: for the files that are one per
   * operation rather than one per schema or tag, which upstream has no loop for. The template is
   * found as upstream finds its own (a user's template directory first), with the same lambdas.
   */
  private void writeFile(String template, Object view, File target) {
    Map<String, Object> data = new HashMap<>(additionalProperties);
    data.put(VIEW, view);
    TemplateManager manager =
        new TemplateManager(
            new TemplateManagerOptions(isEnableMinimalUpdate(), isSkipOverwrite()),
            getTemplatingEngine(),
            new TemplatePathLocator[] {
              new GeneratorTemplateContentLocator(this), new CommonTemplateContentLocator()
            });
    try {
      manager.write(data, template, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + target, e);
    }
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

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
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

  /** No donation banner on standard output: builds and the command line print their own. */
  @Override
  public void postProcess() {}

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    Info info = openAPI.getInfo();
    String title = info == null || info.getTitle() == null ? "" : info.getTitle();
    String version = info == null || info.getVersion() == null ? "" : info.getVersion();
    // Printed in a line comment: one line, and no way to end the comment early.
    additionalProperties.put(
        "generatedFrom", ("\"" + title + "\" " + version).replaceAll("[\\r\\n]+", " ").trim());
    collectCallbacks(openAPI);
  }
}
