/**
 * The spec lint: checks an OpenAPI 3.0 document against the rules our code generation relies on
 * and reports problems as {@code FILE:LINE:COLUMN: [rule-id] message}.
 *
 * <p>Entry point: {@link io.github.webrtcsdk.sessions.spec.lint.SpecLinter}. Parameters and
 * return values are non-null unless documented otherwise.
 */
package io.github.webrtcsdk.sessions.spec.lint;
