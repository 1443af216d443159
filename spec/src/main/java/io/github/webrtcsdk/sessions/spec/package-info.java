/**
 * Command-line tools that guard the OpenAPI spec: {@link
 * io.github.webrtcsdk.sessions.spec.SpecTools} dispatches to commands such as {@code lint}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package io.github.webrtcsdk.sessions.spec;
