package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class TypeUseAnnotationsTest {
  @Test
  void qualifiedTypesTakeTheAnnotationBeforeTheirSimpleName() {
    assertEquals(
        "  final com.example.model.@Nullable Legacy legacy;\n"
            + "  public com.example.@Nullable Legacy legacy(java.util.@Nullable List<String> a) {",
        TypeUseAnnotations.place(
            "  @Nullable final com.example.model.Legacy legacy;\n"
                + "  public @Nullable com.example.Legacy legacy(@Nullable java.util.List<String> a) {"));
  }

  @Test
  void simpleNamesStayAsTheyAre() {
    String source = "  @Nullable final Legacy legacy;\n  @Nullable Map<String, Object> m;\n"
        + "  /** {@link org.jspecify.annotations.Nullable} */\n";

    assertEquals(source, TypeUseAnnotations.place(source));
  }
}
