package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.TreeMap;

/** A kind of media a participant may send, looked up from its wire value as APIMatic did. */
public enum LegacyPublishPermissionEnum {
  AUDIO("AUDIO"),
  VIDEO("VIDEO");

  private static final Map<String, LegacyPublishPermissionEnum> VALUES = new TreeMap<>();

  static {
    for (LegacyPublishPermissionEnum each : values()) {
      VALUES.put(each.value, each);
    }
  }

  private final String value;

  LegacyPublishPermissionEnum(String value) {
    this.value = value;
  }

  @JsonCreator
  public static LegacyPublishPermissionEnum constructFromString(String toConvert) {
    return VALUES.get(toConvert);
  }

  @JsonValue
  public String value() {
    return value;
  }
}
