/**
 * What callers of a generated client see besides its models and services: the exceptions it
 * throws, per-call {@link io.github.webrtcsdk.runtime.RequestOptions}, raw responses, and logging.
 */
package io.github.webrtcsdk.runtime;
