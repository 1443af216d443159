package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generator does not support fails the generation and says what it is. */
final class UnsupportedSpecsTest {
  private static final String HEADER = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\n";

  @Test
  void cookieParameterIsRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths:\n"
            + "  /things:\n"
            + "    get:\n"
            + "      operationId: listThings\n"
            + "      parameters:\n"
            + "        - {name: session, in: cookie, schema: {type: string}}\n"
            + "      responses:\n"
            + "        '204': {description: None.}\n";
    assertEquals(
        "webrtc-java: listThings: cookie parameter session", failure(dir, spec).getMessage());
  }

  @Test
  void deepObjectParameterIsRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths:\n"
            + "  /things:\n"
            + "    get:\n"
            + "      operationId: listThings\n"
            + "      parameters:\n"
            + "        - name: filter\n"
            + "          in: query\n"
            + "          style: deepObject\n"
            + "          schema: {type: object, properties: {a: {type: string}}}\n"
            + "      responses:\n"
            + "        '204': {description: None.}\n";
    assertEquals(
        "webrtc-java: listThings: deepObject parameter filter", failure(dir, spec).getMessage());
  }

  @Test
  void formBodyIsRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths:\n"
            + "  /things:\n"
            + "    post:\n"
            + "      operationId: createThing\n"
            + "      requestBody:\n"
            + "        content:\n"
            + "          application/x-www-form-urlencoded:\n"
            + "            schema: {type: object, properties: {name: {type: string}}}\n"
            + "      responses:\n"
            + "        '204': {description: None.}\n";
    assertEquals(
        "webrtc-java: createThing: form and multipart request bodies",
        failure(dir, spec).getMessage());
  }

  @Test
  void patternThatJavaCannotCompileIsRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths: {}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Thing:\n"
            + "      type: object\n"
            + "      properties:\n"
            + "        code: {type: string, pattern: '[a-'}\n";
    assertEquals(
        "webrtc-java: code: pattern [a- is not a Java regular expression: Illegal character range",
        failure(dir, spec).getMessage());
  }

  @Test
  void defaultOfTheWrongTypeIsRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths: {}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Thing:\n"
            + "      type: object\n"
            + "      properties:\n"
            + "        home: {type: string, format: uri, default: 'not a uri'}\n";
    assertEquals(
        "webrtc-java: Thing.home: default not a uri is not a valid URI",
        failure(dir, spec).getMessage());
  }

  @Test
  void binaryInsideJsonIsRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths: {}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Thing:\n"
            + "      type: object\n"
            + "      properties:\n"
            + "        file: {type: string, format: binary}\n";
    assertEquals(
        "webrtc-java: Thing.file: binary (format: binary) inside JSON; use format: byte (base64)",
        failure(dir, spec).getMessage());
  }

  @Test
  void bodyWithoutEmptyValueCannotHave204Alternative(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths:\n"
            + "  /things/{id}:\n"
            + "    get:\n"
            + "      operationId: getThing\n"
            + "      parameters:\n"
            + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
            + "      responses:\n"
            + "        '200':\n"
            + "          description: The thing.\n"
            + "          content:\n"
            + "            application/json:\n"
            + "              schema: {$ref: '#/components/schemas/Thing'}\n"
            + "        '204': {description: None.}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Thing:\n"
            + "      type: object\n"
            + "      required: [id]\n"
            + "      properties:\n"
            + "        id: {type: string}\n";
    assertEquals(
        "webrtc-java: getThing: a 204 alternative to a body that has no empty value",
        failure(dir, spec).getMessage());
  }

  @Test
  void propertyNamesThatCollideAreRejected(@TempDir Path dir) throws IOException {
    String spec =
        HEADER
            + "paths: {}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Thing:\n"
            + "      type: object\n"
            + "      properties:\n"
            + "        foo: {type: string}\n"
            + "        hasFoo: {type: boolean}\n";
    assertEquals(
        "webrtc-java: Thing: property names give two members named hasFoo; rename a property",
        failure(dir, spec).getMessage());
  }

  /** The exception that stopped the generation, unwrapped from the generator's wrappers. */
  private static Throwable failure(Path dir, String spec) throws IOException {
    Path file = dir.resolve("spec.yaml");
    Files.write(file, spec.getBytes(StandardCharsets.UTF_8));
    Throwable thrown =
        assertThrows(RuntimeException.class, () -> Generation.generate(file, dir.resolve("out")));
    while (!(thrown instanceof IllegalArgumentException) && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    return thrown;
  }
}
