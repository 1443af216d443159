package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

import java.util.List;

/** A participant as a plain class: fields only, as Moshi's reflective adapter reads them. */
public final class PlainParticipant {
  String id;
  String callbackUrl;
  List<PlainPublishPermission> publishPermissions;
  List<String> sessions;
  PlainSubscriptions subscriptions;
  String tag;
  PlainDeviceApiVersion deviceApiVersion;
}
