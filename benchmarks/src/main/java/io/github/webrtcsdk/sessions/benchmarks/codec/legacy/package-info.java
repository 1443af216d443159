/**
 * Models in the style of Bandwidth's older, APIMatic-generated Java SDK: mutable beans with
 * {@code @JsonGetter}/{@code @JsonSetter} accessors, enums with a {@code @JsonCreator} lookup, and
 * the shared {@link io.github.webrtcsdk.sessions.benchmarks.codec.legacy.LegacyApiHelper#MAPPER}.
 */
package io.github.webrtcsdk.sessions.benchmarks.codec.legacy;
