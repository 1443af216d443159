package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.WebRtcJavaCodegen.CLIENT_BOUND_PARAMETERS;
import static io.github.webrtcsdk.sessions.generator.WebRtcJavaCodegen.CLIENT_CLASS_NAME;
import static io.github.webrtcsdk.sessions.generator.WebRtcJavaCodegen.STANDALONE_PROJECT;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.SupportingFile;

/** The generator's options, read once, and the files it writes that are not per schema or tag. */
final class CodegenOptions {
  /**
   * Option: the prefix of the environment variables that the client's {@code fromEnv()} reads,
   * {@code BW_} by default (Bandwidth's); empty for no {@code fromEnv()}.
   */
  static final String ENVIRONMENT_PREFIX = "clientEnvironmentPrefix";

  /** Whether the client has a {@code fromEnv()}: whether the prefix is not empty. */
  static final String FROM_ENV = "clientFromEnv";

  /** The generated class that serves model adapters, in the model package. */
  static final String MODEL_ADAPTER_FACTORY = "ModelJsonAdapterFactory";

  final String clientClassName;

  /** Path parameters bound once on the client, not per call. */
  final List<String> boundParameters;

  final String invokerPackage;
  final String apiPackage;
  final String modelPackage;
  private final String sourceFolder;

  private CodegenOptions(
      String clientClassName,
      List<String> boundParameters,
      String invokerPackage,
      String apiPackage,
      String modelPackage,
      String sourceFolder) {
    this.clientClassName = clientClassName;
    this.boundParameters = Collections.unmodifiableList(boundParameters);
    this.invokerPackage = invokerPackage;
    this.apiPackage = apiPackage;
    this.modelPackage = modelPackage;
    this.sourceFolder = sourceFolder;
  }

  /** The options before {@code processOpts}: the WebRTC client's names. */
  static CodegenOptions defaults(
      String invokerPackage, String apiPackage, String modelPackage, String sourceFolder) {
    return new CodegenOptions(
        "WebRtcClient",
        Collections.singletonList("accountId"),
        invokerPackage,
        apiPackage,
        modelPackage,
        sourceFolder);
  }

  /**
   * The options in {@code additionalProperties}, and the values the templates read that follow
   * from them put back.
   */
  static CodegenOptions read(
      Map<String, Object> additionalProperties,
      String invokerPackage,
      String apiPackage,
      String modelPackage,
      String sourceFolder) {
    String clientClassName = "WebRtcClient";
    List<String> boundParameters = Collections.singletonList("accountId");
    if (additionalProperties.containsKey(CLIENT_CLASS_NAME)) {
      clientClassName = additionalProperties.get(CLIENT_CLASS_NAME).toString();
    }
    if (additionalProperties.containsKey(CLIENT_BOUND_PARAMETERS)) {
      boundParameters = new ArrayList<>();
      for (String name : additionalProperties.get(CLIENT_BOUND_PARAMETERS).toString().split(",")) {
        if (!name.trim().isEmpty()) {
          boundParameters.add(name.trim());
        }
      }
    }
    additionalProperties.put(CLIENT_CLASS_NAME, clientClassName);
    String environmentPrefix =
        String.valueOf(additionalProperties.getOrDefault(ENVIRONMENT_PREFIX, "BW_")).trim();
    additionalProperties.put(ENVIRONMENT_PREFIX, environmentPrefix);
    additionalProperties.put(FROM_ENV, !environmentPrefix.isEmpty());
    return new CodegenOptions(
        clientClassName, boundParameters, invokerPackage, apiPackage, modelPackage, sourceFolder);
  }

  /** The files written once per client, whatever the spec holds. */
  List<SupportingFile> supportingFiles(Map<String, Object> additionalProperties) {
    List<SupportingFile> supportingFiles = new ArrayList<>();
    String root = packageFolder(invokerPackage);
    String api = packageFolder(apiPackage);
    String model = packageFolder(modelPackage);
    // The fixed runtime is the client-runtime library, not generated: only what varies is.
    supportingFiles.add(new SupportingFile("client.mustache", root, clientClassName + ".java"));
    supportingFiles.add(new SupportingFile("packageInfo.mustache", root, "package-info.java"));
    supportingFiles.add(new SupportingFile("apiPackageInfo.mustache", api, "package-info.java"));
    supportingFiles.add(
        new SupportingFile("modelPackageInfo.mustache", model, "package-info.java"));
    supportingFiles.add(
        new SupportingFile("adapterFactory.mustache", model, "ModelJsonAdapterFactory.java"));
    supportingFiles.add(new SupportingFile("docsIndex.mustache", "docs", "README.md"));
    if (Boolean.parseBoolean(String.valueOf(additionalProperties.get(STANDALONE_PROJECT)))) {
      supportingFiles.add(new SupportingFile("pom.mustache", "", "pom.xml"));
    }
    return supportingFiles;
  }

  /** The parser of callback requests, for an API that sends some. */
  SupportingFile callbacksFile() {
    return new SupportingFile(
        "callbacks.mustache", packageFolder(invokerPackage), "Callbacks.java");
  }

  /** The folder of {@code packageName}'s sources, relative to the output folder. */
  String packageFolder(String packageName) {
    return (sourceFolder + File.separator + packageName.replace('.', File.separatorChar));
  }
}
