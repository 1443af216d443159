package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.unsupported;

import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/** The {@link JavaType} of each schema that a property, parameter or body uses. */
final class Types {
  private final Context context;

  Types(Context context) {
    this.context = context;
  }

  /** A schema that upstream inlines where it is used, rather than a class of its own. */
  static boolean isAlias(CodegenModel model) {
    return !model.isEnum
        && model.oneOf.isEmpty()
        && model.anyOf.isEmpty()
        && (model.isAlias || model.isArray || (model.isMap && model.vars.isEmpty()));
  }

  /** Whether {@code type} is or holds a model the API deprecates. */
  boolean isDeprecated(JavaType type) {
    CodegenModel model = type.className == null ? null : context.modelsByName.get(type.className);
    if (model != null && model.isDeprecated) {
      return true;
    }
    return type.element != null && isDeprecated(type.element);
  }

  /** Whether {@code className} is an object model: one that keeps unknown properties. */
  boolean isObjectModel(String className) {
    CodegenModel model = context.modelsByName.get(className);
    return model != null && !model.isEnum && model.oneOf.isEmpty() && model.anyOf.isEmpty();
  }

  /** The description of the model {@code type} names; null for other types. */
  String modelDescription(JavaType type) {
    return type.className == null ? null : context.modelsByName.get(type.className).description;
  }

  /** Resolves the Java type of a property; {@code where} names it in error messages. */
  JavaType resolve(CodegenProperty p, String where) {
    if (p.isArray) {
      if (p.items == null) {
        throw unsupported(where, "an array needs items");
      }
      JavaType element = resolve(p.items, where + "[]");
      return p.getUniqueItems() ? JavaType.set(element) : JavaType.list(element);
    }
    if (p.isMap && p.items != null && !p.items.isAnyType && !p.isFreeFormObject) {
      return JavaType.map(resolve(p.items, where + "{}"));
    }
    if (p.isMap || p.isFreeFormObject) {
      // An object of any JSON values, nulls included.
      return JavaType.scalar(JavaType.Kind.JSON_OBJECT);
    }
    if (p.isAnyType) {
      // Any JSON: objects, arrays, strings, numbers, booleans and nulls, kept as read.
      return JavaType.scalar(JavaType.Kind.JSON_VALUE);
    }
    String complex = p.complexType != null ? p.complexType : p.dataType;
    JavaType model = modelType(complex);
    if (model != null) {
      return model;
    }
    if (p.isEnum) {
      throw unsupported(
          where, "inline enums must be resolved into components (RESOLVE_INLINE_ENUMS)");
    }
    if (p.isBinary || p.isFile) {
      throw unsupported(where, "binary (format: binary) inside JSON; use format: byte (base64)");
    }
    if (p.isByteArray) {
      return JavaType.scalar(JavaType.Kind.BYTES);
    }
    if (p.isDate) {
      return JavaType.scalar(JavaType.Kind.LOCAL_DATE);
    }
    if (p.isDateTime) {
      return JavaType.scalar(JavaType.Kind.OFFSET_DATE_TIME);
    }
    if (p.isUuid) {
      return JavaType.scalar(JavaType.Kind.UUID);
    }
    if (p.isUri) {
      return JavaType.scalar(JavaType.Kind.URI);
    }
    if (p.isString || p.isEmail || p.isPassword) {
      // Other formats (email, hostname, ipv4...) stay strings, kept as sent.
      return JavaType.scalar(JavaType.Kind.STRING);
    }
    if (p.isBoolean) {
      return JavaType.scalar(JavaType.Kind.BOOLEAN);
    }
    if (p.isShort || (p.isInteger && "int32".equals(p.dataFormat))) {
      return JavaType.scalar(JavaType.Kind.INTEGER);
    }
    if (p.isInteger || p.isLong || p.isUnboundedInteger) {
      // An integer without a format may exceed 32 bits (millisecond timestamps do).
      return JavaType.scalar(JavaType.Kind.LONG);
    }
    if ("decimal".equals(p.dataFormat) || p.isDecimal) {
      return JavaType.scalar(JavaType.Kind.BIG_DECIMAL);
    }
    if (p.isFloat) {
      return JavaType.scalar(JavaType.Kind.FLOAT);
    }
    if (p.isNumber || p.isDouble || p.isNumeric) {
      return JavaType.scalar(JavaType.Kind.DOUBLE);
    }
    throw unsupported(where, "no Java type for schema type " + p.openApiType);
  }

  /** The Java type of a parameter or request body. */
  JavaType resolveParameter(CodegenParameter p, String where) {
    if (p.getSchema() != null) {
      return resolve(p.getSchema(), where);
    }
    if (p.isArray) {
      if (p.items == null) {
        throw unsupported(where, "an array needs items");
      }
      JavaType element = resolve(p.items, where + "[]");
      return p.getUniqueItems() ? JavaType.set(element) : JavaType.list(element);
    }
    if (p.isMap && p.items != null && !p.items.isAnyType) {
      return JavaType.map(resolve(p.items, where + "{}"));
    }
    if (p.isMap || p.isFreeFormObject) {
      return JavaType.scalar(JavaType.Kind.JSON_OBJECT);
    }
    JavaType model = modelType(p.baseType != null ? p.baseType : p.dataType);
    if (model != null) {
      return model;
    }
    CodegenProperty scalar = new CodegenProperty();
    scalar.isString = p.isString;
    scalar.isBoolean = p.isBoolean;
    scalar.isInteger = p.isInteger;
    scalar.isLong = p.isLong;
    scalar.isShort = p.isShort;
    scalar.isNumber = p.isNumber;
    scalar.isFloat = p.isFloat;
    scalar.isDouble = p.isDouble;
    scalar.isDecimal = p.isDecimal;
    scalar.isDate = p.isDate;
    scalar.isDateTime = p.isDateTime;
    scalar.isUuid = p.isUuid;
    scalar.isUri = p.isUri;
    scalar.isByteArray = p.isByteArray;
    scalar.isAnyType = p.isAnyType;
    scalar.isUnboundedInteger = p.isUnboundedInteger;
    scalar.dataFormat = p.dataFormat;
    scalar.openApiType = p.dataType;
    return resolve(scalar, where);
  }

  /**
   * The type of the model or enum class {@code name}, written with its package when the API
   * deprecates it (an import would warn); null when no class has that name.
   */
  private JavaType modelType(String name) {
    CodegenModel model = name == null ? null : context.modelsByName.get(name);
    if (model == null) {
      return null;
    }
    JavaType type =
        model.isEnum ? JavaType.openEnum(model.classname) : JavaType.model(model.classname);
    return model.isDeprecated ? type.qualified(context.options.modelPackage) : type;
  }
}
