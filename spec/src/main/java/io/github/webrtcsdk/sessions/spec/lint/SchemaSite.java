package io.github.webrtcsdk.sessions.spec.lint;

/**
 * A schema of the spec together with how it is reached.
 *
 * @param site the schema
 * @param role how its parent holds it
 */
record SchemaSite(Site site, Role role) {
  /** How a schema is held by its parent. */
  enum Role {
    /** A named model under {@code components/schemas}. */
    COMPONENT,
    /** The schema of a request or response body. */
    BODY,
    /** The schema of a parameter or header. */
    PARAMETER,
    /** A property of an object schema. */
    PROPERTY,
    /** The {@code items} of an array schema. */
    ITEMS,
    /** The {@code additionalProperties} of a map schema. */
    ADDITIONAL_PROPERTIES,
    /** A member of {@code allOf}, {@code oneOf}, {@code anyOf}, or the {@code not} schema. */
    COMPOSED
  }

  String pointer() {
    return site.pointer();
  }
}
