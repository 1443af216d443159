package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

/** The device API version; the payloads carry only V3. */
public enum PlainDeviceApiVersion {
  V3
}
