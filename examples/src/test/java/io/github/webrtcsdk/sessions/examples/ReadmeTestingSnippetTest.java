package io.github.webrtcsdk.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OAuth 2.0 test shown under {@code ## Testing your code without a network} in the root
 * README is {@link OAuthClientTest}, which this module compiles and runs: the README cannot drift
 * from the fake or the client.
 */
final class ReadmeTestingSnippetTest {
  private static final String SOURCE =
      "src/test/java/io/github/webrtcsdk/sessions/examples/OAuthClientTest.java";
  private static final Pattern SNIPPET = Pattern.compile(
      "<!-- README-TEST: examples/" + Pattern.quote(SOURCE) + "[^>]*-->\\s*```java\\n(.*?\\n)```",
      Pattern.DOTALL);

  @Test
  void readmeShowsTheOAuthTestAsItIs() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int testing = readme.indexOf("\n## Testing your code without a network\n");
    assertTrue(testing >= 0, "README.md has no testing section");
    int next = readme.indexOf("\n## ", testing + 1);
    Matcher snippet = SNIPPET.matcher(readme.substring(testing, next < 0 ? readme.length() : next));
    assertTrue(snippet.find(), "no <!-- README-TEST: examples/" + SOURCE + " --> block");

    String source = Files.readString(Path.of(SOURCE), StandardCharsets.UTF_8);
    // The README leaves out the package declaration.
    assertEquals(source.substring(source.indexOf("\n\n") + 2), snippet.group(1));
  }
}
