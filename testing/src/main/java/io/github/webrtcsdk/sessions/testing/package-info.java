/**
 * A fake of the Bandwidth WebRTC Sessions HTTP API for tests: {@link
 * io.github.webrtcsdk.sessions.testing.FakeWebRtcServer}, and {@link
 * io.github.webrtcsdk.sessions.testing.FakeWebRtcExtension} to use it from JUnit 5.
 *
 * <p>Parameters and return values are non-null unless their documentation says otherwise.
 */
package io.github.webrtcsdk.sessions.testing;
