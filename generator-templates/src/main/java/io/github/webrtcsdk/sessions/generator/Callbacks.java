package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.describe;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;
import static org.openapitools.codegen.utils.StringUtils.camelize;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.utils.ModelUtils;

/** The callback requests the API sends to the caller's server, and the view of their parser. */
final class Callbacks {
  private final Context context;
  private final Types types;

  Callbacks(Context context, Types types) {
    this.context = context;
    this.types = types;
  }

  /** A callback request the API sends: its name, where it is declared and its body's schema. */
  static final class Request {
    final String name;
    final String method;
    final String expression;
    final String description;
    final Schema<?> schema;
    final List<String> operations = new ArrayList<>();

    Request(String name, String method, String expression, String description, Schema<?> schema) {
      this.name = name;
      this.method = method;
      this.expression = expression;
      this.description = description;
      this.schema = schema;
    }
  }

  /**
   * Finds every callback, in components and in operations, and gives the inline schemas of their
   * bodies a name in components, so that each payload is a model like any other.
   */
  void collect() {
    OpenAPI openAPI = context.openAPI;
    if (openAPI.getComponents() != null && openAPI.getComponents().getCallbacks() != null) {
      openAPI
          .getComponents()
          .getCallbacks()
          .forEach((name, callback) -> addCallback(name, callback, null));
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
                    for (Request request : context.callbackRequests.values()) {
                      if (request.name.equals(ref)) {
                        request.operations.add(operation.getOperationId());
                      }
                    }
                  } else {
                    addCallback(name, callback, operation.getOperationId());
                  }
                });
      }
    }
  }

  private void addCallback(String name, Callback callback, String operationId) {
    OpenAPI openAPI = context.openAPI;
    callback.forEach(
        (expression, path) -> {
          for (Map.Entry<PathItem.HttpMethod, Operation> e : path.readOperationsMap().entrySet()) {
            RequestBody body =
                ModelUtils.getReferencedRequestBody(openAPI, e.getValue().getRequestBody());
            if (body == null || body.getContent() == null) {
              continue;
            }
            Schema<?> schema = null;
            for (Map.Entry<String, MediaType> content : body.getContent().entrySet()) {
              if (Text.isJson(content.getKey()) && content.getValue().getSchema() != null) {
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
              String schemaName = camelize(context.codegen.sanitizeName(name)) + "Payload";
              if (openAPI.getComponents().getSchemas().containsKey(schemaName)) {
                throw unsupported(
                    "callback " + name, "its payload name " + schemaName + " is taken");
              }
              openAPI.getComponents().addSchemas(schemaName, schema);
              schema = new Schema<>().$ref("#/components/schemas/" + schemaName);
            }
            String description =
                body.getDescription() != null ? body.getDescription() : e.getValue().getSummary();
            Request request =
                new Request(name, e.getKey().name(), expression, description, schema);
            if (operationId != null) {
              request.operations.add(operationId);
            }
            context.callbackRequests.put(key, request);
          }
        });
  }

  /** The view of the callbacks parser: one method per callback and payload type. */
  Views.Callbacks callbacksView() {
    Views.Callbacks view = new Views.Callbacks();
    Set<String> imports = new TreeSet<>();
    Map<JavaType, Views.Adapter> adapters = new LinkedHashMap<>();
    Map<String, Views.Callback> byMethod = new LinkedHashMap<>();
    for (Request request : context.callbackRequests.values()) {
      String where = "callback " + request.name;
      JavaType type =
          types.resolve(context.codegen.fromProperty("body", request.schema, true), where);
      String method = "parse" + camelize(context.codegen.sanitizeName(request.name));
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
                      Names.constantName(t.adapterFieldName().replaceAll("Adapter$", "")),
                      t.declaration(),
                      t.adapterExpression()));
      callback.adapterField = adapter.field;
      type.collectImports(imports, context.options.modelPackage);
      view.suppressDeprecation |= types.isDeprecated(type);
      byMethod.put(method, callback);
    }
    view.callbacks.addAll(byMethod.values());
    view.adapters.addAll(adapters.values());
    imports.add("com.squareup.moshi.JsonAdapter");
    imports.add("com.squareup.moshi.JsonDataException");
    imports.add("java.io.IOException");
    imports.add("java.util.Objects");
    imports.add(context.options.modelPackage + "." + CodegenOptions.MODEL_ADAPTER_FACTORY);
    view.imports.addAll(imports);
    return view;
  }
}
