package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.unsupported;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Java names for what the spec names: keywords, reserved names and member clashes avoided. */
final class Names {
  private Names() {}

  static final Set<String> JAVA_KEYWORDS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char",
                  "class", "const", "continue", "default", "do", "double", "else", "enum",
                  "extends", "final", "finally", "float", "for", "goto", "if", "implements",
                  "import", "instanceof", "int", "interface", "long", "native", "new", "package",
                  "private", "protected", "public", "return", "short", "static", "strictfp",
                  "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
                  "void", "volatile", "while", "true", "false", "null")));

  /**
   * Simple names that generated code uses unqualified: a schema with one of these names becomes
   * {@code Model<Name>}, as upstream does for keywords, rather than hiding the type it names.
   */
  private static final Set<String> RESERVED_CLASS_NAMES =
      new HashSet<>(
          Arrays.asList(
              // java.lang
              "Object", "String", "Integer", "Long", "Float", "Double", "Boolean", "Character",
              "Void", "Math", "System", "Class", "Override", "Deprecated", "SuppressWarnings",
              "FunctionalInterface", "Exception", "RuntimeException", "IllegalStateException",
              "IllegalArgumentException", "NullPointerException", "AssertionError", "Iterable",
              "Number", "StringBuilder", "Thread", "InterruptedException", "Runnable",
              // java.util, java.io, java.math, java.net, java.time, java.nio
              "Map", "List", "Set", "Collection", "Collections", "Objects", "ArrayList",
              "LinkedHashMap", "LinkedHashSet", "HashSet", "Arrays", "Locale", "UUID", "Pattern",
              "CompletableFuture", "Function", "IOException", "InputStream", "File", "Path",
              "BigDecimal", "URI", "LocalDate", "OffsetDateTime", "Duration", "TimeUnit",
              "StandardCharsets",
              // OkHttp, Okio, Retrofit, Moshi
              "RequestBody", "ResponseBody", "MediaType", "Request", "Response", "Headers",
              "HttpUrl", "OkHttpClient", "Interceptor", "Call", "ByteString",
              "Buffer", "BufferedSink", "Okio", "Source", "Retrofit", "Invocation", "GET", "POST",
              "PUT", "PATCH", "DELETE", "Query", "Header", "Body", "JsonAdapter", "JsonReader",
              "JsonWriter", "Moshi", "JsonDataException", "Types",
              // Nested classes of the generated models, and our own classes
              "Builder", "Callbacks", "ModelJsonAdapterFactory"));

  /** Members every model has: a property of one of these names takes a suffix. */
  static final Set<String> RESERVED_MEMBERS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "builder",
                  "toBuilder",
                  "build",
                  "equals",
                  "hashCode",
                  "toString",
                  "getClass",
                  "notify",
                  "notifyAll",
                  "wait",
                  "clone",
                  "finalize",
                  "additionalProperties",
                  "putAdditionalProperty",
                  "removeAdditionalProperty")));

  /** Upstream's model name, but never a name that generated code uses for another type. */
  static String modelName(String upstream, String clientClassName) {
    if (RESERVED_CLASS_NAMES.contains(upstream)
        || RuntimeImports.isRuntimeClass(upstream)
        || upstream.equals(clientClassName)) {
      return "Model" + upstream;
    }
    return upstream;
  }

  /**
   * A property or parameter name from upstream's camel case {@code var} of {@code name}: Java
   * keywords get a {@code Value} suffix and a leading digit an {@code n} prefix, rather than
   * upstream's underscore.
   */
  static String varName(String var, String name) {
    if (var.equals("propertyClass") && name.toLowerCase(Locale.ROOT).matches("^_*class$")) {
      return "classValue";
    }
    if (var.startsWith("_") && var.length() > 1) {
      String rest = var.substring(1);
      if (Character.isDigit(rest.charAt(0))) {
        return "n" + rest;
      }
      if (JAVA_KEYWORDS.contains(rest)) {
        return rest + "Value";
      }
      // Upstream also reserves names its own templates use (list, file, object): not ours.
      return rest;
    }
    return var;
  }

  /** A property's Java name: one named like a member every model has takes a suffix. */
  static String propertyName(String name) {
    return RESERVED_MEMBERS.contains(name) ? name + "Value" : name;
  }

  /** A parameter's name, {@code cat} for {@code Cat}; a keyword takes a suffix. */
  static String parameterName(String typeName) {
    String name = lowerFirst(typeName);
    return JAVA_KEYWORDS.contains(name) ? name + "Value" : name;
  }

  /** {@code sessions()} for tag Sessions; {@code defaultService()} for a keyword, like default. */
  static String accessorName(String tagName) {
    String accessor = lowerFirst(tagName);
    return JAVA_KEYWORDS.contains(accessor) ? accessor + "Service" : accessor;
  }

  /** {@code SessionsService} for the Retrofit interface {@code SessionsApi}. */
  static String serviceName(String apiClassName) {
    return tagName(apiClassName) + "Service";
  }

  /** {@code Sessions} for the Retrofit interface {@code SessionsApi}. */
  static String tagName(String apiClassName) {
    return apiClassName.substring(0, apiClassName.length() - "Api".length());
  }

  /** Adds {@code member} to the members of {@code model}; a second one of a name stops. */
  static void claim(Set<String> members, String model, String member) {
    if (!members.add(member)) {
      throw unsupported(
          model, "property names give two members named " + member + "; rename a property");
    }
  }

  /** The singular of a plural property name, for {@code addPublishPermission}. */
  static String singular(String plural, Set<String> taken) {
    String singular;
    if (plural.endsWith("ies") && plural.length() > 3) {
      singular = plural.substring(0, plural.length() - 3) + "y";
    } else if (plural.matches(".*(ss|x|ch|sh|us|ias)es")) {
      singular = plural.substring(0, plural.length() - 2);
    } else if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 1) {
      singular = plural.substring(0, plural.length() - 1);
    } else {
      singular = plural + "Item";
    }
    if (taken.contains(singular)) {
      singular = plural + "Item";
    }
    return singular;
  }

  /** {@code callbackUrl} as {@code CALLBACK_URL}. */
  static String constantName(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
