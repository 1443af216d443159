package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.CodegenConfig;

final class WebRtcJavaCodegenTest {
  @Test
  void registeredUnderItsName() {
    Set<String> names = new HashSet<>();
    for (CodegenConfig config : ServiceLoader.load(CodegenConfig.class)) {
      names.add(config.getName());
    }
    assertEquals(true, names.contains("webrtc-java"), names.toString());
  }

  @Test
  void singularOfPluralPropertyNames() {
    Set<String> none = Collections.emptySet();
    assertEquals("publishPermission", Names.singular("publishPermissions", none));
    assertEquals("streamAlias", Names.singular("streamAliases", none));
    assertEquals("entry", Names.singular("entries", none));
    assertEquals("address", Names.singular("addresses", none));
    assertEquals("status", Names.singular("statuses", none));
    assertEquals("dataItem", Names.singular("data", none));
    assertEquals("classItem", Names.singular("class", none));
  }

  @Test
  void singularThatIsTakenGetsItemSuffix() {
    assertEquals("tagsItem", Names.singular("tags", Collections.singleton("tag")));
  }

  @Test
  void errorStatusesMapToExceptions() {
    assertEquals("BadRequestException", Responses.exceptionFor("400"));
    assertEquals("UnauthorizedException", Responses.exceptionFor("401"));
    assertEquals("PermissionDeniedException", Responses.exceptionFor("403"));
    assertEquals("NotFoundException", Responses.exceptionFor("404"));
    assertEquals("ConflictException", Responses.exceptionFor("409"));
    assertEquals("RateLimitException", Responses.exceptionFor("429"));
    assertEquals("InternalServerException", Responses.exceptionFor("503"));
    assertEquals("InternalServerException", Responses.exceptionFor("5XX"));
    assertEquals("UnexpectedStatusCodeException", Responses.exceptionFor("418"));
  }

  @Test
  void javaStringEscapesWhatALiteralCannotHold() {
    assertEquals("a\\\"b\\\\c\\n\\u00e9", Text.javaString("a\"b\\c\né"));
  }

  @Test
  void firstSentenceEndsAtFirstPeriod() {
    assertEquals(
        "Not Found.", Text.firstSentence("Not Found. The session\n is gone."));
    assertEquals("Conflict", Text.firstSentence("Conflict"));
  }

  @Test
  void keywordsAndLeadingDigitsGiveJavaNames() {
    WebRtcJavaCodegen codegen = new WebRtcJavaCodegen();
    assertEquals("classValue", codegen.toVarName("class"));
    assertEquals("defaultValue", codegen.toVarName("default"));
    assertEquals("n3d", codegen.toVarName("3d"));
    assertEquals("contentType", codegen.toVarName("content-type"));
    assertEquals("twoWords", codegen.toVarName("two words"));
    assertEquals("privateValue", codegen.toVarName("_private"));
    assertEquals("list", codegen.toVarName("list"));
  }

  @Test
  void constantNamesOfCamelCase() {
    assertEquals("CALLBACK_URL", Names.constantName("callbackUrl"));
    assertEquals("N3D", Names.constantName("n3d"));
  }

  @Test
  void serverUrlsTakeTheirVariablesDefaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("region", "eu");
    defaults.put("version", "v2");
    assertEquals(
        "https://eu.example.com/v2/",
        Servers.absoluteServerUrl(
            "https://{region}.example.com/{version}", defaults, "servers"));
    assertEquals(
        "https://example.com/",
        Servers.absoluteServerUrl("https://example.com/", Map.of(), "servers"));
  }

  @Test
  void serverUrlThatIsNotAbsoluteIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Servers.absoluteServerUrl("/v1", Map.of(), "/things"));
    assertEquals(
        "webrtc-java: /things: server URL /v1 is not an absolute http or https URL",
        e.getMessage());
  }

  @Test
  void deprecationTextIsTheSentenceThatSaysSo() {
    assertEquals(
        "Deprecated, use unit instead.",
        Text.deprecationText("The old name. Deprecated, use unit instead.", "x"));
    assertEquals(
        "The API marks this property as deprecated.",
        Text.deprecationText("The old name.", "property"));
  }

  @Test
  void patternsJavaCannotCompileAreRejected() {
    assertEquals("^[a-z]+$", Models.javaPattern("^[a-z]+$", "p"));
    assertThrows(IllegalArgumentException.class, () -> Models.javaPattern("(", "p"));
  }

  @Test
  void schemasNamedLikeTypesTheCodeUsesArePrefixed() {
    WebRtcJavaCodegen codegen = new WebRtcJavaCodegen();
    assertEquals("ModelMap", codegen.toModelName("Map"));
    assertEquals("ModelBuilder", codegen.toModelName("builder"));
    assertEquals("ModelApiResponse", codegen.toModelName("ApiResponse"));
    assertEquals("Session", codegen.toModelName("session"));
  }
}
