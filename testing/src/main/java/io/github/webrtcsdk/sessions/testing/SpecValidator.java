package io.github.webrtcsdk.sessions.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks exchanges against {@code webrtc-sessions.yaml}, read from the classpath (the root of the
 * {@code webrtc-sessions-spec} jar), with Atlassian's swagger-request-validator.
 *
 * <p>The parsed spec is shared by every server in the JVM: parsing takes a good part of a second
 * and the validator is thread-safe.
 */
final class SpecValidator {
  static final String SPEC_RESOURCE = "webrtc-sessions.yaml";
  /** The path of the spec's server URL; the validator matches paths below it. */
  static final String BASE_PATH = "/v1";

  private static volatile SpecValidator shared;

  private final OpenApiInteractionValidator validator;

  SpecValidator(String specYaml) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specYaml)
        .withBasePathOverride(BASE_PATH)
        .build();
  }

  static SpecValidator shared() {
    SpecValidator result = shared;
    if (result == null) {
      synchronized (SpecValidator.class) {
        result = shared;
        if (result == null) shared = result = new SpecValidator(readSpec());
      }
    }
    return result;
  }

  /** Returns the request's errors, empty if it matches the spec. */
  List<String> validateRequest(
      String method, String path, Map<String, List<String>> headers, String body) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      request.withHeader(header.getKey(), header.getValue());
    }
    if (!body.isEmpty()) request.withBody(body);
    return errors(validator.validateRequest(request.build()));
  }

  /** Returns the response's errors, empty if it matches the spec. */
  List<String> validateResponse(String method, String path, int statusCode,
      Map<String, List<String>> headers, String body) {
    SimpleResponse.Builder response = new SimpleResponse.Builder(statusCode);
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      response.withHeader(header.getKey(), header.getValue());
    }
    if (body != null) response.withBody(body);
    Request.Method requestMethod = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    return errors(validator.validateResponse(path, requestMethod, response.build()));
  }

  private static List<String> errors(com.atlassian.oai.validator.report.ValidationReport report) {
    List<String> result = new ArrayList<>();
    for (com.atlassian.oai.validator.report.ValidationReport.Message message
        : report.getMessages()) {
      if (message.getLevel() != com.atlassian.oai.validator.report.ValidationReport.Level.ERROR) {
        continue;
      }
      StringBuilder line = new StringBuilder(message.getKey()).append(": ")
          .append(message.getMessage());
      for (String info : message.getAdditionalInfo()) {
        line.append("\n").append(info);
      }
      for (com.atlassian.oai.validator.report.ValidationReport.Message nested
          : message.getNestedMessages()) {
        line.append("\n").append(nested.getKey()).append(": ").append(nested.getMessage());
      }
      result.add(line.toString());
    }
    return result;
  }

  private static String readSpec() {
    ClassLoader loader = SpecValidator.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath; it comes with "
            + "io.github.webrtcsdk:webrtc-sessions-spec, a dependency of this artifact");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SPEC_RESOURCE, e);
    }
  }
}
