package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code openapi-parse}: the spec is OpenAPI 3.0.x and Swagger Parser, which OpenAPI
 * Generator reads it with, reports no error or warning.
 *
 * <p>Swagger Parser's messages carry a dotted path, not a line ({@code attribute
 * paths.'/a'(get).responses is missing}, or the path first); the path is followed as far as it
 * exists in the tree to find the line, and a message without a path points at line 1. Its
 * messages about dangling schema references are dropped, because {@link RefRule} reports every
 * dangling reference, with its exact location.
 */
final class ParserRule implements LintRule {
  static final String ID = "openapi-parse";

  private static final Pattern VERSION = Pattern.compile("3\\.0\\.\\d+");
  private static final Pattern ATTRIBUTE = Pattern.compile("attribute (\\S+)");
  private static final Pattern DANGLING_REF = Pattern.compile("attribute \\S*\\.#/\\S* is missing");

  @Override
  public void check(LintContext context) {
    JsonNode version = context.root().get("openapi");
    if (version == null) {
      context.report("", ID, "the document has no openapi field; this tool checks OpenAPI 3.0.x");
      return;
    }
    if (!version.isTextual() || !VERSION.matcher(version.asText()).matches()) {
      context.report("/openapi", ID,
          "openapi is " + version + "; this tool checks OpenAPI 3.0.x documents only");
      return;
    }
    ParseOptions options = new ParseOptions();
    // Resolving could fetch external references over the network; RefRule forbids them anyway.
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(context.text(), null, options);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    for (String message : messages) {
      if (message == null || DANGLING_REF.matcher(message).matches()) continue;
      context.report(pointerOf(context.root(), message), ID, message);
    }
    if (result.getOpenAPI() == null && messages.isEmpty()) {
      context.report("", ID, "Swagger Parser could not read the document");
    }
  }

  /** Returns the pointer of the deepest node that the path in a Swagger Parser message names. */
  static String pointerOf(JsonNode root, String message) {
    Matcher matcher = ATTRIBUTE.matcher(message);
    String path;
    if (matcher.find()) {
      path = matcher.group(1);
    } else {
      // Other messages start with the path: "paths.'/a'(get).responses.404.$ref target ...".
      path = message.strip().split("\\s+", 2)[0];
    }
    String pointer = "";
    JsonNode node = root;
    for (String token : tokens(path)) {
      JsonNode next = node.isArray() && token.matches("\\d+")
          ? node.get(Integer.parseInt(token))
          : node.get(token);
      if (next == null) break;
      node = next;
      pointer = Pointers.child(pointer, token);
    }
    return pointer;
  }

  /** Splits {@code paths.'/a.b'(get).responses} into {@code paths, /a.b, get, responses}. */
  static List<String> tokens(String path) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (quoted) {
        token.append(c);
      } else if (c == '.' || c == '(' || c == ')' || c == '[' || c == ']') {
        if (token.length() > 0) tokens.add(token.toString());
        token.setLength(0);
      } else {
        token.append(c);
      }
    }
    if (token.length() > 0) tokens.add(token.toString());
    return tokens;
  }
}
