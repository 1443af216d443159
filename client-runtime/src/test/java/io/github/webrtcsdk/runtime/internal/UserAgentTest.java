package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class UserAgentTest {
  @Test
  void userAgentHoldsPrintableAsciiOnly() {
    assertEquals(
        "my-client/1.0 (Java 17?; Lin?x ?x?)",
        UserAgent.of("my-client", "1.0", "17\n", "Linüx (x)"));
  }

  @Test
  void userAgentNamesThisJvm() {
    assertEquals(
        "my-client/2.0 (Java "
            + System.getProperty("java.version")
            + "; "
            + System.getProperty("os.name")
            + ")",
        UserAgent.of("my-client", "2.0"));
  }
}
