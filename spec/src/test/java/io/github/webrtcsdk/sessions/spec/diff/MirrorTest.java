package io.github.webrtcsdk.sessions.spec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * <p>A rule's mirror follows from its id: {@code -added} against {@code -removed} (a removal comes
 * back as whichever {@code -added-required} or {@code -added-optional} rule there is),
 * {@code -tightened} against {@code -relaxed}, {@code -made-required} against
 * {@code -made-optional}, and a {@code -changed} or {@code -renamed} rule is its own mirror. The
 * few rules whose mirror their id does not tell are listed in {@link #EXCEPTIONS}, with why. A rule
 * that names its location by the new side (a rename, a moved parameter, a changed success status)
 * is matched by rule alone. Rules about the diff itself (the version check, unused accepted
 * breaks) judge no change of the document and have no mirror; this test does not produce them.
 */
final class MirrorTest {
  private static final Set<Rule> ABOUT_THE_DIFF =
      EnumSet.of(Rule.VERSION_NOT_BUMPED, Rule.ACCEPTED_BREAK_UNUSED);
  private static final Set<Rule> LOCATED_BY_NEW_SIDE = EnumSet.of(Rule.PARAMETER_RENAMED,
      Rule.PATH_PARAMETER_RENAMED, Rule.PARAMETER_LOCATION_CHANGED,
      Rule.RESPONSE_SUCCESS_STATUS_CHANGED, Rule.SCHEMA_RENAMED);
  private static final List<List<String>> VERB_PAIRS = List.of(List.of("-added", "-removed"),
      List.of("-added-required", "-removed"), List.of("-added-optional", "-removed"),
      List.of("-tightened", "-relaxed"), List.of("-made-required", "-made-optional"),
      List.of("-changed", "-changed"), List.of("-renamed", "-renamed"));

  /** Mirrors the ids do not tell; each pair holds both ways. */
  private static final List<List<Rule>> EXCEPTIONS = List.of(
      // One rule reports the end of any deprecation.
      List.of(Rule.OPERATION_DEPRECATED, Rule.DEPRECATION_REMOVED),
      List.of(Rule.PARAMETER_DEPRECATED, Rule.DEPRECATION_REMOVED),
      List.of(Rule.PROPERTY_DEPRECATED, Rule.DEPRECATION_REMOVED),
      // An alias has no class, so adding one is a plain schema-added.
      List.of(Rule.SCHEMA_ALIAS_REMOVED, Rule.SCHEMA_ADDED),
      // A model nothing carries takes the graver severity of a request and a response, so a
      // change and its mirror may both be breaking (nullable added and removed), or one only
      // (a removed property comes back as an added optional one), or neither (a default).
      List.of(Rule.UNREFERENCED_SCHEMA_CHANGED, Rule.UNREFERENCED_SCHEMA_EXTENDED),
      List.of(Rule.UNREFERENCED_SCHEMA_EXTENDED, Rule.UNREFERENCED_SCHEMA_EXTENDED));

  /** The rules that may report {@code rule}'s change read backwards. */
  static Set<Rule> mirrors(Rule rule) {
    Set<Rule> result = EnumSet.noneOf(Rule.class);
    for (List<String> pair : VERB_PAIRS) {
      for (int side = 0; side < 2; side++) {
        String id = rule.id();
        if (id.endsWith(pair.get(side))) {
          String stem = id.substring(0, id.length() - pair.get(side).length());
          Rule.byId(stem + pair.get(1 - side)).ifPresent(result::add);
        }
      }
    }
    for (List<Rule> pair : EXCEPTIONS) {
      for (int side = 0; side < 2; side++) {
        if (pair.get(side) == rule) {
          result.add(pair.get(1 - side));
        }
      }
    }
    return result;
  }

  @TempDir Path work;

  static List<String> cases() {
    return Corpus.cases();
  }

  @Test
  void everyRuleOfTheDocumentHasAMirrorAndIsAMirrorOfItsMirrors() {
    Set<String> problems = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      Set<Rule> mirrors = mirrors(rule);
      if (mirrors.isEmpty() != ABOUT_THE_DIFF.contains(rule)) {
        problems.add(rule.id() + " has mirrors " + mirrors);
      }
      mirrors.stream().filter(m -> !mirrors(m).contains(rule))
          .forEach(m -> problems.add(m.id() + " does not mirror " + rule.id()));
    }
    assertEquals(Set.of(), problems);
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
    return mirrors(original.rule()).contains(candidate.rule())
        && (LOCATED_BY_NEW_SIDE.contains(original.rule())
            || original.location().equals(candidate.location()));
  }

  private static String show(Change change) {
    return change.rule().id() + " @ " + change.location() + " :: " + change.message();
  }
}
