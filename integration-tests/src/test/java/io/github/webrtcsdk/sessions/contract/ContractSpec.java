package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code webrtc-sessions.yaml}, read from the classpath (the root of the spec module's jar) and
 * indexed for the contract tests: operations, documented statuses, examples and schemas.
 *
 * <p>The document is parsed once per JVM without resolving references, so schema names survive;
 * this class follows {@code #/components/...} references itself.
 */
final class ContractSpec {
  static final String RESOURCE = "webrtc-sessions.yaml";
  /** The path of the spec's server URL, {@code https://api.webrtc.bandwidth.com/v1}. */
  static final String BASE_PATH = "/v1";
  static final String JSON = "application/json";

  private static final String SCHEMAS = "#/components/schemas/";
  private static final String RESPONSES = "#/components/responses/";
  private static final String REQUEST_BODIES = "#/components/requestBodies/";
  private static final String EXAMPLES = "#/components/examples/";
  private static final String PARAMETERS = "#/components/parameters/";

  private static final ContractSpec INSTANCE = new ContractSpec(readResource(RESOURCE));

  private final String text;
  private final OpenAPI openApi;
  private final List<SpecOperation> operations;

  ContractSpec(String text) {
    this.text = Objects.requireNonNull(text, "text == null");
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null
        || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalArgumentException("The spec does not parse: " + result.getMessages());
    }
    this.openApi = result.getOpenAPI();
    this.operations = Collections.unmodifiableList(index());
  }

  /** Returns the spec every contract test shares. */
  static ContractSpec get() {
    return INSTANCE;
  }

  String text() {
    return text;
  }

  OpenAPI openApi() {
    return openApi;
  }

  /** Returns every operation, in document order. */
  List<SpecOperation> operations() {
    return operations;
  }

  SpecOperation operation(String operationId) {
    for (SpecOperation operation : operations) {
      if (operation.operationId().equals(operationId)) return operation;
    }
    throw new IllegalArgumentException("No operation " + operationId + " in " + RESOURCE);
  }

  /** Returns the names of the component schemas, in document order. */
  List<String> schemaNames() {
    return new ArrayList<>(openApi.getComponents().getSchemas().keySet());
  }

  /** Returns the component schema {@code name}. */
  Schema<?> schema(String name) {
    Schema<?> schema = openApi.getComponents().getSchemas().get(name);
    if (schema == null) throw new IllegalArgumentException("No schema " + name + " in " + RESOURCE);
    return schema;
  }

  /** Follows {@code schema}'s reference, if it has one, to the component schema. */
  Schema<?> resolve(Schema<?> schema) {
    String ref = schema.get$ref();
    return ref == null ? schema : schema(refName(ref, SCHEMAS));
  }

  /** Returns the properties {@code schema} declares, in document order; none if it is no object. */
  static Map<String, Schema<?>> properties(Schema<?> schema) {
    // Swagger's model types the map with a raw Schema; copied to keep the raw type out.
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    if (schema.getProperties() != null) schema.getProperties().forEach(properties::put);
    return properties;
  }

  /** Returns the component schema {@code schema} refers to, or null if it is inline. */
  static String schemaName(Schema<?> schema) {
    String ref = schema.get$ref();
    return ref == null ? null : refName(ref, SCHEMAS);
  }

  private List<SpecOperation> index() {
    List<SpecOperation> result = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
      PathItem item = path.getValue();
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        Map<String, String> pathExamples = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) parameters.addAll(item.getParameters());
        if (operation.getParameters() != null) parameters.addAll(operation.getParameters());
        for (Parameter parameter : parameters) {
          Parameter resolved = resolve(parameter);
          if (!"path".equals(resolved.getIn())) {
            throw new IllegalStateException(operation.getOperationId() + " has a "
                + resolved.getIn() + " parameter; the contract tests only know path parameters");
          }
          if (resolved.getExample() == null) {
            throw new IllegalStateException("Path parameter " + resolved.getName() + " of "
                + operation.getOperationId() + " has no example to call it with");
          }
          pathExamples.put(resolved.getName(), resolved.getExample().toString());
        }
        List<SpecResponse> responses = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
          responses.add(response(Integer.parseInt(response.getKey()), response.getValue()));
        }
        result.add(new SpecOperation(operation.getOperationId(), entry.getKey().name(),
            path.getKey(), pathExamples, requestBody(operation.getRequestBody()), responses));
      }
    }
    return result;
  }

  private Parameter resolve(Parameter parameter) {
    String ref = parameter.get$ref();
    return ref == null
        ? parameter
        : openApi.getComponents().getParameters().get(refName(ref, PARAMETERS));
  }

  private SpecRequestBody requestBody(RequestBody body) {
    if (body == null) return null;
    if (body.get$ref() != null) {
      body = openApi.getComponents().getRequestBodies()
          .get(refName(body.get$ref(), REQUEST_BODIES));
    }
    MediaType media = jsonContent(body.getContent() == null ? null : body.getContent());
    return new SpecRequestBody(Boolean.TRUE.equals(body.getRequired()), media.getSchema(),
        examples(media));
  }

  private SpecResponse response(int status, ApiResponse response) {
    if (response.get$ref() != null) {
      response = openApi.getComponents().getResponses().get(refName(response.get$ref(), RESPONSES));
    }
    Map<String, String> headerExamples = new LinkedHashMap<>();
    if (response.getHeaders() != null) {
      for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
        Object example = header.getValue().getExample();
        if (example == null) {
          throw new IllegalStateException("Header " + header.getKey() + " of status " + status
              + " has no example to send");
        }
        headerExamples.put(header.getKey(), example.toString());
      }
    }
    if (response.getContent() == null || response.getContent().isEmpty()) {
      return new SpecResponse(status, null, List.of(), headerExamples);
    }
    MediaType media = jsonContent(response.getContent());
    return new SpecResponse(status, media.getSchema(), examples(media), headerExamples);
  }

  private static MediaType jsonContent(Map<String, MediaType> content) {
    if (content == null || content.size() != 1 || !content.containsKey(JSON)) {
      throw new IllegalStateException("Expected only " + JSON + " content, was "
          + (content == null ? null : content.keySet()));
    }
    return content.get(JSON);
  }

  /**
   * Returns the examples of a body: the media type's named {@code examples}, else its {@code
   * example}, else the example of its schema (for an array, a one-element array of its items'
   * example), else none.
   */
  private List<NamedExample> examples(MediaType media) {
    List<NamedExample> result = new ArrayList<>();
    if (media.getExamples() != null && !media.getExamples().isEmpty()) {
      for (Map.Entry<String, Example> entry : media.getExamples().entrySet()) {
        Example example = entry.getValue();
        if (example.get$ref() != null) {
          example = openApi.getComponents().getExamples().get(refName(example.get$ref(), EXAMPLES));
        }
        result.add(new NamedExample(entry.getKey(), Trees.of(example.getValue())));
      }
    } else if (media.getExample() != null) {
      result.add(new NamedExample("example", Trees.of(media.getExample())));
    } else if (media.getSchema() != null) {
      JsonNode fromSchema = schemaExample(media.getSchema());
      if (fromSchema != null) result.add(new NamedExample("schema example", fromSchema));
    }
    return Collections.unmodifiableList(result);
  }

  private JsonNode schemaExample(Schema<?> schema) {
    Schema<?> resolved = resolve(schema);
    if (resolved.getExample() != null) return Trees.of(resolved.getExample());
    if ("array".equals(resolved.getType()) && resolved.getItems() != null) {
      JsonNode item = schemaExample(resolved.getItems());
      return item == null ? null : Trees.MAPPER.createArrayNode().add(item);
    }
    return null;
  }

  private static String refName(String ref, String prefix) {
    if (!ref.startsWith(prefix)) {
      throw new IllegalStateException("Expected a reference to " + prefix + "..., was " + ref);
    }
    return ref.substring(prefix.length());
  }

  private static String readResource(String name) {
    try (InputStream in = ContractSpec.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test classpath; it comes with "
            + "io.github.webrtcsdk:webrtc-sessions-spec");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  /** One operation of the spec. */
  record SpecOperation(
      String operationId,
      String method,
      String pathTemplate,
      Map<String, String> pathParameterExamples,
      SpecRequestBody requestBody,
      List<SpecResponse> responses) {

    /** Returns the request path, each parameter set to its example, below {@link #BASE_PATH}. */
    String examplePath() {
      String path = pathTemplate;
      for (Map.Entry<String, String> parameter : pathParameterExamples.entrySet()) {
        path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
      }
      return BASE_PATH + path;
    }

    SpecResponse response(int status) {
      for (SpecResponse response : responses) {
        if (response.status() == status) return response;
      }
      throw new IllegalArgumentException(operationId + " documents no status " + status);
    }

    /** Returns the lowest documented 2xx status. */
    SpecResponse success() {
      for (SpecResponse response : responses) {
        if (response.status() >= 200 && response.status() < 300) return response;
      }
      throw new IllegalStateException(operationId + " documents no 2xx status");
    }

    @Override
    public String toString() {
      return operationId;
    }
  }

  /** The JSON request body of an operation. {@code schema} may be a reference. */
  record SpecRequestBody(boolean required, Schema<?> schema, List<NamedExample> examples) {}

  /** One documented status of an operation; {@code schema} is null when it has no body. */
  record SpecResponse(
      int status, Schema<?> schema, List<NamedExample> examples, Map<String, String> headers) {
    boolean hasBody() {
      return schema != null;
    }
  }

  /** A JSON example and the name the spec gives it. */
  record NamedExample(String name, JsonNode value) {}
}
