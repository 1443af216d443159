package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;

/** The answer to creating a participant. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LegacyCreateParticipantResponse {
  private LegacyParticipant participant;
  private String token;

  @JsonGetter("participant")
  public LegacyParticipant getParticipant() {
    return participant;
  }

  @JsonSetter("participant")
  public void setParticipant(LegacyParticipant participant) {
    this.participant = participant;
  }

  @JsonGetter("token")
  public String getToken() {
    return token;
  }

  @JsonSetter("token")
  public void setToken(String token) {
    this.token = token;
  }
}
