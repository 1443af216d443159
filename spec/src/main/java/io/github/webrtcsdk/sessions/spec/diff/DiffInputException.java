package io.github.webrtcsdk.sessions.spec.diff;

/** Input the diff cannot work with: an unreadable file, an invalid spec, an unknown revision. */
final class DiffInputException extends Exception {
  private static final long serialVersionUID = 1L;

  DiffInputException(String message) {
    super(message);
  }
}
