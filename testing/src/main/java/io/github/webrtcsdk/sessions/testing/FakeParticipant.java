package io.github.webrtcsdk.sessions.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one participant held by {@link FakeWebRtcServer}, for assertions.
 *
 * <p>Instances are immutable and thread-safe; later requests do not change them.
 */
public final class FakeParticipant {
  private final String id;
  private final @Nullable String tag;
  private final @Nullable String callbackUrl;
  private final List<String> publishPermissions;
  private final String deviceApiVersion;
  private final @Nullable String sessionId;
  private final List<String> subscribedTo;

  FakeParticipant(String id, @Nullable String tag, @Nullable String callbackUrl,
      List<String> publishPermissions, String deviceApiVersion, @Nullable String sessionId,
      List<String> subscribedTo) {
    this.id = id;
    this.tag = tag;
    this.callbackUrl = callbackUrl;
    this.publishPermissions = Collections.unmodifiableList(new ArrayList<>(publishPermissions));
    this.deviceApiVersion = deviceApiVersion;
    this.sessionId = sessionId;
    this.subscribedTo = Collections.unmodifiableList(new ArrayList<>(subscribedTo));
  }

  /**
   * Returns the participant's id, a random UUID.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the participant's tag.
   *
   * @return the tag, or null if it was created without one
   */
  public @Nullable String tag() {
    return tag;
  }

  /**
   * Returns the URL the participant's webhooks would go to. The fake sends no webhooks.
   *
   * @return the URL, or null if none was set
   */
  public @Nullable String callbackUrl() {
    return callbackUrl;
  }

  /**
   * Returns the kinds of media the participant may send, such as {@code AUDIO}.
   *
   * @return the permissions as created; empty if none were set
   */
  public List<String> publishPermissions() {
    return publishPermissions;
  }

  /**
   * Returns the device API version, {@code V3} unless the create request named another.
   *
   * @return the version
   */
  public String deviceApiVersion() {
    return deviceApiVersion;
  }

  /**
   * Returns the id of the session the participant is in.
   *
   * @return the session id, or null if the participant is in no session
   */
  public @Nullable String sessionId() {
    return sessionId;
  }

  /**
   * Returns the ids of the participants whose media this participant receives now. A
   * subscription to the whole session resolves to every other current member, so this list grows
   * as participants join; an explicit subscription list is returned as set.
   *
   * @return the ids, empty if the participant receives no media
   */
  public List<String> subscribedTo() {
    return subscribedTo;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) return true;
    if (!(other instanceof FakeParticipant)) return false;
    FakeParticipant that = (FakeParticipant) other;
    return id.equals(that.id)
        && Objects.equals(tag, that.tag)
        && Objects.equals(callbackUrl, that.callbackUrl)
        && publishPermissions.equals(that.publishPermissions)
        && deviceApiVersion.equals(that.deviceApiVersion)
        && Objects.equals(sessionId, that.sessionId)
        && subscribedTo.equals(that.subscribedTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, tag, callbackUrl, publishPermissions, deviceApiVersion, sessionId, subscribedTo);
  }

  @Override
  public String toString() {
    return "FakeParticipant{id=" + id
        + ", tag=" + tag
        + ", callbackUrl=" + callbackUrl
        + ", publishPermissions=" + publishPermissions
        + ", deviceApiVersion=" + deviceApiVersion
        + ", sessionId=" + sessionId
        + ", subscribedTo=" + subscribedTo
        + "}";
  }
}
