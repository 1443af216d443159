package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.util.List;

/** A participant. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LegacyParticipant {
  private String id;
  private String callbackUrl;
  private List<LegacyPublishPermissionEnum> publishPermissions;
  private List<String> sessions;
  private LegacySubscriptions subscriptions;
  private String tag;
  private LegacyDeviceApiVersionEnum deviceApiVersion;

  @JsonGetter("id")
  public String getId() {
    return id;
  }

  @JsonSetter("id")
  public void setId(String id) {
    this.id = id;
  }

  @JsonGetter("callbackUrl")
  public String getCallbackUrl() {
    return callbackUrl;
  }

  @JsonSetter("callbackUrl")
  public void setCallbackUrl(String callbackUrl) {
    this.callbackUrl = callbackUrl;
  }

  @JsonGetter("publishPermissions")
  public List<LegacyPublishPermissionEnum> getPublishPermissions() {
    return publishPermissions;
  }

  @JsonSetter("publishPermissions")
  public void setPublishPermissions(List<LegacyPublishPermissionEnum> publishPermissions) {
    this.publishPermissions = publishPermissions;
  }

  @JsonGetter("sessions")
  public List<String> getSessions() {
    return sessions;
  }

  @JsonSetter("sessions")
  public void setSessions(List<String> sessions) {
    this.sessions = sessions;
  }

  @JsonGetter("subscriptions")
  public LegacySubscriptions getSubscriptions() {
    return subscriptions;
  }

  @JsonSetter("subscriptions")
  public void setSubscriptions(LegacySubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @JsonGetter("tag")
  public String getTag() {
    return tag;
  }

  @JsonSetter("tag")
  public void setTag(String tag) {
    this.tag = tag;
  }

  @JsonGetter("deviceApiVersion")
  public LegacyDeviceApiVersionEnum getDeviceApiVersion() {
    return deviceApiVersion;
  }

  @JsonSetter("deviceApiVersion")
  public void setDeviceApiVersion(LegacyDeviceApiVersionEnum deviceApiVersion) {
    this.deviceApiVersion = deviceApiVersion;
  }
}
