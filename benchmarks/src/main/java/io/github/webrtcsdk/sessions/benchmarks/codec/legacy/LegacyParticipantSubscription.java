package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.util.List;

/** A subscription to one participant's streams. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LegacyParticipantSubscription {
  private String participantId;
  private List<String> streamAliases;

  @JsonGetter("participantId")
  public String getParticipantId() {
    return participantId;
  }

  @JsonSetter("participantId")
  public void setParticipantId(String participantId) {
    this.participantId = participantId;
  }

  @JsonGetter("streamAliases")
  public List<String> getStreamAliases() {
    return streamAliases;
  }

  @JsonSetter("streamAliases")
  public void setStreamAliases(List<String> streamAliases) {
    this.streamAliases = streamAliases;
  }
}
