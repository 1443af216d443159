package io.github.webrtcsdk.sessions.spec.lint;

/** Which way a value travels; decides whether read-only or write-only properties may appear. */
enum Usage {
  /** Sent by the client: read-only properties must not appear. */
  REQUEST,
  /** Sent by the server: write-only properties must not appear. */
  RESPONSE,
  /** A schema's own example, which may show every property. */
  ANY
}
