package io.github.webrtcsdk.sessions.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one session held by {@link FakeWebRtcServer}, for assertions.
 *
 * <p>Instances are immutable and thread-safe; later requests do not change them.
 */
public final class FakeSession {
  private final String id;
  private final @Nullable String tag;
  private final List<String> participantIds;

  FakeSession(String id, @Nullable String tag, List<String> participantIds) {
    this.id = id;
    this.tag = tag;
    this.participantIds = Collections.unmodifiableList(new ArrayList<>(participantIds));
  }

  /**
   * Returns the session's id, a random UUID.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the session's tag.
   *
   * @return the tag, or null if it was created without one
   */
  public @Nullable String tag() {
    return tag;
  }

  /**
   * Returns the ids of the participants in the session, in the order they were added.
   *
   * @return at most 20 ids
   */
  public List<String> participantIds() {
    return participantIds;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) return true;
    if (!(other instanceof FakeSession)) return false;
    FakeSession that = (FakeSession) other;
    return id.equals(that.id)
        && Objects.equals(tag, that.tag)
        && participantIds.equals(that.participantIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tag, participantIds);
  }

  @Override
  public String toString() {
    return "FakeSession{id=" + id + ", tag=" + tag + ", participantIds=" + participantIds + "}";
  }
}
