package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    assertEquals("publishPermission", WebRtcJavaCodegen.singular("publishPermissions", none));
    assertEquals("streamAlias", WebRtcJavaCodegen.singular("streamAliases", none));
    assertEquals("entry", WebRtcJavaCodegen.singular("entries", none));
    assertEquals("address", WebRtcJavaCodegen.singular("addresses", none));
    assertEquals("status", WebRtcJavaCodegen.singular("statuses", none));
    assertEquals("dataItem", WebRtcJavaCodegen.singular("data", none));
    assertEquals("classItem", WebRtcJavaCodegen.singular("class", none));
  }

  @Test
  void singularThatIsTakenGetsItemSuffix() {
    assertEquals("tagsItem", WebRtcJavaCodegen.singular("tags", Collections.singleton("tag")));
  }

  @Test
  void errorStatusesMapToExceptions() {
    assertEquals("BadRequestException", WebRtcJavaCodegen.exceptionFor("400"));
    assertEquals("UnauthorizedException", WebRtcJavaCodegen.exceptionFor("401"));
    assertEquals("PermissionDeniedException", WebRtcJavaCodegen.exceptionFor("403"));
    assertEquals("NotFoundException", WebRtcJavaCodegen.exceptionFor("404"));
    assertEquals("ConflictException", WebRtcJavaCodegen.exceptionFor("409"));
    assertEquals("RateLimitException", WebRtcJavaCodegen.exceptionFor("429"));
    assertEquals("InternalServerException", WebRtcJavaCodegen.exceptionFor("503"));
    assertEquals("InternalServerException", WebRtcJavaCodegen.exceptionFor("5XX"));
    assertEquals("UnexpectedStatusCodeException", WebRtcJavaCodegen.exceptionFor("418"));
  }

  @Test
  void prefixEndsBeforeTheFirstSegmentWithAPerCallArgument() {
    assertEquals(
        "accounts/{accountId}/participants/".length(),
        prefixEnd("accounts/{accountId}/participants/{participantId}"));
    assertEquals(
        "accounts/{accountId}/sessions".length(), prefixEnd("accounts/{accountId}/sessions"));
    assertEquals("things/".length(), prefixEnd("things/x-{participantId}.json"));
    assertEquals(0, prefixEnd("{participantId}/things"));
    assertEquals(0, prefixEnd("accounts//{participantId}"));
    assertEquals(0, prefixEnd("search?q=1/{participantId}"));
  }

  /** The end of the prefix of {@code path}, where {@code accountId} is bound by the client. */
  private static int prefixEnd(String path) {
    Views.Operation view = new Views.Operation();
    view.relativePath = path;
    for (String name : new String[] {"accountId", "participantId"}) {
      Views.Param param = new Views.Param();
      param.baseName = name;
      param.bound = name.equals("accountId");
      view.pathParams.add(param);
    }
    return WebRtcJavaCodegen.prefixEnd(view);
  }

  @Test
  void prefixFieldsAreNamedForTheirWords() {
    List<Views.Prefix> taken = new ArrayList<>();
    assertEquals(
        "accountsSessionsPrefix",
        WebRtcJavaCodegen.uniquePrefixField("accounts/{accountId}/sessions/", taken));
    assertEquals(
        "accountsSessionsUrl",
        WebRtcJavaCodegen.uniquePrefixField("accounts/{accountId}/sessions", taken));
    assertEquals("myThingsPrefix", WebRtcJavaCodegen.uniquePrefixField("my-things/", taken));
    assertEquals("path2faPrefix", WebRtcJavaCodegen.uniquePrefixField("2fa/", taken));
    assertEquals("pathPrefix", WebRtcJavaCodegen.uniquePrefixField("{accountId}/", taken));
    taken.add(new Views.Prefix("myThingsPrefix", null));
    taken.add(new Views.Prefix("myThingsPrefix2", null));
    assertEquals("myThingsPrefix3", WebRtcJavaCodegen.uniquePrefixField("my_things/", taken));
  }

  @Test
  void javaStringEscapesWhatALiteralCannotHold() {
    assertEquals("a\\\"b\\\\c\\n\\u00e9", WebRtcJavaCodegen.javaString("a\"b\\c\né"));
  }

  @Test
  void firstSentenceEndsAtFirstPeriod() {
    assertEquals(
        "Not Found.", WebRtcJavaCodegen.firstSentence("Not Found. The session\n is gone."));
    assertEquals("Conflict", WebRtcJavaCodegen.firstSentence("Conflict"));
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
    assertEquals("CALLBACK_URL", WebRtcJavaCodegen.constantName("callbackUrl"));
    assertEquals("N3D", WebRtcJavaCodegen.constantName("n3d"));
  }

  @Test
  void serverUrlsTakeTheirVariablesDefaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("region", "eu");
    defaults.put("version", "v2");
    assertEquals(
        "https://eu.example.com/v2/",
        WebRtcJavaCodegen.absoluteServerUrl(
            "https://{region}.example.com/{version}", defaults, "servers"));
    assertEquals(
        "https://example.com/",
        WebRtcJavaCodegen.absoluteServerUrl("https://example.com/", Map.of(), "servers"));
  }

  @Test
  void serverUrlThatIsNotAbsoluteIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WebRtcJavaCodegen.absoluteServerUrl("/v1", Map.of(), "/things"));
    assertEquals(
        "webrtc-java: /things: server URL /v1 is not an absolute http or https URL",
        e.getMessage());
  }

  @Test
  void deprecationTextIsTheSentenceThatSaysSo() {
    assertEquals(
        "Deprecated, use unit instead.",
        WebRtcJavaCodegen.deprecationText("The old name. Deprecated, use unit instead.", "x"));
    assertEquals(
        "The API marks this property as deprecated.",
        WebRtcJavaCodegen.deprecationText("The old name.", "property"));
  }

  @Test
  void patternsJavaCannotCompileAreRejected() {
    assertEquals("^[a-z]+$", WebRtcJavaCodegen.javaPattern("^[a-z]+$", "p"));
    assertThrows(IllegalArgumentException.class, () -> WebRtcJavaCodegen.javaPattern("(", "p"));
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
