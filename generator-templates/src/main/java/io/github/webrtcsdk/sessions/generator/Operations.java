package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.describe;
import static io.github.webrtcsdk.sessions.generator.Text.javaString;
import static io.github.webrtcsdk.sessions.generator.Text.markdown;
import static io.github.webrtcsdk.sessions.generator.Text.oneLine;
import static io.github.webrtcsdk.sessions.generator.Text.orElse;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;
import static org.openapitools.codegen.utils.StringUtils.camelize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/** The view of one operation's request: its path and query and header parameters, and its body. */
final class Operations {
  /** Header parameters that OpenAPI says to ignore: the request's own headers describe them. */
  private static final Set<String> IGNORED_HEADERS =
      new HashSet<>(Arrays.asList("accept", "content-type", "authorization"));

  private final Context context;
  private final Types types;
  private final Models models;
  private final Responses responses;

  Operations(Context context, Types types, Models models, Responses responses) {
    this.context = context;
    this.types = types;
    this.models = models;
    this.responses = responses;
  }

  Views.Operation operationView(CodegenOperation op, TagImports imports) {
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
    view.deprecationText = Text.deprecationText(op.notes, "operation");
    if (op.servers != null && !op.servers.isEmpty()) {
      String server =
          Servers.serverUrl(op.servers.get(0).url, op.servers.get(0).variables, where);
      context.operationServers.put(op.operationId, server);
      if (!server.equals(Servers.defaultBaseUrl(context.openAPI))) {
        view.serverUrl = javaString(server);
      }
    }

    addPathParams(op, view, imports);
    Views.Param params = paramsArgument(op, view, imports);
    if (op.bodyParam != null) {
      Views.Param body = bodyParam(op, view, imports);
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
    responses.addResponses(op, view, imports);
    return view;
  }

  /** Path parameters in path order: strings are checked as path segments, others for null. */
  private void addPathParams(CodegenOperation op, Views.Operation view, TagImports imports) {
    String where = op.operationId;
    String modelPackage = context.options.modelPackage;
    List<CodegenParameter> pathParams = new ArrayList<>(op.pathParams);
    pathParams.sort(Comparator.comparingInt(p -> op.path.indexOf("{" + p.baseName + "}")));
    for (CodegenParameter p : pathParams) {
      if (op.path.indexOf("{" + p.baseName + "}") < 0) {
        throw unsupported(where, "path parameter " + p.baseName + " is not in the path");
      }
      JavaType type = types.resolveParameter(p, where + " path parameter " + p.baseName);
      view.usesDeprecatedModels |= types.isDeprecated(type);
      if (!type.isParameterScalar()) {
        throw unsupported(
            where, "path parameter " + p.baseName + " of type " + type.describe());
      }
      Views.Param param = new Views.Param();
      param.name = p.paramName;
      param.baseName = p.baseName;
      param.type = type.declaration();
      param.bound =
          context.options.boundParameters.contains(p.baseName)
              && type.kind == JavaType.Kind.STRING;
      param.annotation = "@Path(\"" + javaString(p.baseName) + "\")";
      param.retrofitType = type.isPlainParameter() ? param.type : "String";
      if (param.bound) {
        param.argument = "this." + param.name;
      } else if (type.isPlainParameter()) {
        param.argument = param.name;
      } else {
        param.argument = "ParameterValues.format(" + param.name + ")";
      }
      if (type.kind == JavaType.Kind.STRING) {
        param.check = "PathSegments.check(" + param.name + ", \"" + param.name + "\");";
      } else {
        param.check = nullCheck(param.name);
        imports.service.add("java.util.Objects");
      }
      param.description =
          orElse(describe(oneLine(p.description)), "the {@code " + p.baseName + "}");
      param.markdownDescription = markdown(p.description);
      type.collectImports(imports.service, modelPackage);
      type.collectImports(imports.api, modelPackage);
      imports.api.add("retrofit2.http.Path");
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
      CodegenOperation op, Views.Operation view, TagImports imports) {
    String where = op.operationId;
    String modelPackage = context.options.modelPackage;
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
    if (context.modelsByName.containsKey(className)) {
      throw unsupported(where, "its parameters class " + className + " is also a schema name");
    }
    Views.ObjectModel model =
        new Views.ObjectModel(
            className,
            "The query and header parameters of {@link "
                + context.options.invokerPackage
                + "."
                + context.options.clientClassName
                + "} operation {@code "
                + op.operationId
                + "}.",
            false,
            op.operationId);
    Set<String> members = new HashSet<>(Names.RESERVED_MEMBERS);
    Set<String> modelImports = new TreeSet<>();
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
      JavaType type = types.resolve(schema, paramWhere);
      view.usesDeprecatedModels |= types.isDeprecated(type);
      boolean array = type.kind == JavaType.Kind.LIST || type.kind == JavaType.Kind.SET;
      if (!(type.isParameterScalar() || (array && type.element.isParameterScalar()))) {
        throw unsupported(where, "parameter " + p.baseName + " of type " + type.describe());
      }
      Views.Property property =
          models.propertyView(schema, type, paramWhere, className, members, model);
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
      type.collectImports(modelImports, null);

      Views.Param param = new Views.Param();
      param.name = p.paramName;
      param.baseName = p.baseName;
      param.description =
          orElse(describe(oneLine(p.description)), "the {@code " + p.baseName + "} parameter");
      param.markdownDescription = markdown(p.description);
      String annotation = p.isHeaderParam ? "Header" : "Query";
      param.annotation = "@" + annotation + "(\"" + javaString(p.baseName) + "\")";
      imports.api.add("retrofit2.http." + annotation);
      String accessor = "params." + property.name + "()";
      boolean explode = p.isHeaderParam ? false : p.isExplode;
      if (!array) {
        param.nullable = !property.required;
        if (type.isPlainParameter()) {
          param.retrofitType = type.declaration();
          param.argument = accessor;
          type.collectImports(imports.api, modelPackage);
        } else {
          param.retrofitType = "String";
          param.argument = "ParameterValues.format(" + accessor + ")";
        }
      } else if (explode) {
        String container = type.kind == JavaType.Kind.SET ? "Set" : "List";
        if (type.element.isPlainParameter()) {
          param.retrofitType = container + "<" + type.element.declaration() + ">";
          param.argument = accessor;
          type.collectImports(imports.api, modelPackage);
        } else {
          param.retrofitType = "List<String>";
          param.argument = "ParameterValues.formatEach(" + accessor + ")";
          imports.api.add("java.util.List");
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
      }
      view.queryParams.add(param);
    }
    model.properties.get(model.properties.size() - 1).last = true;
    model.hasRequired = !model.requiredProperties.isEmpty();
    models.finishModelView(model, modelImports);
    model.imports.addAll(modelImports);
    context.paramsModels.add(model);

    Views.Param param = new Views.Param();
    param.name = "params";
    param.baseName = "params";
    param.type = className;
    param.params = true;
    param.check = nullCheck("params");
    param.description = "the query and header parameters";
    param.markdownDescription = "Query and header parameters; see `" + className + "`.";
    imports.service.add(modelPackage + "." + className);
    imports.service.add("java.util.Objects");
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
  private Views.Param bodyParam(CodegenOperation op, Views.Operation view, TagImports imports) {
    String where = op.operationId;
    String modelPackage = context.options.modelPackage;
    CodegenParameter b = op.bodyParam;
    String mediaType =
        Text.preferredMediaType(
            op.consumes == null
                ? null
                : op.consumes.stream().map(m -> m.get("mediaType")).collect(Collectors.toList()));
    Views.Param body = new Views.Param();
    body.body = true;
    body.annotation = "@Body";
    body.markdownDescription = markdown(b.description);
    imports.api.add("retrofit2.http.Body");
    imports.service.add("java.util.Objects");
    if (b.isBinary || b.isFile) {
      body.name = "body";
      body.type = "RequestBody";
      body.retrofitType = "RequestBody";
      body.argument = "body";
      body.description =
          orElse(
              describe(oneLine(b.description)),
              "the " + (mediaType == null ? "binary" : "{@code " + mediaType + "}") + " content")
              + ", streamed; its media type is the request's Content-Type";
      imports.service.add("okhttp3.RequestBody");
      imports.api.add("okhttp3.RequestBody");
      view.binaryRequest = true;
      view.requestMediaType = mediaType;
    } else if (mediaType == null || Text.isJson(mediaType)) {
      JavaType type = types.resolveParameter(b, where + " request body");
      view.usesDeprecatedModels |= types.isDeprecated(type);
      body.type = type.declaration();
      body.retrofitType = body.type;
      body.name = type.kind == JavaType.Kind.MODEL ? Names.lowerFirst(type.className) : "body";
      body.argument = body.name;
      body.description =
          orElse(describe(oneLine(b.description)), "the {@code " + body.type + "} to send");
      type.collectImports(imports.service, modelPackage);
      type.collectImports(imports.api, modelPackage);
    } else if (Text.isText(mediaType) && b.isString) {
      body.name = "body";
      body.type = "String";
      body.retrofitType = "RequestBody";
      body.argument =
          "RequestBody.create(body, MediaType.get(\"" + javaString(mediaType) + "\"))";
      body.description =
          orElse(describe(oneLine(b.description)), "the {@code " + mediaType + "} text to send");
      imports.service.add("okhttp3.MediaType");
      imports.service.add("okhttp3.RequestBody");
      imports.api.add("okhttp3.RequestBody");
      view.requestMediaType = mediaType;
    } else {
      throw unsupported(where, "request body of content type " + mediaType);
    }
    body.baseName = body.name;
    body.check = nullCheck(body.name);
    return body;
  }

  /** Marks the last of {@code params}, for the commas between them. */
  static void markLast(List<Views.Param> params) {
    for (int i = 0; i < params.size(); i++) {
      params.get(i).last = i == params.size() - 1;
    }
  }
}
