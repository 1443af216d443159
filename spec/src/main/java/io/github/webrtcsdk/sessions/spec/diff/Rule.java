package io.github.webrtcsdk.sessions.spec.diff;

import static io.github.webrtcsdk.sessions.spec.diff.Bump.MAJOR;
import static io.github.webrtcsdk.sessions.spec.diff.Bump.MINOR;
import static io.github.webrtcsdk.sessions.spec.diff.Bump.NONE;
import static io.github.webrtcsdk.sessions.spec.diff.Bump.PATCH;
import static io.github.webrtcsdk.sessions.spec.diff.Severity.BREAKING;
import static io.github.webrtcsdk.sessions.spec.diff.Severity.INFO;
import static io.github.webrtcsdk.sessions.spec.diff.Severity.WARNING;

import java.util.Optional;

/**
 * Every kind of change the diff reports, with a stable id, a fixed severity and the version bump it
 * calls for.
 *
 * <p>Severities are judged for two audiences at once: HTTP callers of the API and users of the
 * generated Java client, where a renamed operation id renames a method, a tag moves a method to
 * another {@code XxxApi} interface, and a removed or retyped property changes a model accessor.
 * Request and response schemas are judged by separate rules, so a property of a schema used in
 * both directions can yield two findings at one location; what a callback delivers is judged as a
 * response, and a schema nothing carries once, under the unreferenced-schema rules. A change to a
 * named schema as a whole (its type, its removal, its name) falls under one schema rule. Ids are
 * part of the accepted-breaks file format: never rename one.
 */
enum Rule {
  // Document
  SERVER_URL_CHANGED("server-url-changed", WARNING, MINOR,
      "The default server URL, which the generated client uses as its base URL, changed."),
  SERVER_ADDED("server-added", INFO, MINOR, "A server URL was added."),
  SERVER_REMOVED("server-removed", WARNING, MINOR, "A non-default server URL was removed."),
  SECURITY_SCHEME_ADDED("security-scheme-added", INFO, MINOR, "A security scheme was added."),
  SECURITY_SCHEME_REMOVED("security-scheme-removed", BREAKING, MAJOR,
      "A security scheme was removed: callers using it can no longer authenticate."),
  SECURITY_SCHEME_CHANGED("security-scheme-changed", BREAKING, MAJOR,
      "A security scheme's type, scheme, location or flows changed."),
  SECURITY_TIGHTENED("security-tightened", BREAKING, MAJOR,
      "An operation no longer accepts credentials it accepted before."),
  SECURITY_RELAXED("security-relaxed", INFO, MINOR,
      "An operation accepts new credentials (or none) in addition to the old ones."),
  DESCRIPTION_CHANGED("description-changed", INFO, PATCH,
      "A description, summary or title changed (documentation only)."),
  EXAMPLE_CHANGED("example-changed", INFO, PATCH, "An example changed (documentation only)."),
  DEPRECATION_REMOVED("deprecation-removed", INFO, PATCH,
      "An operation, parameter or property is no longer deprecated."),

  // Paths and operations
  PATH_ADDED("path-added", INFO, MINOR, "A path was added with its operations."),
  PATH_REMOVED("path-removed", BREAKING, MAJOR,
      "A path was removed with its operations, and their Java methods."),
  OPERATION_ADDED("operation-added", INFO, MINOR, "An operation was added to an existing path."),
  OPERATION_REMOVED("operation-removed", BREAKING, MAJOR,
      "An operation was removed, and its Java method."),
  OPERATION_ID_CHANGED("operation-id-changed", BREAKING, MAJOR,
      "An operationId changed: the Java method is renamed."),
  OPERATION_TAG_CHANGED("operation-tag-changed", BREAKING, MAJOR,
      "An operation's first tag changed: the Java method moves to other API classes."),
  OPERATION_DEPRECATED("operation-deprecated", WARNING, MINOR, "An operation was deprecated."),

  // Parameters
  PARAMETER_ADDED_REQUIRED("parameter-added-required", BREAKING, MAJOR,
      "A required parameter was added: existing calls lack it."),
  PARAMETER_ADDED_OPTIONAL("parameter-added-optional", INFO, MINOR,
      "An optional parameter was added."),
  PARAMETER_REMOVED("parameter-removed", BREAKING, MAJOR,
      "A parameter was removed: callers sending it are ignored, the Java method loses it."),
  PARAMETER_MADE_REQUIRED("parameter-made-required", BREAKING, MAJOR,
      "An optional parameter became required."),
  PARAMETER_MADE_OPTIONAL("parameter-made-optional", INFO, MINOR,
      "A required parameter became optional."),
  PARAMETER_RENAMED("parameter-renamed", BREAKING, MAJOR,
      "A query, header or cookie parameter was renamed: the server expects the new name."),
  PATH_PARAMETER_RENAMED("path-parameter-renamed", INFO, PATCH,
      "A path parameter was renamed in place: the URL is unchanged."),
  PARAMETER_LOCATION_CHANGED("parameter-location-changed", BREAKING, MAJOR,
      "A parameter moved to another location (query, header, path, cookie)."),
  PARAMETER_TYPE_CHANGED("parameter-type-changed", BREAKING, MAJOR,
      "A parameter's type or format changed, and the Java parameter type with it."),
  PARAMETER_DEPRECATED("parameter-deprecated", WARNING, MINOR, "A parameter was deprecated."),

  // Request bodies
  REQUEST_BODY_ADDED_REQUIRED("request-body-added-required", BREAKING, MAJOR,
      "A required request body was added."),
  REQUEST_BODY_ADDED_OPTIONAL("request-body-added-optional", INFO, MINOR,
      "An optional request body was added."),
  REQUEST_BODY_REMOVED("request-body-removed", BREAKING, MAJOR, "The request body was removed."),
  REQUEST_BODY_MADE_REQUIRED("request-body-made-required", BREAKING, MAJOR,
      "An optional request body became required."),
  REQUEST_BODY_MADE_OPTIONAL("request-body-made-optional", INFO, MINOR,
      "A required request body became optional."),
  REQUEST_MEDIA_TYPE_ADDED("request-media-type-added", INFO, MINOR,
      "A request body media type was added."),
  REQUEST_MEDIA_TYPE_REMOVED("request-media-type-removed", BREAKING, MAJOR,
      "A request body media type was removed."),
  REQUEST_BODY_TYPE_CHANGED("request-body-type-changed", BREAKING, MAJOR,
      "The request body's schema changed to another type or model class."),
  REQUEST_PROPERTY_ADDED_REQUIRED("request-property-added-required", BREAKING, MAJOR,
      "A required property was added to a request schema."),
  REQUEST_PROPERTY_ADDED_OPTIONAL("request-property-added-optional", INFO, MINOR,
      "An optional property was added to a request schema."),
  REQUEST_PROPERTY_REMOVED("request-property-removed", BREAKING, MAJOR,
      "A property was removed from a request schema (or became read-only), and its accessor."),
  REQUEST_PROPERTY_MADE_REQUIRED("request-property-made-required", BREAKING, MAJOR,
      "A request property became required."),
  REQUEST_PROPERTY_MADE_OPTIONAL("request-property-made-optional", INFO, MINOR,
      "A request property became optional."),
  REQUEST_PROPERTY_TYPE_CHANGED("request-property-type-changed", BREAKING, MAJOR,
      "A request property's type, format, enum-ness, item uniqueness or model class changed."),
  REQUEST_ENUM_VALUE_ADDED("request-enum-value-added", INFO, MINOR,
      "A request enum accepts a new value."),
  REQUEST_ENUM_VALUE_REMOVED("request-enum-value-removed", BREAKING, MAJOR,
      "A request enum no longer accepts a value, and its Java constant is gone."),
  REQUEST_CONSTRAINT_TIGHTENED("request-constraint-tightened", BREAKING, MAJOR,
      "A request constraint (length, pattern, range, item count) rejects values it accepted."),
  REQUEST_CONSTRAINT_RELAXED("request-constraint-relaxed", INFO, MINOR,
      "A request constraint accepts more values."),
  REQUEST_NULLABLE_REMOVED("request-nullable-removed", BREAKING, MAJOR,
      "A request value that accepted null no longer does."),
  REQUEST_NULLABLE_ADDED("request-nullable-added", INFO, MINOR, "A request value accepts null."),
  REQUEST_DEFAULT_CHANGED("request-default-changed", WARNING, MINOR,
      "A request default changed: calls that omit the value behave differently."),
  PROPERTY_DEPRECATED("property-deprecated", WARNING, MINOR,
      "A schema or property was deprecated."),

  // Responses
  RESPONSE_SUCCESS_STATUS_ADDED("response-success-status-added", WARNING, MINOR,
      "An operation may answer with a new 2xx status."),
  RESPONSE_SUCCESS_STATUS_REMOVED("response-success-status-removed", BREAKING, MAJOR,
      "A 2xx status is no longer returned."),
  RESPONSE_SUCCESS_STATUS_CHANGED("response-success-status-changed", BREAKING, MAJOR,
      "The only 2xx status changed to another one."),
  RESPONSE_ERROR_STATUS_ADDED("response-error-status-added", INFO, MINOR,
      "A non-2xx response was documented."),
  RESPONSE_ERROR_STATUS_REMOVED("response-error-status-removed", INFO, PATCH,
      "A non-2xx response is no longer documented."),
  RESPONSE_MEDIA_TYPE_ADDED("response-media-type-added", INFO, MINOR,
      "A response media type was added."),
  RESPONSE_MEDIA_TYPE_REMOVED("response-media-type-removed", BREAKING, MAJOR,
      "A response media type (or the whole body) was removed."),
  RESPONSE_BODY_TYPE_CHANGED("response-body-type-changed", BREAKING, MAJOR,
      "The response body's schema changed to another type or model class."),
  RESPONSE_HEADER_ADDED("response-header-added", INFO, MINOR, "A response header was added."),
  RESPONSE_HEADER_REMOVED("response-header-removed", BREAKING, MAJOR,
      "A response header was removed."),
  RESPONSE_PROPERTY_ADDED("response-property-added", INFO, MINOR,
      "A property was added to a response schema."),
  RESPONSE_PROPERTY_REMOVED("response-property-removed", BREAKING, MAJOR,
      "A property was removed from a response schema (or became write-only), and its accessor."),
  RESPONSE_PROPERTY_MADE_OPTIONAL("response-property-made-optional", BREAKING, MAJOR,
      "A response property is no longer always present."),
  RESPONSE_PROPERTY_MADE_REQUIRED("response-property-made-required", INFO, PATCH,
      "A response property is now always present."),
  RESPONSE_PROPERTY_TYPE_CHANGED("response-property-type-changed", BREAKING, MAJOR,
      "A response property's type, format, enum-ness, item uniqueness or model class changed."),
  RESPONSE_ENUM_VALUE_ADDED("response-enum-value-added", WARNING, MINOR,
      "A response enum may return a new value (the client keeps unknown values)."),
  RESPONSE_ENUM_VALUE_REMOVED("response-enum-value-removed", BREAKING, MAJOR,
      "A response enum value is gone, and its Java constant."),
  RESPONSE_CONSTRAINT_RELAXED("response-constraint-relaxed", WARNING, MINOR,
      "A response constraint allows values callers may not expect (longer, larger, more)."),
  RESPONSE_CONSTRAINT_TIGHTENED("response-constraint-tightened", INFO, PATCH,
      "A response constraint narrows what the server returns."),
  RESPONSE_NULLABLE_ADDED("response-nullable-added", BREAKING, MAJOR,
      "A response value may now be null."),
  RESPONSE_NULLABLE_REMOVED("response-nullable-removed", INFO, PATCH,
      "A response value is never null any more."),

  // Named schemas
  SCHEMA_ADDED("schema-added", INFO, MINOR, "A named schema (a model class) was added."),
  SCHEMA_REMOVED("schema-removed", BREAKING, MAJOR,
      "A named schema was removed: its model class disappears."),
  SCHEMA_ALIAS_REMOVED("schema-alias-removed", INFO, PATCH,
      "A named primitive or array alias was removed; the generator made no class of it."),
  SCHEMA_RENAMED("schema-renamed", BREAKING, MAJOR,
      "A named schema was renamed unchanged: its model class is renamed."),
  SCHEMA_TYPE_CHANGED("schema-type-changed", BREAKING, MAJOR,
      "A named schema's own type changed: its model class changes, disappears or appears."),
  SCHEMA_COMPOSITION_CHANGED("schema-composition-changed", BREAKING, MAJOR,
      "A schema's allOf, oneOf, anyOf or discriminator changed shape."),
  UNREFERENCED_SCHEMA_CHANGED("unreferenced-schema-changed", BREAKING, MAJOR,
      "A schema no operation or callback carries changed as a request or a response would be "
          + "broken: code that builds or reads its model class may break."),
  UNREFERENCED_SCHEMA_EXTENDED("unreferenced-schema-extended", INFO, MINOR,
      "A schema no operation or callback carries changed compatibly: a property or enum value "
          + "added, a constraint relaxed, a default changed."),

  // About the diff itself
  VERSION_NOT_BUMPED("version-not-bumped", WARNING, NONE,
      "info.version did not move as far as the changes require."),
  ACCEPTED_BREAK_UNUSED("accepted-break-unused", WARNING, NONE,
      "An accepted-breaks entry matches no change: remove it.");

  private final String id;
  private final Severity severity;
  private final Bump bump;
  private final String description;

  Rule(String id, Severity severity, Bump bump, String description) {
    this.id = id;
    this.severity = severity;
    this.bump = bump;
    this.description = description;
  }

  /** The stable kebab-case id, {@code operation-removed}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** The smallest version bump a change of this kind calls for. */
  public Bump bump() {
    return bump;
  }

  /** One sentence saying what the rule reports. */
  public String description() {
    return description;
  }

  /** The rule with {@code id}, if any. */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
