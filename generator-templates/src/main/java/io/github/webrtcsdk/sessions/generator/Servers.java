package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.unsupported;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenServerVariable;

/** The URLs of the document's servers and operations' own servers, variables at their defaults. */
final class Servers {
  private Servers() {}

  /**
   * The client's default base URL: the document's first server, else the first server of an
   * operation (a document whose paths each name their server), with variables at their defaults.
   */
  static String defaultBaseUrl(OpenAPI openAPI) {
    List<Server> servers = openAPI.getServers();
    if (servers != null && !servers.isEmpty() && !isPlaceholder(servers.get(0))) {
      return serverUrl(servers.get(0), "servers");
    }
    if (openAPI.getPaths() != null) {
      for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
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

  private static String serverUrl(Server server, String where) {
    Map<String, String> defaults = new LinkedHashMap<>();
    if (server.getVariables() != null) {
      server.getVariables().forEach((name, variable) -> defaults.put(name, variable.getDefault()));
    }
    return absoluteServerUrl(server.getUrl(), defaults, where);
  }

  /** An operation's server URL, as upstream gives it, with variables at their defaults. */
  static String serverUrl(String url, List<CodegenServerVariable> variables, String where) {
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

  /**
   * The token URL of the document's first OAuth 2.0 client-credentials flow, as literal content;
   * null if it has none, and then the client's caller names one.
   */
  static String oauth2TokenUrl(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
      return null;
    }
    return openAPI.getComponents().getSecuritySchemes().values().stream()
        .filter(scheme -> scheme.getFlows() != null)
        .map(scheme -> scheme.getFlows().getClientCredentials())
        .filter(flow -> flow != null && flow.getTokenUrl() != null)
        .map(flow -> Text.javaString(flow.getTokenUrl()))
        .findFirst()
        .orElse(null);
  }
}
