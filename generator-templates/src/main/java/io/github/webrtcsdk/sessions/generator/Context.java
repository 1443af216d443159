package io.github.webrtcsdk.sessions.generator;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.CodegenModel;

/**
 * What the generator's phases share: the options and document, read first, and what each phase
 * decides for the phases after it; one per generation.
 */
final class Context {
  final CodegenOptions options;
  final OpenAPI openAPI;

  /** Upstream's naming, which OpenAPI Generator's options configure. */
  final WebRtcJavaCodegen codegen;

  /** The schemas that are classes, by class name: from the models phase on. */
  final Map<String, CodegenModel> modelsByName = new HashMap<>();

  /** Their views, by class name: from the models phase on. */
  final Map<String, Views.Model> modelViews = new HashMap<>();

  /** One per tag, from the operations phase on. */
  final List<Views.Service> services = new ArrayList<>();

  /** The classes of query and header parameters, one per operation that has some. */
  final List<Views.ObjectModel> paramsModels = new ArrayList<>();

  /** The result classes of operations whose 2xx responses have different bodies. */
  final List<Views.Result> resultClasses = new ArrayList<>();

  /** The server of each operation that has its own, by operationId. */
  final Map<String, String> operationServers = new LinkedHashMap<>();

  /** The callback requests the API sends, by name, method and expression: read first. */
  final Map<String, Callbacks.Request> callbackRequests = new TreeMap<>();

  Context(CodegenOptions options, OpenAPI openAPI, WebRtcJavaCodegen codegen) {
    this.options = options;
    this.openAPI = openAPI;
    this.codegen = codegen;
  }
}
