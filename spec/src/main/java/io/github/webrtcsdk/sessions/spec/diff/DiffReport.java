package io.github.webrtcsdk.sessions.spec.diff;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of comparing two specs: every change, the version bump they call for, and whether an
 * unaccepted breaking change fails the check. Immutable.
 */
final class DiffReport {
  private final String baseVersion;
  private final String headVersion;
  private final Bump bump;
  private final String expectedVersion;
  private final List<Change> changes;

  private DiffReport(String baseVersion, String headVersion, Bump bump, String expectedVersion,
      List<Change> changes) {
    this.baseVersion = baseVersion;
    this.headVersion = headVersion;
    this.bump = bump;
    this.expectedVersion = expectedVersion;
    this.changes = List.copyOf(changes);
  }

  /** Compares {@code base} to {@code head} and marks the changes {@code accepted} names. */
  static DiffReport create(OpenAPI base, OpenAPI head, AcceptedBreaks accepted) {
    Objects.requireNonNull(accepted, "accepted == null");
    List<Change> changes = new ArrayList<>(SpecComparator.compare(base, head));
    Bump bump = Bump.NONE;
    for (Change change : changes) {
      bump = Bump.max(bump, change.rule().bump());
    }
    String baseVersion = base.getInfo() == null ? null : base.getInfo().getVersion();
    String headVersion = head.getInfo() == null ? null : head.getInfo().getVersion();
    Optional<SemanticVersion> from = SemanticVersion.parse(baseVersion);
    Optional<SemanticVersion> to = SemanticVersion.parse(headVersion);
    String expected = null;
    String problem = null;
    if (from.isPresent()) {
      SemanticVersion next = from.get().next(bump);
      expected = next.toString();
      if (to.isEmpty()) {
        problem = "info.version " + headVersion + " is not MAJOR.MINOR.PATCH; the changes call for "
            + bumpPhrase(bump) + ": expected " + expected + " or later";
      } else if (to.get().compareTo(next) < 0) {
        problem = bump == Bump.NONE
            ? "info.version went backwards, " + baseVersion + " -> " + headVersion
            : "info.version " + baseVersion + " -> " + headVersion + ", but the changes call for "
                + bumpPhrase(bump) + ": expected " + expected + " or later";
      }
    } else if (bump != Bump.NONE) {
      problem = "info.version " + baseVersion + " of the base is not MAJOR.MINOR.PATCH, so the "
          + bumpPhrase(bump) + " cannot be checked";
    }
    if (problem != null) {
      changes.add(Change.of(Rule.VERSION_NOT_BUMPED, "info.version", problem));
    }
    return of(String.valueOf(baseVersion), String.valueOf(headVersion), bump, expected,
        accepted.apply(changes));
  }

  /** A report of exactly these changes, for rendering. */
  static DiffReport of(String baseVersion, String headVersion, Bump bump, String expectedVersion,
      List<Change> changes) {
    Objects.requireNonNull(baseVersion, "baseVersion == null");
    Objects.requireNonNull(headVersion, "headVersion == null");
    Objects.requireNonNull(bump, "bump == null");
    Objects.requireNonNull(changes, "changes == null");
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(Change.REPORT_ORDER);
    return new DiffReport(baseVersion, headVersion, bump, expectedVersion, sorted);
  }

  private static String bumpPhrase(Bump bump) {
    return "a " + bump.id() + " bump";
  }

  /** True when a breaking change is not accepted: the check fails. */
  public boolean breaking() {
    return changes.stream().anyMatch(c -> c.severity() == Severity.BREAKING && !c.accepted());
  }

  /** The version bump the changes call for; accepted breaks still call for a major one. */
  public Bump bump() {
    return bump;
  }

  public String baseVersion() {
    return baseVersion;
  }

  public String headVersion() {
    return headVersion;
  }

  /** The smallest {@code info.version} the head should carry, when the base's version parses. */
  public Optional<String> expectedVersion() {
    return Optional.ofNullable(expectedVersion);
  }

  /** Every change in report order: breaking first, then by location. */
  public List<Change> changes() {
    return changes;
  }

  List<Change> changes(Severity severity) {
    return changes.stream().filter(c -> c.severity() == severity).toList();
  }

  long count(Severity severity) {
    return changes.stream().filter(c -> c.severity() == severity).count();
  }

  long acceptedCount() {
    return changes.stream().filter(c -> c.severity() == Severity.BREAKING && c.accepted()).count();
  }
}
