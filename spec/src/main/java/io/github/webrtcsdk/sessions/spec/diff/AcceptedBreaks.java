package io.github.webrtcsdk.sessions.spec.diff;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Breaking changes a reviewer accepted knowingly, read from a YAML or JSON list.
 *
 * <pre>{@code
 * - rule: operation-removed
 *   location: DELETE /accounts/{accountId}/participants/{participantId}
 *   reason: Participants expire on their own since API 3.0.0.
 * }</pre>
 *
 * <p>An entry matches a change with the same rule id and the same location, exactly. Accepted
 * changes stay in the report, marked accepted; an entry that matches nothing is reported as
 * {@code accepted-break-unused} so that the file does not collect stale entries.
 */
final class AcceptedBreaks {
  record Entry(Rule rule, String location, String reason) {}

  private static final Set<String> FIELDS = Set.of("rule", "location", "reason");

  private final List<Entry> entries;

  private AcceptedBreaks(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static AcceptedBreaks none() {
    return new AcceptedBreaks(List.of());
  }

  List<Entry> entries() {
    return entries;
  }

  static AcceptedBreaks load(Path file, String name) throws DiffInputException {
    Objects.requireNonNull(file, "file == null");
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new DiffInputException("cannot read accepted breaks " + name + ": no such file");
    } catch (IOException e) {
      throw new DiffInputException("cannot read accepted breaks " + name + ": " + e.getMessage());
    }
    return parse(text, name);
  }

  static AcceptedBreaks parse(String text, String name) throws DiffInputException {
    String prefix = "invalid accepted breaks " + name + ": ";
    JsonNode root;
    try {
      // YAML 1.2 is a superset of JSON: one parser reads both.
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JacksonException e) {
      throw new DiffInputException(prefix + e.getOriginalMessage());
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return none(); // A file holding only comments.
    }
    if (!root.isArray()) {
      throw new DiffInputException(prefix + "expected a list of {rule, location, reason}");
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode node : root) {
      index++;
      String where = prefix + "entry " + index + ": ";
      if (!node.isObject()) {
        throw new DiffInputException(where + "expected a mapping with rule, location and reason");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String field = names.next();
        if (!FIELDS.contains(field)) {
          throw new DiffInputException(where + "unknown field " + field);
        }
      }
      String ruleId = text(node, "rule", where);
      Rule rule = Rule.byId(ruleId).orElseThrow(
          () -> new DiffInputException(where + "unknown rule " + ruleId));
      String location = text(node, "location", where);
      String reason = text(node, "reason", where);
      if (!seen.add(ruleId + " " + location)) {
        throw new DiffInputException(where + "duplicate of an earlier entry");
      }
      entries.add(new Entry(rule, location, reason));
    }
    return new AcceptedBreaks(entries);
  }

  private static String text(JsonNode node, String field, String where)
      throws DiffInputException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new DiffInputException(where + "missing " + field);
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new DiffInputException(where + field + " must be a non-empty string");
    }
    return value.asText().strip();
  }

  /** Marks the changes these entries accept, and reports entries that accept nothing. */
  List<Change> apply(List<Change> changes) {
    List<Change> result = new ArrayList<>(changes.size());
    Set<Entry> used = new HashSet<>();
    for (Change change : changes) {
      Change marked = change;
      for (Entry entry : entries) {
        if (entry.rule() == change.rule() && entry.location().equals(change.location())) {
          marked = change.accept(entry.reason());
          used.add(entry);
          break;
        }
      }
      result.add(marked);
    }
    for (Entry entry : entries) {
      if (!used.contains(entry)) {
        result.add(Change.of(Rule.ACCEPTED_BREAK_UNUSED, entry.location(),
            "accepted " + entry.rule().id() + " matches no change: remove the entry"));
      }
    }
    result.sort(Change.REPORT_ORDER);
    return result;
  }
}
