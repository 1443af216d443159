package io.github.webrtcsdk.sessions.spec.lint;

/** JSON pointer (RFC 6901) helpers. */
final class Pointers {
  private Pointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, String token) {
    return pointer + "/" + escape(token);
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** Returns the last reference token of {@code pointer}, unescaped. */
  static String last(String pointer) {
    String token = pointer.substring(pointer.lastIndexOf('/') + 1);
    return token.replace("~1", "/").replace("~0", "~");
  }
}
