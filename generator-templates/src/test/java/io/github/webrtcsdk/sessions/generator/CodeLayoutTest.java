package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class CodeLayoutTest {
  @Test
  void shortLineIsKept() {
    assertEquals("  void a(String b) {", CodeLayout.wrapLine("  void a(String b) {"));
  }

  @Test
  void longLineMovesArgumentsToContinuationLine() {
    String line =
        "  public CompletableFuture<Void> addParticipantToSessionAsync(String sessionId, String"
            + " participantId) {";
    assertEquals(
        "  public CompletableFuture<Void> addParticipantToSessionAsync(\n"
            + "      String sessionId, String participantId) {",
        CodeLayout.wrapLine(line));
  }

  @Test
  void argumentsThatStillDoNotFitGoOnePerLine() {
    String line =
        "  Call<Void> addParticipantToSession(@Path(\"accountId\") String accountId,"
            + " @Path(\"sessionId\") String sessionId, @Body Map<String, List<String>>"
            + " subscriptions);";
    assertEquals(
        "  Call<Void> addParticipantToSession(\n"
            + "      @Path(\"accountId\") String accountId,\n"
            + "      @Path(\"sessionId\") String sessionId,\n"
            + "      @Body Map<String, List<String>> subscriptions);",
        CodeLayout.wrapLine(line));
  }

  @Test
  void commentLinesAreKept() {
    String line = "   * " + "x".repeat(120) + "(a, b)";
    assertEquals(line, CodeLayout.wrapLine(line));
  }
}
