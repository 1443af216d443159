/**
 * A fake of the Bandwidth WebRTC Sessions HTTP API for tests: {@link
 * io.github.webrtcsdk.sessions.testing.FakeWebRtcServer}, and {@link
 * io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension} to use it from JUnit 5.
 *
 * <p>Parameters and return values are non-null unless annotated
 * {@link org.jspecify.annotations.Nullable}: the package is
 * {@link org.jspecify.annotations.NullMarked}, which Kotlin and nullness checkers read.
 */
@NullMarked
package io.github.webrtcsdk.sessions.testing;

import org.jspecify.annotations.NullMarked;
