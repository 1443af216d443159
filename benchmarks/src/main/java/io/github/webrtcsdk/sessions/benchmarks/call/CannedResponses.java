package io.github.webrtcsdk.sessions.benchmarks.call;

import java.nio.charset.StandardCharsets;

/**
 * The answers of the benchmark's servers, whatever the transport: 200 with a participant for
 * {@code GET /v1/accounts/{a}/participants/{p}}, 204 for
 * {@code PUT /v1/accounts/{a}/sessions/{s}/participants/{p}/subscriptions}, 404 for anything else.
 * Routing allocates nothing, so that a server on the client's own thread adds little to a call.
 */
final class CannedResponses {
  private static final String PREFIX = LoopbackServer.BASE_PATH + "/accounts/";
  private static final byte[] NO_CONTENT =
      "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOT_FOUND =
      "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final byte[] participantResponse;

  CannedResponses(byte[] participantJson) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + participantJson.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    this.participantResponse = new byte[head.length + participantJson.length];
    System.arraycopy(head, 0, participantResponse, 0, head.length);
    System.arraycopy(participantJson, 0, participantResponse, head.length, participantJson.length);
  }

  /** Returns the whole response, status line to body, for a request's method and path. */
  byte[] respond(String method, String path) {
    if (!path.startsWith(PREFIX)) {
      return NOT_FOUND;
    }
    int afterAccount = nextSegment(path, PREFIX.length());
    if (afterAccount < 0) {
      return NOT_FOUND;
    }
    if (method.equals("GET") && path.startsWith("participants/", afterAccount)
        && lastSegment(path, afterAccount + "participants/".length())) {
      return participantResponse;
    }
    if (method.equals("PUT") && path.startsWith("sessions/", afterAccount)) {
      int afterSession = nextSegment(path, afterAccount + "sessions/".length());
      if (afterSession >= 0 && path.startsWith("participants/", afterSession)) {
        int afterParticipant = nextSegment(path, afterSession + "participants/".length());
        if (afterParticipant >= 0 && path.length() - afterParticipant == "subscriptions".length()
            && path.startsWith("subscriptions", afterParticipant)) {
          return NO_CONTENT;
        }
      }
    }
    return NOT_FOUND;
  }

  /** Returns the index after the non-empty segment at {@code from} and its slash, or -1. */
  private static int nextSegment(String path, int from) {
    int slash = path.indexOf('/', from);
    return slash > from ? slash + 1 : -1;
  }

  /** Whether a non-empty segment at {@code from} ends the path. */
  private static boolean lastSegment(String path, int from) {
    return path.length() > from && path.indexOf('/', from) < 0;
  }
}
