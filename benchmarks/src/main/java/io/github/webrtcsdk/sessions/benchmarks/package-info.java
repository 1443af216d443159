/**
 * Benchmarks that compare the generated client with the alternatives: JSON codecs, call overhead,
 * cold start and footprint. Run only by the commands in the module's README.
 */
package io.github.webrtcsdk.sessions.benchmarks;
