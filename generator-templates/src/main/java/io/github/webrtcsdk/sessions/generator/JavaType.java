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
    FLOAT,
    DOUBLE,
    BIG_DECIMAL,
    BOOLEAN,
    LOCAL_DATE,
    OFFSET_DATE_TIME,
    UUID,
    URI,
    BYTES,
    /** Any JSON value, {@code type} left out: {@code Object}. */
    JSON_VALUE,
    /** A free-form JSON object: {@code Map<String, Object>} of JSON values, nulls allowed. */
    JSON_OBJECT,
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

  /**
   * The package a model or enum is written with, never imported; null for imported names. Java 8
   * warns on imports of deprecated classes, and no {@code @SuppressWarnings} reaches imports.
   */
  final String qualifier;

  private JavaType(Kind kind, String className, JavaType element, String qualifier) {
    this.kind = kind;
    this.className = className;
    this.element = element;
    this.qualifier = qualifier;
  }

  private JavaType(Kind kind, String className, JavaType element) {
    this(kind, className, element, null);
  }

  /** This model or enum written with its package, {@code p.model.Legacy}, rather than imported. */
  JavaType qualified(String packageName) {
    if (className == null) {
      throw new IllegalStateException("not a model or enum: " + this);
    }
    return new JavaType(kind, className, null, Objects.requireNonNull(packageName));
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
      case FLOAT:
        return "Float";
      case DOUBLE:
        return "Double";
      case BIG_DECIMAL:
        return "BigDecimal";
      case BOOLEAN:
        return "Boolean";
      case LOCAL_DATE:
        return "LocalDate";
      case OFFSET_DATE_TIME:
        return "OffsetDateTime";
      case UUID:
        return "UUID";
      case URI:
        return "URI";
      case BYTES:
        return "ByteString";
      case JSON_VALUE:
        return "Object";
      case JSON_OBJECT:
        return "Map<String, Object>";
      case MODEL:
      case ENUM:
        return qualifier == null ? className : qualifier + "." + className;
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
   * How a model adapter gets the adapters of the models it holds: from the Moshi it was made for,
   * or the factory's shared ones when it was made without one ({@code moshi} is then null).
   */
  static final String NESTED_MODEL_ADAPTER = "ModelJsonAdapterFactory.adapterOf(moshi, %s)";

  /** How code outside the model package gets a model's adapter: the factory's shared one. */
  static final String SHARED_MODEL_ADAPTER = "ModelJsonAdapterFactory.adapter(%s)";

  /**
   * The Java expression that makes the JSON adapter of this type, in code outside the model
   * package: models and enums get the generated factory's shared adapters, with no Moshi.
   */
  String adapterExpression() {
    return adapterExpression(SHARED_MODEL_ADAPTER);
  }

  /**
   * The Java expression that makes the JSON adapter of this type; {@code modelAdapter} formats
   * the expression of a model's or enum's adapter from its class literal, as
   * {@link #NESTED_MODEL_ADAPTER} and {@link #SHARED_MODEL_ADAPTER} do.
   */
  String adapterExpression(String modelAdapter) {
    switch (kind) {
      case STRING:
      case INTEGER:
      case LONG:
      case DOUBLE:
      case BOOLEAN:
      case JSON_VALUE:
        return "JsonAdapters." + kind.name();
      case FLOAT:
      case BIG_DECIMAL:
      case LOCAL_DATE:
      case OFFSET_DATE_TIME:
      case UUID:
      case URI:
      case BYTES:
      case JSON_OBJECT:
        return "FormatAdapters." + kind.name();
      case MODEL:
      case ENUM:
        return String.format(modelAdapter, declaration() + ".class");
      case LIST:
        return "JsonAdapters.listOf(" + element.adapterExpression(modelAdapter) + ")";
      case SET:
        return "JsonAdapters.setOf(" + element.adapterExpression(modelAdapter) + ")";
      case MAP:
        return "JsonAdapters.mapOf(" + element.adapterExpression(modelAdapter) + ")";
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * The {@code JsonReader} call that reads a non-null value of this scalar type, or null for types
   * read through an adapter. The same call the scalar adapter makes, without the adapter's second
   * null check and virtual call on every property.
   */
  String directRead() {
    switch (kind) {
      case STRING:
        return "reader.nextString()";
      case INTEGER:
        return "reader.nextInt()";
      case LONG:
        return "reader.nextLong()";
      case DOUBLE:
        return "reader.nextDouble()";
      case BOOLEAN:
        return "reader.nextBoolean()";
      default:
        return null;
    }
  }

  /**
   * The {@code JsonWriter} call that writes the non-null value {@code value} of this scalar type,
   * or null for types written through an adapter; as the scalar adapters write them.
   */
  String directWrite(String value) {
    switch (kind) {
      case STRING:
        return "writer.value(" + value + ")";
      case INTEGER:
      case LONG:
        return "writer.value(" + value + ".longValue())";
      case DOUBLE:
        return "writer.value(" + value + ".doubleValue())";
      case BOOLEAN:
        return "writer.value(" + value + ".booleanValue())";
      default:
        return null;
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
      case JSON_OBJECT:
        return "JsonObject";
      case UUID:
        return "Uuid";
      case URI:
        return "Uri";
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
      case BIG_DECIMAL:
        imports.add("java.math.BigDecimal");
        break;
      case LOCAL_DATE:
        imports.add("java.time.LocalDate");
        break;
      case OFFSET_DATE_TIME:
        imports.add("java.time.OffsetDateTime");
        break;
      case UUID:
        imports.add("java.util.UUID");
        break;
      case URI:
        imports.add("java.net.URI");
        break;
      case BYTES:
        imports.add("okio.ByteString");
        break;
      case JSON_OBJECT:
        imports.add("java.util.Map");
        break;
      case MODEL:
      case ENUM:
        if (modelPackage != null && qualifier == null) {
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

  /**
   * Whether {@code String.valueOf} of a value is its text in a URL or header: true for strings,
   * integers, booleans, open enums, dates, UUIDs and URIs; false for date-times, binary-floating
   * and decimal numbers and bytes, which {@code ParameterValues.format} writes instead.
   */
  boolean isPlainParameter() {
    switch (kind) {
      case STRING:
      case INTEGER:
      case LONG:
      case BOOLEAN:
      case ENUM:
      case LOCAL_DATE:
      case UUID:
      case URI:
        return true;
      default:
        return false;
    }
  }

  /** Whether values of this type can be a query, header or path parameter. */
  boolean isParameterScalar() {
    switch (kind) {
      case JSON_VALUE:
      case JSON_OBJECT:
      case MODEL:
      case LIST:
      case SET:
      case MAP:
        return false;
      default:
        return true;
    }
  }

  /** The JSON token that starts a value of this type, for telling the variants of a union apart. */
  String jsonToken() {
    switch (kind) {
      case STRING:
      case LOCAL_DATE:
      case OFFSET_DATE_TIME:
      case UUID:
      case URI:
      case BYTES:
      case ENUM:
        return "STRING";
      case INTEGER:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        return "NUMBER";
      case BOOLEAN:
        return "BOOLEAN";
      case JSON_OBJECT:
      case MAP:
        return "BEGIN_OBJECT";
      case LIST:
      case SET:
        return "BEGIN_ARRAY";
      default:
        return null; // Models and any-value: decided by trying.
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
      case JSON_OBJECT:
        return "JSON object";
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
        && Objects.equals(element, that.element)
        && Objects.equals(qualifier, that.qualifier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, className, element, qualifier);
  }

  @Override
  public String toString() {
    return declaration();
  }
}
