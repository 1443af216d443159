/**
 * Plain mutable classes equivalent to the API's models, for Moshi's reflective adapters, and the
 * hand-written streaming adapters for the same classes: the baselines our generated adapters are
 * measured against.
 */
package io.github.webrtcsdk.sessions.benchmarks.codec.plain;
