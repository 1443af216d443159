package io.github.webrtcsdk.sessions.spec.diff;

/**
 * The role a schema plays for the client, which picks the rule for each change to it. One change
 * to a schema reached in several roles is judged once in each.
 */
enum Direction {
  /** Written by the client: request bodies and parameters, and what a callback answers. */
  REQUEST,
  /** Read by the client: responses, and the payloads callbacks deliver. */
  RESPONSE,
  /**
   * Carried by nothing in the API: only a model class, which code may both build and read. A
   * change is judged once, under an unreferenced-schema rule as grave as the graver role's.
   */
  MODEL;

  /**
   * The rule for a change that falls under {@code request} when sent and {@code response} when
   * read; null for either means that role does not see the change, and null is returned when this
   * role does not.
   */
  Rule rule(Rule request, Rule response) {
    return switch (this) {
      case REQUEST -> request;
      case RESPONSE -> response;
      case MODEL -> breaking(request) || breaking(response)
          ? Rule.UNREFERENCED_SCHEMA_CHANGED : Rule.UNREFERENCED_SCHEMA_EXTENDED;
    };
  }

  private static boolean breaking(Rule rule) {
    return rule != null && rule.severity() == Severity.BREAKING;
  }
}
