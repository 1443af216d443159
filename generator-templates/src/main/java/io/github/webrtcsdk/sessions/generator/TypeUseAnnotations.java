package io.github.webrtcsdk.sessions.generator;

import java.util.regex.Pattern;

/**
 * Moves {@code @Nullable} to where Java allows a type-use annotation on a qualified type.
 *
 * <p>JSpecify's {@code @Nullable} annotates the type, not the declaration. Templates write it
 * before the type ({@code @Nullable final Foo foo}), which is right for a simple name; a type
 * written with its package, as the generator does when a simple name would clash, takes it before
 * the simple name instead ({@code final com.example.@Nullable Foo foo}): javac rejects
 * {@code @Nullable com.example.Foo} ("scoping construct cannot be annotated").
 */
final class TypeUseAnnotations {
  // @Nullable, an optional final, then a package (lower-case segments) and the class name.
  private static final Pattern QUALIFIED =
      Pattern.compile("@Nullable (final )?((?:[a-z_][\\w]*\\.)+)(?=[A-Z])");

  private TypeUseAnnotations() {}

  /** Returns {@code source} with every {@code @Nullable} of a qualified type before its name. */
  static String place(String source) {
    return QUALIFIED.matcher(source).replaceAll("$1$2@Nullable ");
  }
}
