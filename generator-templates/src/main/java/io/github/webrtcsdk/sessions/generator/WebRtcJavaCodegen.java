package io.github.webrtcsdk.sessions.generator;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Mustache;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.TemplateManager;
import org.openapitools.codegen.api.TemplatePathLocator;
import org.openapitools.codegen.api.TemplatingEngineAdapter;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.templating.CommonTemplateContentLocator;
import org.openapitools.codegen.templating.GeneratorTemplateContentLocator;
import org.openapitools.codegen.templating.TemplateManagerOptions;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * OpenAPI Generator codegen {@value #NAME}: a Retrofit and Moshi client for Java 8 and later.
 *
 * <p>The emitted client has open enums, immutable models with builders and one streaming Moshi
 * adapter each (no reflection), unions for {@code oneOf} and {@code anyOf}, a Retrofit interface
 * per tag, and a facade with blocking, async and raw-response methods per operation, which takes
 * path, query and header parameters and JSON, text or binary bodies, and builds each request with
 * the Retrofit interface.
 *
 * <p>This class only answers OpenAPI Generator's hooks. It reads the options ({@link
 * CodegenOptions}), makes one {@link Context} per generation when the document arrives, and hands
 * each phase to the class of that concern: {@link Models} for schemas, {@link
 * Services}, {@link Operations} and {@link Responses} for tags, {@link
 * Callbacks} for the requests the API sends. Their decisions reach the templates as view objects
 * ({@link Views}) under the key {@code webrtc}; the templates print. What the client cannot
 * express stops the generation with a message that names the place in the spec.
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

  private CodegenOptions options;
  private Context context;
  private Types types;
  private Models models;
  private Services services;
  private Callbacks callbacks;

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
    options = CodegenOptions.defaults(invokerPackage, apiPackage, modelPackage, sourceFolder);
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
    options =
        CodegenOptions.read(
            additionalProperties, invokerPackage, apiPackage, modelPackage, sourceFolder);
    supportingFiles.addAll(options.supportingFiles(additionalProperties));
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
    context = new Context(options, openAPI, this);
    types = new Types(context);
    models = new Models(context, types);
    Responses responses = new Responses(context, types);
    services = new Services(context, new Operations(context, types, models, responses));
    callbacks = new Callbacks(context, types);
    callbacks.collect();
  }

  @Override
  public TemplatingEngineAdapter getTemplatingEngine() {
    return new RuntimeImports.Engine(super.getTemplatingEngine());
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

  // Names

  @Override
  public String toApiName(String name) {
    return camelize(sanitizeName(name.isEmpty() ? "default" : name)) + "Api";
  }

  /** The facade of a tag lives in the root package, beside the client. */
  @Override
  public String apiFilename(String templateName, String tag) {
    if ("service.mustache".equals(templateName)) {
      return outputFolder
          + File.separator
          + options.packageFolder(invokerPackage)
          + File.separator
          + Names.serviceName(toApiName(tag))
          + ".java";
    }
    return super.apiFilename(templateName, tag);
  }

  @Override
  public String toApiDocFilename(String name) {
    return Names.serviceName(toApiName(name));
  }

  /** Upstream's model names, but never a name that generated code uses for another type. */
  @Override
  public String toModelName(String name) {
    return Names.modelName(super.toModelName(name), options.clientClassName);
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
    return Names.varName(super.toVarName(name), name);
  }

  /** Keeps a schema's default as written, for {@link Models}. */
  @Override
  public String toDefaultValue(CodegenProperty cp, Schema schema) {
    Schema<?> resolved = ModelUtils.getReferencedSchema(openAPI, schema);
    if (resolved != null && resolved.getDefault() != null) {
      cp.vendorExtensions.put(Models.RAW_DEFAULT, resolved.getDefault());
    }
    return super.toDefaultValue(cp, schema);
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

  // Phases

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> result = super.postProcessAllModels(objs);
    // Schemas that are a string, number, array or map are not classes: their uses are inlined.
    result
        .values()
        .removeIf(m -> m.getModels().stream().anyMatch(model -> Types.isAlias(model.getModel())));
    for (ModelsMap modelsMap : result.values()) {
      for (ModelMap modelMap : modelsMap.getModels()) {
        CodegenModel model = modelMap.getModel();
        context.modelsByName.put(model.classname, model);
      }
    }
    for (ModelsMap modelsMap : result.values()) {
      for (ModelMap modelMap : modelsMap.getModels()) {
        CodegenModel model = modelMap.getModel();
        Views.Model view =
            model.isEnum
                ? models.enumView(model)
                : !model.oneOf.isEmpty() || !model.anyOf.isEmpty()
                    ? models.unionView(model)
                    : models.objectView(model);
        context.modelViews.put(model.classname, view);
        modelsMap.put(VIEW, view);
      }
    }
    return result;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(
      OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    result.put(VIEW, services.serviceView(result.getOperations()));
    return result;
  }

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> bundle) {
    Map<String, Object> result = super.postProcessSupportingFileData(bundle);
    Views.Client client = services.clientView(callbacks);
    result.put(VIEW, client);
    if (client.callbacks != null) {
      supportingFiles.add(options.callbacksFile());
    }
    for (Views.Result resultClass : context.resultClasses) {
      writeFile(
          "resultClass.mustache",
          resultClass,
          new File(
              outputFolder + File.separator + options.packageFolder(invokerPackage),
              resultClass.className + ".java"));
    }
    for (Views.ObjectModel params : context.paramsModels) {
      writeFile(
          "paramsModel.mustache", params, new File(modelFileFolder(), params.className + ".java"));
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

  /** No donation banner on standard output: builds and the command line print their own. */
  @Override
  public void postProcess() {}
}
