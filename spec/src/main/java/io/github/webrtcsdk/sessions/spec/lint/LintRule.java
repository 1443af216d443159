package io.github.webrtcsdk.sessions.spec.lint;

/** One check of the spec; reports what it finds through the context. */
interface LintRule {
  void check(LintContext context);
}
