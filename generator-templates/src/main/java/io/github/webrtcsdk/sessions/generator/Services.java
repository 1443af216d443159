package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.describe;
import static io.github.webrtcsdk.sessions.generator.Text.javaString;
import static io.github.webrtcsdk.sessions.generator.Text.markdown;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.model.OperationMap;

/** The views of each tag's service and Retrofit interface, and of the client that holds them. */
final class Services {
  private final Context context;
  private final Operations operations;

  Services(Context context, Operations operations) {
    this.context = context;
    this.operations = operations;
  }

  /** The view of a tag: its operations, and the adapters and servers they share. */
  Views.Service serviceView(OperationMap operationMap) {
    String apiClassName = operationMap.getClassname();
    String tagName = Names.tagName(apiClassName);
    String modelPackage = context.options.modelPackage;
    String factory = modelPackage + "." + CodegenOptions.MODEL_ADAPTER_FACTORY;
    Views.Service service =
        new Views.Service(
            Names.serviceName(apiClassName),
            apiClassName,
            tagName,
            Names.accessorName(tagName),
            describe(tagDescription(apiClassName)));
    service.markdownDescription = markdown(tagDescription(apiClassName));

    // By expression: one field per distinct adapter.
    Map<String, Views.Adapter> adapters = new LinkedHashMap<>();
    Map<String, Views.Server> servers = new LinkedHashMap<>();
    TagImports imports = new TagImports();
    for (CodegenOperation op : operationMap.getOperation()) {
      Views.Operation view = operations.operationView(op, imports);
      service.operations.add(view);
      service.suppressDeprecation |= view.usesDeprecatedModels;
      if (view.serverUrl != null) {
        view.server = servers.computeIfAbsent(view.serverUrl, Views.Server::new);
        imports.service.add("okhttp3.HttpUrl");
      }
      if (view.result != null) {
        List<String> fields = new ArrayList<>();
        for (JavaType t : view.resultAdapterTypes) {
          fields.add(adapter(adapters, t).reference);
          t.collectImports(imports.service, modelPackage);
        }
        view.decoder = view.result.className + ".decoder(" + String.join(", ", fields) + ")";
      } else if (view.responseBinary) {
        view.decoder = "CallExecutor.stream()";
      } else if (view.responseType != null && !view.responseText) {
        Views.Adapter adapter = adapter(adapters, view.responseType);
        view.adapterField = adapter.field;
        view.decoder =
            view.emptyValue != null
                ? "CallExecutor.jsonOr204(" + adapter.reference + ", " + view.emptyValue + ")"
                : "CallExecutor.json(" + adapter.reference + ")";
        if (view.emptyValue != null && view.responseType.isContainer()) {
          imports.service.add("java.util.Collections");
        }
      } else if (view.responseText) {
        // Text as received: no JSON, no charset guessing beyond OkHttp's (UTF-8 by default).
        view.decoder = "CallExecutor.text()";
      } else {
        view.decoder = "CallExecutor.discardBody()";
      }
      imports.api.add("retrofit2.http." + view.httpMethod);
    }
    if (service.operations.isEmpty()) {
      throw unsupported(apiClassName, "a tag without operations");
    }
    service.operations.get(service.operations.size() - 1).last = true;
    service.adapters.addAll(adapters.values());
    service.servers.addAll(servers.values());
    for (int i = 0; i < service.servers.size(); i++) {
      Views.Server server = service.servers.get(i);
      String suffix = service.servers.size() == 1 ? "" : String.valueOf(i + 1);
      server.field = suffix.isEmpty() ? "SERVER" : "SERVER_" + suffix;
      server.apiField = "server" + suffix + "Api";
    }
    for (Views.Operation view : service.operations) {
      view.api = view.server == null ? "api" : view.server.apiField;
      service.usesBaseUrl |= view.server == null;
    }
    if (!adapters.isEmpty()) {
      imports.service.add("com.squareup.moshi.JsonAdapter");
    }
    if (adapters.values().stream()
        .anyMatch(a -> a.expression.contains(CodegenOptions.MODEL_ADAPTER_FACTORY))) {
      imports.service.add(factory);
    }
    imports.service.add("java.util.concurrent.CompletableFuture");
    imports.service.add("okhttp3.Request");
    imports.service.add(context.options.apiPackage + "." + apiClassName);
    imports.api.add("retrofit2.Call");
    imports.api.add("retrofit2.http.Headers");
    service.imports.addAll(imports.service);
    service.apiImports.addAll(imports.api);
    service.boundParams.addAll(boundParamViews());
    context.services.add(service);
    return service;
  }

  /** The service's adapter of {@code type}'s responses, added if new. */
  private static Views.Adapter adapter(Map<String, Views.Adapter> adapters, JavaType type) {
    return adapter(adapters, type.adapterExpression(), type.adapterFieldName(), type.declaration());
  }

  /**
   * The service's adapter made by {@code expression}, added if new. One that is looked up (a
   * model's, from the factory) is resolved on first use: a method of the field's name returns it. A constant one, such as {@code JsonAdapters.STRING}, is a
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
      boolean lazy = expression.contains(CodegenOptions.MODEL_ADAPTER_FACTORY + ".");
      adapter = new Views.Adapter(field, type, expression, lazy);
      adapters.put(expression, adapter);
    }
    return adapter;
  }

  /** The description of the tag whose Retrofit interface is {@code apiClassName}; empty for none. */
  private String tagDescription(String apiClassName) {
    if (context.openAPI != null && context.openAPI.getTags() != null) {
      for (Tag t : context.openAPI.getTags()) {
        if (t.getName() != null && context.codegen.toApiName(t.getName()).equals(apiClassName)) {
          return t.getDescription() == null ? "" : t.getDescription();
        }
      }
    }
    return "";
  }

  /** The path parameters the client binds once, as its constructor takes them. */
  private List<Views.Param> boundParamViews() {
    List<Views.Param> params = new ArrayList<>();
    for (String name : context.options.boundParameters) {
      Views.Param param = new Views.Param();
      param.name = context.codegen.toParamName(name);
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

  /** The view of the client: its services, models, servers and callbacks parser. */
  Views.Client clientView(Callbacks callbacks) {
    Views.Client client = new Views.Client();
    client.className = context.options.clientClassName;
    context.services.sort(Comparator.comparing(s -> s.className));
    client.services.addAll(context.services);
    if (!client.services.isEmpty()) {
      client.services.get(client.services.size() - 1).last = true;
    }
    client.boundParams.addAll(boundParamViews());
    client.defaultBaseUrl = Servers.defaultBaseUrl(context.openAPI);
    client.oauth2TokenUrl = Servers.oauth2TokenUrl(context.openAPI);
    client.userAgentProduct = javaString(context.codegen.getArtifactId());
    // Without the build's version (as in generator tests) the User-Agent says so.
    client.userAgentVersion =
        javaString(
            context.codegen.additionalProperties()
                .getOrDefault(WebRtcJavaCodegen.CLIENT_VERSION, "unspecified")
                .toString()
                .trim());
    context.operationServers.values().stream()
        .filter(s -> !s.equals(client.defaultBaseUrl))
        .distinct()
        .forEach(s -> client.operationServerUrls.add(javaString(s)));
    client.hasOperationServers = !client.operationServerUrls.isEmpty();
    client.title =
        context.openAPI.getInfo() == null ? "" : markdown(context.openAPI.getInfo().getTitle());
    client.version =
        context.openAPI.getInfo() == null ? "" : context.openAPI.getInfo().getVersion();
    Map<String, Views.Model> sorted = new TreeMap<>(context.modelViews);
    client.hasDeprecatedModels = sorted.values().stream().anyMatch(m -> m.deprecated);
    client.models.addAll(sorted.values());
    if (!client.models.isEmpty()) {
      client.models.get(client.models.size() - 1).last = true;
    }
    if (!context.callbackRequests.isEmpty()) {
      client.callbacks = callbacks.callbacksView();
    }
    return client;
  }
}
