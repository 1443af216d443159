package io.github.webrtcsdk.sessions.spec.diff;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the named schemas that callbacks carry, by the role they play for the client: what a
 * callback delivers (its request body and parameters) the client's server reads, as it reads a
 * response; what the callback answers that server writes, as it writes a request.
 *
 * <p>Callbacks are read from operations and from {@code components/callbacks}, references to
 * callbacks, bodies, parameters, responses and headers followed. Only the schemas the payloads
 * name are collected; comparing those schemas walks into the schemas they name in turn.
 */
final class CallbackPayloads {
  private final Components components;
  private final Map<Direction, Set<String>> names = new EnumMap<>(Direction.class);

  private CallbackPayloads(Components components) {
    this.components = components;
  }

  /** Schema names by role, {@link Direction#RESPONSE} for what callbacks deliver. */
  static Map<Direction, Set<String>> of(Components components) {
    CallbackPayloads payloads = new CallbackPayloads(components);
    for (Callback callback : callbacks(components)) {
      Callback resolved = components.callback(callback);
      if (resolved != null) {
        resolved.values().forEach(payloads::collect);
      }
    }
    return payloads.names;
  }

  private static List<Callback> callbacks(Components components) {
    List<Callback> result = new ArrayList<>();
    io.swagger.v3.oas.models.Components declared = components.api().getComponents();
    if (declared != null && declared.getCallbacks() != null) {
      result.addAll(declared.getCallbacks().values());
    }
    if (components.api().getPaths() != null) {
      for (PathItem item : components.api().getPaths().values()) {
        for (Operation operation : item.readOperations()) {
          if (operation.getCallbacks() != null) {
            result.addAll(operation.getCallbacks().values());
          }
        }
      }
    }
    return result;
  }

  private void collect(PathItem item) {
    for (Operation operation : item.readOperations()) {
      List<Parameter> parameters = new ArrayList<>();
      parameters.addAll(item.getParameters() == null ? List.of() : item.getParameters());
      parameters.addAll(operation.getParameters() == null ? List.of() : operation.getParameters());
      for (Parameter declared : parameters) {
        Parameter parameter = components.parameter(declared);
        if (parameter != null) {
          schema(SpecComparator.parameterSchema(parameter), Direction.RESPONSE);
        }
      }
      RequestBody body = components.requestBody(operation.getRequestBody());
      if (body != null) {
        content(body.getContent(), Direction.RESPONSE);
      }
      if (operation.getResponses() != null) {
        for (ApiResponse declared : operation.getResponses().values()) {
          ApiResponse response = components.response(declared);
          if (response != null) {
            response(response);
          }
        }
      }
    }
  }

  private void response(ApiResponse response) {
    content(response.getContent(), Direction.REQUEST);
    if (response.getHeaders() != null) {
      for (Header declared : response.getHeaders().values()) {
        Header header = components.header(declared);
        if (header != null) {
          schema(header.getSchema(), Direction.REQUEST);
        }
      }
    }
  }

  private void content(Content content, Direction dir) {
    if (content != null) {
      for (MediaType mediaType : content.values()) {
        schema(mediaType.getSchema(), dir);
      }
    }
  }

  /** Collects the schema names an inline schema refers to, at any depth short of a name. */
  private void schema(Schema<?> schema, Direction dir) {
    if (schema == null) {
      return;
    }
    String name = Components.refName(schema);
    if (name != null) {
      names.computeIfAbsent(dir, d -> new TreeSet<>()).add(name);
      return;
    }
    schema(schema.getItems(), dir);
    schema(schema.getNot(), dir);
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      schema(additional, dir);
    }
    for (List<Schema> members : List.of(nullToEmpty(schema.getAllOf()),
        nullToEmpty(schema.getOneOf()), nullToEmpty(schema.getAnyOf()))) {
      members.forEach(member -> schema(member, dir));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(property -> schema(property, dir));
    }
  }

  private static List<Schema> nullToEmpty(List<Schema> list) {
    return list == null ? List.of() : list;
  }
}
