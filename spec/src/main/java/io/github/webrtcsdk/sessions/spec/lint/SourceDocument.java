package io.github.webrtcsdk.sessions.spec.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as a JSON tree, plus the source location of every node, keyed by JSON pointer.
 *
 * <p>Reads with Jackson 2's YAML parser, the one Swagger Parser and OpenAPI Generator use, so that
 * scalars resolve the same way for the lint as for the generator ({@code yes} is a boolean,
 * {@code 010} is 8). A node's location is that of the key that introduces it, or of its first
 * token for sequence items and the root.
 */
final class SourceDocument {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, Location> locations;

  private SourceDocument(JsonNode root, Map<String, Location> locations) {
    this.root = root;
    this.locations = locations;
  }

  static SourceDocument parse(String text) throws YamlSyntaxException {
    Objects.requireNonNull(text, "text == null");
    Map<String, Location> locations = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new YamlSyntaxException(Location.START, "the document is empty");
      }
      JsonNode root = read(parser, "", locations);
      return new SourceDocument(root, locations);
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** Returns the location of the node at {@code pointer}, or of its nearest located ancestor. */
  Location locate(String pointer) {
    String p = pointer;
    while (true) {
      Location location = locations.get(p);
      if (location != null) return location;
      if (p.isEmpty()) return Location.START;
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Returns the node at {@code pointer}, or a missing node. */
  JsonNode at(String pointer) {
    return root.at(pointer);
  }

  private static JsonNode read(JsonParser parser, String pointer, Map<String, Location> locations)
      throws IOException, YamlSyntaxException {
    locations.putIfAbsent(pointer, location(parser.currentTokenLocation()));
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = pointer + "/" + Pointers.escape(name);
          Location keyLocation = location(parser.currentTokenLocation());
          if (object.has(name)) {
            Location first = locations.get(child);
            throw new YamlSyntaxException(
                keyLocation, "duplicate key '" + name + "' (first at line " + first.line() + ")");
          }
          locations.put(child, keyLocation);
          parser.nextToken();
          object.set(name, read(parser, child, locations));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser, pointer + "/" + index++, locations));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // The same node types Jackson's ObjectMapper, and so Swagger Parser, would build.
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          case BIG_INTEGER:
            return NODES.numberNode(parser.getBigIntegerValue());
          case BIG_DECIMAL:
            return NODES.numberNode(parser.getDecimalValue());
          default:
            return NODES.numberNode(parser.getDoubleValue());
        }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        // A !!binary scalar: keep its text form, which is what a JSON body would carry.
        return NODES.textNode(parser.getValueAsString(""));
      default:
        throw new YamlSyntaxException(
            location(parser.currentTokenLocation()), "unexpected YAML token " + token);
    }
  }

  private static Location location(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) return Location.START;
    return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static YamlSyntaxException syntaxError(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException) {
        MarkedYAMLException marked = (MarkedYAMLException) t;
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark()
            : marked.getContextMark();
        Location location = mark == null ? Location.START
            : new Location(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = oneLine(marked.getProblem());
        String context = oneLine(marked.getContext());
        String message = context.isEmpty() ? problem
            : problem.isEmpty() ? context : context + ": " + problem;
        return new YamlSyntaxException(location, message.isEmpty() ? "invalid YAML" : message);
      }
    }
    String message = oneLine(e.getOriginalMessage());
    return new YamlSyntaxException(
        location(e.getLocation()), message.isEmpty() ? "invalid YAML" : message);
  }

  private static String oneLine(String s) {
    if (s == null) return "";
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
