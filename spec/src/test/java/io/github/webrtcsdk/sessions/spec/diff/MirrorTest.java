package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symmetry: for every corpus case, diffing HEAD against BASE reports the mirror of each finding of
 * BASE against HEAD (an addition against a removal, a tightening against a relaxing), and nothing
 * else.
 *
 * <p>The mirror table is written out because the mirror of a rule is not always one rule: a
 * removed parameter comes back as a required or an optional one, and a change to an unreferenced
 * schema may be breaking one way and compatible the other. A rule that names its location by the
 * new side (a rename, a moved parameter, a changed success status) is matched by rule alone.
 * Rules about the diff itself (the version check, unused accepted breaks) are not changes of the
 * document and have no mirror; this test does not produce them.
 */
final class MirrorTest {
  private static final Map<Rule, Set<Rule>> MIRRORS = new EnumMap<>(Rule.class);
  private static final Set<Rule> ABOUT_THE_DIFF =
      EnumSet.of(Rule.VERSION_NOT_BUMPED, Rule.ACCEPTED_BREAK_UNUSED);
  private static final Set<Rule> LOCATED_BY_NEW_SIDE = EnumSet.of(Rule.PARAMETER_RENAMED,
      Rule.PATH_PARAMETER_RENAMED, Rule.PARAMETER_LOCATION_CHANGED,
      Rule.RESPONSE_SUCCESS_STATUS_CHANGED, Rule.SCHEMA_RENAMED);

  static {
    for (Rule rule : EnumSet.of(Rule.SERVER_URL_CHANGED, Rule.SECURITY_SCHEME_CHANGED,
        Rule.DESCRIPTION_CHANGED, Rule.EXAMPLE_CHANGED, Rule.OPERATION_ID_CHANGED,
        Rule.OPERATION_TAG_CHANGED, Rule.PARAMETER_RENAMED, Rule.PATH_PARAMETER_RENAMED,
        Rule.PARAMETER_LOCATION_CHANGED, Rule.PARAMETER_TYPE_CHANGED,
        Rule.REQUEST_BODY_TYPE_CHANGED, Rule.REQUEST_PROPERTY_TYPE_CHANGED,
        Rule.REQUEST_DEFAULT_CHANGED, Rule.RESPONSE_SUCCESS_STATUS_CHANGED,
        Rule.RESPONSE_BODY_TYPE_CHANGED, Rule.RESPONSE_PROPERTY_TYPE_CHANGED,
        Rule.SCHEMA_RENAMED, Rule.SCHEMA_TYPE_CHANGED, Rule.SCHEMA_COMPOSITION_CHANGED)) {
      mirror(rule, rule);
    }
    mirror(Rule.SERVER_ADDED, Rule.SERVER_REMOVED);
    mirror(Rule.SECURITY_SCHEME_ADDED, Rule.SECURITY_SCHEME_REMOVED);
    mirror(Rule.SECURITY_TIGHTENED, Rule.SECURITY_RELAXED);
    mirror(Rule.DEPRECATION_REMOVED,
        Rule.OPERATION_DEPRECATED, Rule.PARAMETER_DEPRECATED, Rule.PROPERTY_DEPRECATED);
    mirror(Rule.PATH_ADDED, Rule.PATH_REMOVED);
    mirror(Rule.OPERATION_ADDED, Rule.OPERATION_REMOVED);
    mirror(Rule.PARAMETER_REMOVED, Rule.PARAMETER_ADDED_REQUIRED, Rule.PARAMETER_ADDED_OPTIONAL);
    mirror(Rule.PARAMETER_MADE_REQUIRED, Rule.PARAMETER_MADE_OPTIONAL);
    mirror(Rule.REQUEST_BODY_REMOVED,
        Rule.REQUEST_BODY_ADDED_REQUIRED, Rule.REQUEST_BODY_ADDED_OPTIONAL);
    mirror(Rule.REQUEST_BODY_MADE_REQUIRED, Rule.REQUEST_BODY_MADE_OPTIONAL);
    mirror(Rule.REQUEST_MEDIA_TYPE_ADDED, Rule.REQUEST_MEDIA_TYPE_REMOVED);
    mirror(Rule.REQUEST_PROPERTY_REMOVED,
        Rule.REQUEST_PROPERTY_ADDED_REQUIRED, Rule.REQUEST_PROPERTY_ADDED_OPTIONAL);
    mirror(Rule.REQUEST_PROPERTY_MADE_REQUIRED, Rule.REQUEST_PROPERTY_MADE_OPTIONAL);
    mirror(Rule.REQUEST_ENUM_VALUE_ADDED, Rule.REQUEST_ENUM_VALUE_REMOVED);
    mirror(Rule.REQUEST_CONSTRAINT_TIGHTENED, Rule.REQUEST_CONSTRAINT_RELAXED);
    mirror(Rule.REQUEST_NULLABLE_ADDED, Rule.REQUEST_NULLABLE_REMOVED);
    mirror(Rule.RESPONSE_SUCCESS_STATUS_ADDED, Rule.RESPONSE_SUCCESS_STATUS_REMOVED);
    mirror(Rule.RESPONSE_ERROR_STATUS_ADDED, Rule.RESPONSE_ERROR_STATUS_REMOVED);
    mirror(Rule.RESPONSE_MEDIA_TYPE_ADDED, Rule.RESPONSE_MEDIA_TYPE_REMOVED);
    mirror(Rule.RESPONSE_HEADER_ADDED, Rule.RESPONSE_HEADER_REMOVED);
    mirror(Rule.RESPONSE_PROPERTY_ADDED, Rule.RESPONSE_PROPERTY_REMOVED);
    mirror(Rule.RESPONSE_PROPERTY_MADE_OPTIONAL, Rule.RESPONSE_PROPERTY_MADE_REQUIRED);
    mirror(Rule.RESPONSE_ENUM_VALUE_ADDED, Rule.RESPONSE_ENUM_VALUE_REMOVED);
    mirror(Rule.RESPONSE_CONSTRAINT_RELAXED, Rule.RESPONSE_CONSTRAINT_TIGHTENED);
    mirror(Rule.RESPONSE_NULLABLE_ADDED, Rule.RESPONSE_NULLABLE_REMOVED);
    // An alias has no class, so adding one is a plain schema-added.
    mirror(Rule.SCHEMA_ADDED, Rule.SCHEMA_REMOVED, Rule.SCHEMA_ALIAS_REMOVED);
    // A model nothing carries takes the graver of a request's and a response's severity, so a
    // change and its mirror may both be breaking (nullable added, removed) or not (a removed
    // property comes back as an added optional one).
    mirror(Rule.UNREFERENCED_SCHEMA_CHANGED,
        Rule.UNREFERENCED_SCHEMA_CHANGED, Rule.UNREFERENCED_SCHEMA_EXTENDED);
    mirror(Rule.UNREFERENCED_SCHEMA_EXTENDED, Rule.UNREFERENCED_SCHEMA_EXTENDED);
  }

  /** {@code rule}'s mirrors are {@code mirrors}, and each of those has {@code rule} among its. */
  private static void mirror(Rule rule, Rule... mirrors) {
    for (Rule other : mirrors) {
      MIRRORS.computeIfAbsent(rule, r -> EnumSet.noneOf(Rule.class)).add(other);
      MIRRORS.computeIfAbsent(other, r -> EnumSet.noneOf(Rule.class)).add(rule);
    }
  }

  @TempDir Path work;

  static List<String> cases() {
    return Corpus.cases();
  }

  @Test
  void everyRuleOfTheDocumentHasAMirror() {
    Set<String> missing = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      if (!ABOUT_THE_DIFF.contains(rule) && !MIRRORS.containsKey(rule)) {
        missing.add(rule.id());
      }
    }
    assertEquals(Set.of(), missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void headAgainstBaseMirrorsBaseAgainstHead(String name) throws DiffInputException {
    Path dir = Corpus.write(name, work);
    List<Change> forward = SpecComparator.compare(
        SpecSource.load("before.yaml", dir), SpecSource.load("after.yaml", dir));
    List<Change> backward = new ArrayList<>(SpecComparator.compare(
        SpecSource.load("after.yaml", dir), SpecSource.load("before.yaml", dir)));
    List<String> unmatched = new ArrayList<>();
    for (Change change : forward) {
      Change mirror = backward.stream().filter(c -> mirrors(change, c)).findFirst().orElse(null);
      if (mirror == null) {
        unmatched.add("no mirror for " + show(change));
      } else {
        backward.remove(mirror);
      }
    }
    backward.forEach(c -> unmatched.add("no original for " + show(c)));
    assertEquals(List.of(), unmatched);
  }

  private static boolean mirrors(Change original, Change candidate) {
    return MIRRORS.getOrDefault(original.rule(), Set.of()).contains(candidate.rule())
        && (LOCATED_BY_NEW_SIDE.contains(original.rule())
            || original.location().equals(candidate.location()));
  }

  private static String show(Change change) {
    return change.rule().id() + " @ " + change.location() + " :: " + change.message();
  }
}
