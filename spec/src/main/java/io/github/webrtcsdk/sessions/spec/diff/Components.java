package io.github.webrtcsdk.sessions.spec.diff;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Looks up the components of one parsed spec and follows local {@code $ref}s into them.
 *
 * <p>Swagger Parser with {@code resolve} on brings external references into the components but
 * leaves local ones in place, and it inlines some (parameters, request bodies) but not others
 * (responses). Every lookup here therefore tolerates both forms. Chains of references are
 * followed; a reference to a missing component yields null, which the parser has already reported.
 */
final class Components {
  private static final int MAX_REF_DEPTH = 32;

  private final OpenAPI api;

  Components(OpenAPI api) {
    this.api = Objects.requireNonNull(api, "api == null");
  }

  OpenAPI api() {
    return api;
  }

  /** Named schemas, sorted by name. */
  Map<String, Schema> schemas() {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return Map.of();
    }
    return new TreeMap<>(api.getComponents().getSchemas());
  }

  Schema schema(String name) {
    return schemas().get(name);
  }

  /** The component name a schema reference points to, or null for an inline schema. */
  static String refName(Schema<?> schema) {
    return schema == null ? null : refName(schema.get$ref());
  }

  static String refName(String ref) {
    if (ref == null) {
      return null;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    return name.replace("~1", "/").replace("~0", "~");
  }

  Parameter parameter(Parameter parameter) {
    return follow(parameter, Parameter::get$ref, name -> get(name, "parameters"));
  }

  RequestBody requestBody(RequestBody body) {
    return follow(body, RequestBody::get$ref, name -> get(name, "requestBodies"));
  }

  ApiResponse response(ApiResponse response) {
    return follow(response, ApiResponse::get$ref, name -> get(name, "responses"));
  }

  Header header(Header header) {
    return follow(header, Header::get$ref, name -> get(name, "headers"));
  }

  Example example(Example example) {
    return follow(example, Example::get$ref, name -> get(name, "examples"));
  }

  Callback callback(Callback callback) {
    return follow(callback, Callback::get$ref, name -> get(name, "callbacks"));
  }

  @SuppressWarnings("unchecked")
  private <T> T get(String name, String kind) {
    io.swagger.v3.oas.models.Components components = api.getComponents();
    if (components == null) {
      return null;
    }
    Map<String, ?> map;
    switch (kind) {
      case "parameters" -> map = components.getParameters();
      case "requestBodies" -> map = components.getRequestBodies();
      case "responses" -> map = components.getResponses();
      case "headers" -> map = components.getHeaders();
      case "examples" -> map = components.getExamples();
      case "callbacks" -> map = components.getCallbacks();
      default -> throw new IllegalArgumentException("kind: " + kind);
    }
    return map == null ? null : (T) map.get(name);
  }

  private static <T> T follow(T value, Function<T, String> ref, Function<String, T> lookup) {
    T current = value;
    for (int i = 0; current != null && ref.apply(current) != null; i++) {
      if (i == MAX_REF_DEPTH) {
        return null;
      }
      current = lookup.apply(refName(ref.apply(current)));
    }
    return current;
  }
}
