package io.github.webrtcsdk.sessions.generator;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Java type of a property, request body or response body, and how its JSON is read and written.
 *
 * <p>Every choice of Java type and JSON adapter for the emitted client is made here, so that the
 * templates only print what this class decides.
 */
final class JavaType {
  enum Kind {
    STRING,
    INTEGER,
    LONG,
    DOUBLE,
    BOOLEAN,
    JSON_VALUE,
    MODEL,
    ENUM,
    LIST,
    SET,
    MAP
  }

  final Kind kind;

  /** The simple class name of a model or enum; null for other kinds. */
  final String className;

  /** The element type of a list or set, the value type of a map; null for other kinds. */
  final JavaType element;

  private JavaType(Kind kind, String className, JavaType element) {
    this.kind = kind;
    this.className = className;
    this.element = element;
  }

  static JavaType scalar(Kind kind) {
    if (kind == Kind.MODEL || kind == Kind.ENUM || isContainerKind(kind)) {
      throw new IllegalArgumentException("not a scalar: " + kind);
    }
    return new JavaType(kind, null, null);
  }

  static JavaType model(String className) {
    return new JavaType(Kind.MODEL, Objects.requireNonNull(className), null);
  }

  static JavaType openEnum(String className) {
    return new JavaType(Kind.ENUM, Objects.requireNonNull(className), null);
  }

  static JavaType list(JavaType element) {
    return new JavaType(Kind.LIST, null, Objects.requireNonNull(element));
  }

  static JavaType set(JavaType element) {
    return new JavaType(Kind.SET, null, Objects.requireNonNull(element));
  }

  static JavaType map(JavaType value) {
    return new JavaType(Kind.MAP, null, Objects.requireNonNull(value));
  }

  private static boolean isContainerKind(Kind kind) {
    return kind == Kind.LIST || kind == Kind.SET || kind == Kind.MAP;
  }

  boolean isContainer() {
    return isContainerKind(kind);
  }

  /** The type as written in a declaration, like {@code Set<PublishPermission>}. */
  String declaration() {
    switch (kind) {
      case STRING:
        return "String";
      case INTEGER:
        return "Integer";
      case LONG:
        return "Long";
      case DOUBLE:
        return "Double";
      case BOOLEAN:
        return "Boolean";
      case JSON_VALUE:
        return "Object";
      case MODEL:
      case ENUM:
        return className;
      case LIST:
        return "List<" + element.declaration() + ">";
      case SET:
        return "Set<" + element.declaration() + ">";
      case MAP:
        return "Map<String, " + element.declaration() + ">";
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * The Java expression that makes the JSON adapter of this type; {@code moshi} names the Moshi
   * instance in scope. Models and enums are looked up through Moshi, which finds the generated
   * adapter through the generated factory.
   */
  String adapterExpression() {
    switch (kind) {
      case STRING:
      case INTEGER:
      case LONG:
      case DOUBLE:
      case BOOLEAN:
      case JSON_VALUE:
        return "JsonAdapters." + kind.name();
      case MODEL:
      case ENUM:
        return "moshi.adapter(" + className + ".class)";
      case LIST:
        return "JsonAdapters.listOf(" + element.adapterExpression() + ")";
      case SET:
        return "JsonAdapters.setOf(" + element.adapterExpression() + ")";
      case MAP:
        return "JsonAdapters.mapOf(" + element.adapterExpression() + ")";
      default:
        throw new AssertionError(kind);
    }
  }

  /** The name of a field that holds this type's adapter, like {@code participantListAdapter}. */
  String adapterFieldName() {
    return lowerFirst(adapterNameStem()) + "Adapter";
  }

  private String adapterNameStem() {
    switch (kind) {
      case JSON_VALUE:
        return "JsonValue";
      case MODEL:
      case ENUM:
        return className;
      case LIST:
        return element.adapterNameStem() + "List";
      case SET:
        return element.adapterNameStem() + "Set";
      case MAP:
        return element.adapterNameStem() + "Map";
      default:
        return declaration();
    }
  }

  /** An expression for the empty value of a container, like {@code Collections.emptyList()}. */
  String emptyContainerExpression() {
    switch (kind) {
      case LIST:
        return "Collections.<" + element.declaration() + ">emptyList()";
      case SET:
        return "Collections.<" + element.declaration() + ">emptySet()";
      case MAP:
        return "Collections.<String, " + element.declaration() + ">emptyMap()";
      default:
        throw new IllegalStateException("not a container: " + declaration());
    }
  }

  /** Adds the imports that a declaration of this type needs, models in {@code modelPackage}. */
  void collectImports(Set<String> imports, String modelPackage) {
    switch (kind) {
      case MODEL:
      case ENUM:
        if (modelPackage != null) {
          imports.add(modelPackage + "." + className);
        }
        break;
      case LIST:
        imports.add("java.util.List");
        element.collectImports(imports, modelPackage);
        break;
      case SET:
        imports.add("java.util.Set");
        element.collectImports(imports, modelPackage);
        break;
      case MAP:
        imports.add("java.util.Map");
        element.collectImports(imports, modelPackage);
        break;
      default:
        break;
    }
  }

  /** True when this type or one of its elements is a model or enum. */
  boolean referencesModels() {
    return kind == Kind.MODEL
        || kind == Kind.ENUM
        || (element != null && element.referencesModels());
  }

  /** A short description for documentation, like {@code array of Participant}. */
  String describe() {
    switch (kind) {
      case LIST:
        return "array of " + element.describe();
      case SET:
        return "array of unique " + element.describe();
      case MAP:
        return "map of " + element.describe();
      case JSON_VALUE:
        return "any JSON value";
      default:
        return declaration();
    }
  }

  private static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JavaType)) {
      return false;
    }
    JavaType that = (JavaType) o;
    return kind == that.kind
        && Objects.equals(className, that.className)
        && Objects.equals(element, that.element);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, className, element);
  }

  @Override
  public String toString() {
    return declaration();
  }
}
