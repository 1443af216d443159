package io.github.webrtcsdk.sessions.generator;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.codegen.api.TemplatingEngineAdapter;
import org.openapitools.codegen.api.TemplatingExecutor;

/**
 * Adds to a generated Java file the imports of the client runtime's classes it names, so that
 * templates and views never list them.
 *
 * <p>The runtime ({@code client-runtime}) is a library the generated code depends on: its public
 * types in {@value #API_PACKAGE}, its machinery in {@value #INTERNAL_PACKAGE}. A generated file may
 * name any of them, in code or in Javadoc; the import follows from the name. Schemas never take one
 * of these names (see {@link #isRuntimeClass}), so a simple name is never ambiguous.
 *
 * <p>One name is not the runtime's own: {@code Nullable} is JSpecify's ({@value #NULLABLE}), which
 * the runtime depends on and every generated file may use.
 */
final class RuntimeImports {
  static final String API_PACKAGE = "io.github.webrtcsdk.runtime";
  static final String INTERNAL_PACKAGE = API_PACKAGE + ".internal";
  static final String NULLABLE = "org.jspecify.annotations.Nullable";

  /**
   * Every runtime class by simple name, and JSpecify's {@code Nullable}; {@code RuntimeImportsTest}
   * holds it to the runtime.
   */
  static final Map<String, String> CLASSES = classes();

  private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?([\\w.]+);\\n");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);\\n");
  // A simple name, not the last part of a qualified one.
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])[A-Z]\\w*\\b");
  // Literals are not references; their text must not import anything.
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

  private RuntimeImports() {}

  static boolean isRuntimeClass(String simpleName) {
    return CLASSES.containsKey(simpleName);
  }

  /** Returns {@code source} with an import for each runtime class it names, imports sorted. */
  static String addTo(String source) {
    Matcher pkg = PACKAGE.matcher(source);
    if (!pkg.find()) {
      return source;
    }
    Set<String> imports = new TreeSet<>();
    Set<String> staticImports = new TreeSet<>();
    Set<String> importedNames = new TreeSet<>();
    Matcher imported = IMPORT.matcher(source);
    int importsEnd = pkg.end();
    while (imported.find()) {
      (imported.group(1) != null ? staticImports : imports).add(imported.group(2));
      importedNames.add(imported.group(2).substring(imported.group(2).lastIndexOf('.') + 1));
      importsEnd = imported.end();
    }
    String body = source.substring(importsEnd);
    Matcher name = NAME.matcher(STRING_LITERAL.matcher(body).replaceAll("\"\""));
    while (name.find()) {
      String qualified = CLASSES.get(name.group());
      if (qualified != null
          && !importedNames.contains(name.group())
          && !qualified.equals(pkg.group(1) + "." + name.group())) {
        imports.add(qualified);
      }
    }
    StringBuilder out = new StringBuilder(source.substring(0, pkg.end())).append('\n');
    for (String each : staticImports) {
      out.append("import static ").append(each).append(";\n");
    }
    if (!staticImports.isEmpty()) {
      out.append('\n');
    }
    for (String each : imports) {
      out.append("import ").append(each).append(";\n");
    }
    String rest = body.replaceFirst("^\\n*", "");
    return out.append(imports.isEmpty() ? "" : "\n").append(rest).toString();
  }

  private static Map<String, String> classes() {
    Map<String, String> classes = new LinkedHashMap<>();
    for (String name :
        Arrays.asList(
            "ApiError", "ApiException", "ApiResponse", "AuthenticationException",
            "BadRequestException", "ConflictException", "InternalServerException",
            "InvalidResponseException", "LogLevel", "MessageText", "NotFoundException",
            "PermissionDeniedException", "RateLimitException", "RequestBodies", "RequestLogger",
            "RequestOptions", "SdkException", "SdkIoException", "UnauthorizedException",
            "UnexpectedStatusCodeException")) {
      classes.put(name, API_PACKAGE + "." + name);
    }
    for (String name :
        Arrays.asList(
            "Apis", "ArraySet", "Attempt", "Authentication", "CallDeadlines", "CallExecutor",
            "ClientHeaders", "ClientResources", "Constraints", "EnvironmentSettings",
            "FormatAdapters", "JsonAdapters", "JsonConverterFactory", "JsonNumberLimit",
            "JsonObjects", "JsonValues", "JsonWriters", "NullSafeAdapter",
            "LoggingInterceptor", "ModelSupport", "OAuth2Authentication", "ParameterValues",
            "PathSegments", "ReceivedBody", "Redaction", "ResponseDecoder",
            "RetryAfterZeroInterceptor", "RetryPolicy", "ServerUrl", "Sleeper", "TextScrubber",
            "Timeouts", "Unions", "UserAgent")) {
      classes.put(name, INTERNAL_PACKAGE + "." + name);
    }
    classes.put("Nullable", NULLABLE);
    return Collections.unmodifiableMap(classes);
  }

  /** Renders with another engine, then imports what each Java file names of the runtime. */
  static final class Engine implements TemplatingEngineAdapter {
    private final TemplatingEngineAdapter delegate;

    Engine(TemplatingEngineAdapter delegate) {
      this.delegate = delegate;
    }

    @Override
    public String getIdentifier() {
      return delegate.getIdentifier();
    }

    @Override
    public String[] getFileExtensions() {
      return delegate.getFileExtensions();
    }

    @Override
    public String compileTemplate(
        TemplatingExecutor executor, Map<String, Object> bundle, String templateFile)
        throws IOException {
      String rendered = delegate.compileTemplate(executor, bundle, templateFile);
      // Markdown and the pom are not Java, whatever lines they hold.
      return templateFile.endsWith("Doc.mustache")
              || templateFile.endsWith("docsIndex.mustache")
              || templateFile.endsWith("pom.mustache")
          ? rendered
          : addTo(TypeUseAnnotations.place(rendered));
    }
  }
}
