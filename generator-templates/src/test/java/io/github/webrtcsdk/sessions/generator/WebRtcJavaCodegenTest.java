package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.HashSet;
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
  void javaStringEscapesWhatALiteralCannotHold() {
    assertEquals("a\\\"b\\\\c\\n\\u00e9", WebRtcJavaCodegen.javaString("a\"b\\c\né"));
  }

  @Test
  void firstSentenceEndsAtFirstPeriod() {
    assertEquals(
        "Not Found.", WebRtcJavaCodegen.firstSentence("Not Found. The session\n is gone."));
    assertEquals("Conflict", WebRtcJavaCodegen.firstSentence("Conflict"));
  }
}
