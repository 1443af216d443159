/**
 * The spec diff: compares two versions of the OpenAPI spec and classifies every change as
 * breaking, warning or info, for HTTP callers and for the generated Java client, with the version
 * bump that follows. {@link io.github.webrtcsdk.sessions.spec.diff.DiffCommand} is the command
 * line; {@link io.github.webrtcsdk.sessions.spec.diff.Rule} lists what is judged.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package io.github.webrtcsdk.sessions.spec.diff;
