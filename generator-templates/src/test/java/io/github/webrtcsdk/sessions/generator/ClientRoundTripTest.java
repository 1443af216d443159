package io.github.webrtcsdk.sessions.generator;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated clients sending real requests to a local server: each spec's client is compiled with
 * its scenarios ({@code src/test/resources/scenarios/<spec>/}), which call it as a user would and
 * assert the request that arrived and the response that was decoded.
 */
final class ClientRoundTripTest {
  @TestFactory
  Stream<DynamicTest> parametersReachTheServerAsTheSpecSays(@TempDir Path dir) {
    return CompiledClient.of("parameters", dir).scenarios("roundtrip.ParametersScenarios");
  }

  @TestFactory
  Stream<DynamicTest> typesAndFormatsRoundTripExactly(@TempDir Path dir) {
    return CompiledClient.of("types", dir).scenarios("roundtrip.TypesScenarios");
  }

  @TestFactory
  Stream<DynamicTest> unionsReadTheVariantTheJsonIs(@TempDir Path dir) {
    return CompiledClient.of("composition", dir).scenarios("roundtrip.CompositionScenarios");
  }

  @TestFactory
  Stream<DynamicTest> bodiesServersAndCallbacksAsTheSpecSays(@TempDir Path dir) {
    return CompiledClient.of("bodies", dir).scenarios("roundtrip.BodiesScenarios");
  }
}
