package io.github.webrtcsdk.sessions.spec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A print stream whose output a test reads back as lines. */
final class Output {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
