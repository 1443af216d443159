package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.TreeMap;

/** The device API version, looked up from its wire value as APIMatic did. */
public enum LegacyDeviceApiVersionEnum {
  V3("V3");

  private static final Map<String, LegacyDeviceApiVersionEnum> VALUES = new TreeMap<>();

  static {
    for (LegacyDeviceApiVersionEnum each : values()) {
      VALUES.put(each.value, each);
    }
  }

  private final String value;

  LegacyDeviceApiVersionEnum(String value) {
    this.value = value;
  }

  @JsonCreator
  public static LegacyDeviceApiVersionEnum constructFromString(String toConvert) {
    return VALUES.get(toConvert);
  }

  @JsonValue
  public String value() {
    return value;
  }
}
