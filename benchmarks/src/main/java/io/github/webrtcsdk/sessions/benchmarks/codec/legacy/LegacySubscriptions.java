package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.util.List;

/** Whose media a participant receives. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LegacySubscriptions {
  private String sessionId;
  private List<LegacyParticipantSubscription> participants;

  @JsonGetter("sessionId")
  public String getSessionId() {
    return sessionId;
  }

  @JsonSetter("sessionId")
  public void setSessionId(String sessionId) {
    this.sessionId = sessionId;
  }

  @JsonGetter("participants")
  public List<LegacyParticipantSubscription> getParticipants() {
    return participants;
  }

  @JsonSetter("participants")
  public void setParticipants(List<LegacyParticipantSubscription> participants) {
    this.participants = participants;
  }
}
