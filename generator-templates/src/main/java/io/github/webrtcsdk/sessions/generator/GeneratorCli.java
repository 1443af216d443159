package io.github.webrtcsdk.sessions.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The command line of the generator: writes a standalone Maven project with the client of any
 * OpenAPI 3.0 document.
 *
 * <pre>
 * java -jar generator-cli.jar generate -i SPEC -o DIR --base-package PKG
 * </pre>
 *
 * <p>The project's {@code pom.xml} depends on Retrofit, OkHttp and Moshi at the versions this
 * generator is built and tested with; {@code mvn package} in {@code DIR} builds the client. A
 * construct the generator cannot emit stops it, exit status 1, with a message that names the schema
 * or operation and the construct; wrong arguments give the usage, exit status 2.
 */
public final class GeneratorCli {
  static final String USAGE =
      "Usage: java -jar generator-cli.jar generate -i SPEC -o DIR --base-package PKG\n"
          + "    [--client-name NAME] [--bound-parameters NAME,...]\n"
          + "    [--group-id ID] [--artifact-id ID] [--version VERSION]\n"
          + "\n"
          + "Writes a Maven project with a Retrofit + Moshi Java client of the OpenAPI 3.0\n"
          + "document SPEC into DIR, in package PKG (PKG.api, PKG.model).\n"
          + "  --client-name       the client class (default: the title and \"Client\")\n"
          + "  --bound-parameters  path parameters set once on the client, not per call\n"
          + "  --group-id, --artifact-id, --version  the project's coordinates\n"
          + "                      (default: PKG, the client name in kebab case, 1.0.0-SNAPSHOT)\n";

  private GeneratorCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit status: 0 done, 1 generation failed, 2 usage. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options == null) {
      out.print(USAGE);
      return 0;
    }
    try {
      generate(options);
    } catch (RuntimeException e) {
      err.println("error: " + reason(e));
      return 1;
    }
    out.println("Wrote the client project to " + options.get("-o"));
    return 0;
  }

  /** The options by name; null for help. */
  private static Map<String, String> parse(String[] args) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      return null;
    }
    if (!args[0].equals("generate")) {
      throw new IllegalArgumentException("unknown command " + args[0]);
    }
    Map<String, String> options = new LinkedHashMap<>();
    List<String> known =
        List.of(
            "-i",
            "-o",
            "--base-package",
            "--client-name",
            "--bound-parameters",
            "--group-id",
            "--artifact-id",
            "--version");
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (name.equals("-h") || name.equals("--help")) {
        return null;
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      options.put(name, args[++i]);
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("-i", "-o", "--base-package")) {
      if (!options.containsKey(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing " + String.join(", ", missing));
    }
    String basePackage = options.get("--base-package");
    if (!basePackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
      throw new IllegalArgumentException("--base-package is not a Java package: " + basePackage);
    }
    if (options.containsKey("--client-name")
        && !options.get("--client-name").matches("[A-Z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "--client-name is not a Java class name: " + options.get("--client-name"));
    }
    return options;
  }

  private static void generate(Map<String, String> options) {
    String basePackage = options.get("--base-package");
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName(WebRtcJavaCodegen.NAME)
            .setInputSpec(options.get("-i"))
            .setOutputDir(options.get("-o"));
    ClientOptInput input = configurator.toClientOptInput();
    String title =
        input.getOpenAPI().getInfo() == null ? null : input.getOpenAPI().getInfo().getTitle();
    String clientName = options.getOrDefault("--client-name", clientName(title));
    Map<String, Object> properties = input.getConfig().additionalProperties();
    properties.put(CodegenConstants.INVOKER_PACKAGE, basePackage);
    properties.put(CodegenConstants.API_PACKAGE, basePackage + ".api");
    properties.put(CodegenConstants.MODEL_PACKAGE, basePackage + ".model");
    properties.put(WebRtcJavaCodegen.CLIENT_CLASS_NAME, clientName);
    properties.put(
        WebRtcJavaCodegen.CLIENT_BOUND_PARAMETERS, options.getOrDefault("--bound-parameters", ""));
    properties.put(WebRtcJavaCodegen.STANDALONE_PROJECT, "true");
    properties.put("projectGroupId", options.getOrDefault("--group-id", basePackage));
    String artifactId = options.getOrDefault("--artifact-id", kebabCase(clientName));
    String version = options.getOrDefault("--version", "1.0.0-SNAPSHOT");
    properties.put("projectArtifactId", artifactId);
    properties.put("projectVersion", version);
    // The User-Agent names the project: artifactId/version.
    properties.put(CodegenConstants.ARTIFACT_ID, artifactId);
    properties.put(WebRtcJavaCodegen.CLIENT_VERSION, version);
    Properties versions = versions();
    for (String name : versions.stringPropertyNames()) {
      properties.put(name + "Version", versions.getProperty(name));
    }
    new DefaultGenerator().opts(input).generate();
  }

  /**
   * {@code Bandwidth} gives {@code BandwidthClient}; a title that is no name gives {@code
   * ApiClient}.
   */
  static String clientName(String title) {
    StringBuilder words = new StringBuilder();
    for (String word : (title == null ? "" : title).split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      // An acronym reads as a word: "Pet store API" gives PetStoreApi.
      String rest =
          word.equals(word.toUpperCase(Locale.ROOT))
              ? word.substring(1).toLowerCase(Locale.ROOT)
              : word.substring(1);
      words.append(Character.toUpperCase(word.charAt(0))).append(rest);
    }
    String name = words.toString();
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "Api" + name;
    }
    return name.endsWith("Client") ? name : name + "Client";
  }

  /** {@code BandwidthClient} gives {@code bandwidth-client}. */
  static String kebabCase(String className) {
    return className
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /** The versions of the client's libraries this generator was built with. */
  static Properties versions() {
    Properties versions = new Properties();
    try (InputStream in = GeneratorCli.class.getResourceAsStream("versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("versions.properties is missing from the generator");
      }
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return versions;
  }

  /**
   * The message of the generator's own failure, unwrapped from upstream's wrappers ("Could not
   * generate model ..."), or the first message in the chain.
   */
  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException
          && t.getMessage() != null
          && t.getMessage().startsWith(WebRtcJavaCodegen.NAME + ": ")) {
        return t.getMessage();
      }
    }
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        if (chain.length() > 0) {
          chain.append(": ");
        }
        chain.append(t.getMessage().trim());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return chain.length() > 0 ? chain.toString() : e.getClass().getName().toLowerCase(Locale.ROOT);
  }
}
