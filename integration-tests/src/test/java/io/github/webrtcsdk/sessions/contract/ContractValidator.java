package io.github.webrtcsdk.sessions.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The independent judge of the contract: Atlassian's swagger-request-validator, loaded with
 * {@code webrtc-sessions.yaml}, checks requests, responses and single JSON values.
 *
 * <p>The validator treats schemas as closed ({@code additionalProperties: false}) unless they say
 * otherwise, so a property the spec does not define is an error. Only messages of level ERROR
 * count; {@link #describe} prints them all.
 *
 * <p>Thread-safe; one instance is shared, since loading the spec takes most of a second.
 */
final class ContractValidator {
  /** Which side of an exchange a JSON value is on: read-only properties only go one way. */
  enum Direction {
    REQUEST("request.body"),
    RESPONSE("response.body");

    final String keyPrefix;

    Direction(String keyPrefix) {
      this.keyPrefix = keyPrefix;
    }
  }

  private static final ContractValidator INSTANCE = new ContractValidator(ContractSpec.get());

  private final OpenApiInteractionValidator interactions;
  private final SchemaValidator schemas;
  private final OpenAPI api;

  ContractValidator(ContractSpec spec) {
    this.interactions = OpenApiInteractionValidator
        .createForInlineApiSpecification(spec.text())
        .withBasePathOverride(ContractSpec.BASE_PATH)
        .build();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    this.api = new OpenAPIV3Parser().readContents(spec.text(), null, options).getOpenAPI();
    this.schemas = new SchemaValidator(api, new MessageResolver());
  }

  static ContractValidator get() {
    return INSTANCE;
  }

  /** Validates a request the client sent to MockWebServer. */
  ValidationReport validateRequest(RecordedRequest recorded) {
    HttpUrl url = Objects.requireNonNull(recorded.getUrl(), "url == null");
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(recorded.getMethod(), url.encodedPath());
    for (String name : recorded.getHeaders().names()) {
      request.withHeader(name, recorded.getHeaders().values(name));
    }
    for (String name : url.queryParameterNames()) {
      request.withQueryParam(name, url.queryParameterValues(name));
    }
    if (recorded.getBodySize() > 0 && recorded.getBody() != null) {
      request.withBody(recorded.getBody().toByteArray());
    }
    return interactions.validateRequest(request.build());
  }

  /** Validates a response to {@code method} {@code path} before MockWebServer sends it. */
  ValidationReport validateResponse(String method, String path, CannedResponse response) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(response.status());
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue());
    }
    if (response.body() != null) {
      builder.withBody(response.body().getBytes(StandardCharsets.UTF_8));
    }
    Request.Method requestMethod = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    return interactions.validateResponse(path, requestMethod, builder.build());
  }

  /** Validates one JSON value against the component schema {@code schemaName}. */
  ValidationReport validateValue(JsonNode value, String schemaName, Direction direction) {
    Schema<?> schema = api.getComponents().getSchemas().get(schemaName);
    if (schema == null) throw new IllegalArgumentException("No schema " + schemaName);
    return schemas.validate(Trees.write(value), schema, direction.keyPrefix);
  }

  /** Returns the validator's own report, one message a line. */
  static String describe(ValidationReport report) {
    return SimpleValidationReportFormat.getInstance().apply(report);
  }
}
