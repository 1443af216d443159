package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.describe;
import static io.github.webrtcsdk.sessions.generator.Text.firstSentence;
import static io.github.webrtcsdk.sessions.generator.Text.oneLine;
import static io.github.webrtcsdk.sessions.generator.Text.orElse;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;
import static org.openapitools.codegen.utils.StringUtils.camelize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;

/** What an operation returns: its 2xx bodies, result classes, and the exceptions of its errors. */
final class Responses {
  private final Context context;
  private final Types types;

  Responses(Context context, Types types) {
    this.context = context;
    this.types = types;
  }

  /** The 2xx bodies and the error statuses of an operation. */
  void addResponses(CodegenOperation op, Views.Operation view, TagImports imports) {
    String where = op.operationId;
    String modelPackage = context.options.modelPackage;
    JavaType responseType = null;
    boolean text = false;
    boolean binary = false;
    boolean mixed = false;
    List<Views.ResultCase> cases = new ArrayList<>();
    String accept = null;
    String successDescription = "";
    boolean has204 = false;
    Map<String, List<String>> errorsByException = new LinkedHashMap<>();
    for (CodegenResponse r : op.responses) {
      if (r.is2xx && r.headers != null) {
        for (CodegenProperty header : r.headers) {
          String headerText =
              "{@code "
                  + Javadoc.escape(header.baseName)
                  + "} ("
                  + r.code
                  + ")"
                  + (header.description == null || header.description.trim().isEmpty()
                      ? ""
                      : ": " + Javadoc.sentence(describe(oneLine(header.description))));
          view.responseHeaders.add(headerText);
        }
      }
      if (r.is2xx) {
        String mediaType =
            r.getContent() == null || r.getContent().isEmpty()
                ? null
                : Text.preferredMediaType(r.getContent().keySet());
        if (r.returnProperty != null && mediaType != null) {
          JavaType type;
          boolean isText = false;
          boolean isBinary = false;
          if (r.isBinary || r.isFile) {
            type = JavaType.scalar(JavaType.Kind.BYTES);
            isBinary = true;
            mediaType = String.join(", ", r.getContent().keySet());
          } else if (Text.isJson(mediaType)) {
            type = types.resolve(r.returnProperty, where + " response " + r.code);
            view.usesDeprecatedModels |= types.isDeprecated(type);
          } else if (Text.isText(mediaType) && r.returnProperty.isString) {
            type = JavaType.scalar(JavaType.Kind.STRING);
            isText = true;
          } else {
            throw unsupported(where, "response body of content type " + mediaType);
          }
          mixed |=
              responseType != null
                  && (!responseType.equals(type) || text != isText || binary != isBinary);
          cases.add(resultCase(r, type, isText, isBinary));
          responseType = type;
          text = isText;
          binary = isBinary;
          accept = accept == null ? mediaType : accept;
          if (successDescription.isEmpty() && r.message != null) {
            successDescription = Javadoc.escape(firstSentence(r.message));
          }
        } else {
          has204 |= "204".equals(r.code);
          cases.add(resultCase(r, null, false, false));
        }
      } else if (!r.isDefault) {
        String exception = exceptionFor(r.code);
        String description =
            r.code
                + (r.message == null || r.message.isEmpty() ? "" : ": " + firstSentence(r.message));
        errorsByException.computeIfAbsent(exception, k -> new ArrayList<>()).add(description);
      }
    }
    view.accept = accept == null || Text.isJson(accept) ? "application/json" : accept;
    if (mixed) {
      resultView(op, view, cases, imports);
    } else if (binary) {
      view.responseBinary = true;
      view.returnType = "ResponseBody";
      view.retrofitReturnType = "ResponseBody";
      view.returnsBody = true;
      // A noun phrase: the templates print "the " or "a future of the " before it.
      view.returnDescription =
          "content"
              + (successDescription.isEmpty() ? "." : ": " + Javadoc.sentence(successDescription))
              + " Streamed, not buffered: the body is open, and the caller must close it, as"
              + " try-with-resources does.";
      imports.api.add("okhttp3.ResponseBody");
      imports.service.add("okhttp3.ResponseBody");
      if (has204) {
        throw unsupported(where, "a 204 alternative to a binary body");
      }
    } else if (responseType != null) {
      view.responseType = responseType;
      view.responseText = text;
      view.returnType = responseType.declaration();
      view.retrofitReturnType = text ? "ResponseBody" : view.returnType;
      view.returnsBody = true;
      view.returnDescription =
          // A Java type: inside {@code} it needs no HTML escapes, and has no braces.
          "{@code "
              + responseType.declaration()
              + "}"
              + (successDescription.isEmpty() ? "" : ": " + Javadoc.sentence(successDescription));
      if (text) {
        imports.api.add("okhttp3.ResponseBody");
      } else {
        responseType.collectImports(imports.api, modelPackage);
      }
      responseType.collectImports(imports.service, modelPackage);
      if (has204) {
        addEmptyValue(view, responseType, where);
      }
    } else {
      view.returnType = "Void";
      view.retrofitReturnType = "Void";
      view.returnsVoid = true;
    }
    for (Map.Entry<String, List<String>> e : errorsByException.entrySet()) {
      String description = Javadoc.escape(String.join("; ", e.getValue()));
      view.errors.add(
          new Views.Error(
              e.getKey(), description, Text.markdown(String.join("; ", e.getValue()))));
    }
  }

  /** What a 204 stands for, instead of a body of {@code responseType}: an empty one. */
  private void addEmptyValue(Views.Operation view, JavaType responseType, String where) {
    if (responseType.isContainer()) {
      view.emptyValue = responseType.emptyContainerExpression();
      view.emptyDescription =
          "an empty " + (responseType.kind == JavaType.Kind.MAP ? "map" : "list");
    } else if (responseType.kind == JavaType.Kind.MODEL
        && context.modelViews.get(responseType.className) instanceof Views.ObjectModel
        && !((Views.ObjectModel) context.modelViews.get(responseType.className)).hasRequired) {
      view.emptyValue = responseType.declaration() + ".builder().build()";
      view.emptyDescription = "an empty {@code " + responseType.className + "}";
    } else {
      throw unsupported(where, "a 204 alternative to a body that has no empty value");
    }
    view.markdownEmptyDescription =
        view.emptyDescription.replace("{@code ", "`").replace("}", "`");
  }

  private static Views.ResultCase resultCase(
      CodegenResponse r, JavaType type, boolean text, boolean binary) {
    Views.ResultCase c = new Views.ResultCase();
    c.javaType = type;
    c.statusCode = r.code;
    c.name = "Status" + r.code.toUpperCase(Locale.ROOT);
    c.type = type == null ? null : type.declaration();
    c.text = text;
    c.binary = binary;
    c.description =
        Javadoc.sentence(orElse(describe(firstSentence(orElse(r.message, ""))), "HTTP " + r.code));
    return c;
  }

  /**
   * The result class of an operation whose 2xx responses have different bodies: one subclass per
   * documented status, {@code CreateThingResult.Status202}, read by the status code.
   */
  private void resultView(
      CodegenOperation op,
      Views.Operation view,
      List<Views.ResultCase> cases,
      TagImports imports) {
    String where = op.operationId;
    Views.Result result = new Views.Result();
    result.className = camelize(op.nickname) + "Result";
    result.operationId = op.operationId;
    for (Views.ResultCase c : cases) {
      if (c.binary) {
        throw unsupported(where, "a binary body among 2xx responses with different bodies");
      }
      if (!c.statusCode.matches("2[0-9][0-9]")) {
        throw unsupported(where, "response " + c.statusCode + " among different 2xx bodies");
      }
      c.hasBody = c.javaType != null;
      if (c.hasBody && !c.text) {
        c.javaType.collectImports(result.imports, context.options.modelPackage);
        c.jsonAdapter = true;
        view.resultAdapterTypes.add(c.javaType);
      }
      result.cases.add(c);
    }
    result.cases.get(result.cases.size() - 1).last = true;
    result.decoderParameters =
        result.cases.stream()
            .filter(c -> c.jsonAdapter)
            .map(c -> "JsonAdapter<" + c.type + "> status" + c.statusCode)
            .collect(Collectors.joining(", "));
    result.imports.add("com.squareup.moshi.JsonAdapter");
    result.imports.add("com.squareup.moshi.JsonDataException");
    result.imports.add("java.util.Objects");
    view.result = result;
    view.returnType = result.className;
    view.retrofitReturnType = "ResponseBody";
    view.returnsBody = true;
    view.returnDescription =
        "response, a {@link " + result.className + "} subclass per status code";
    imports.api.add("okhttp3.ResponseBody");
    context.resultClasses.add(result);
  }

  /** The exception that a documented error status maps to. */
  static String exceptionFor(String code) {
    switch (code) {
      case "400":
        return "BadRequestException";
      case "401":
        return "UnauthorizedException";
      case "403":
        return "PermissionDeniedException";
      case "404":
        return "NotFoundException";
      case "409":
        return "ConflictException";
      case "429":
        return "RateLimitException";
      default:
        if (code.startsWith("5")) {
          return "InternalServerException";
        }
        return "UnexpectedStatusCodeException";
    }
  }
}
