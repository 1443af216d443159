package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class JavaTypeTest {
  private static final JavaType STRING = JavaType.scalar(JavaType.Kind.STRING);

  @Test
  void declarations() {
    assertEquals("List<Participant>", JavaType.list(JavaType.model("Participant")).declaration());
    assertEquals("Set<Color>", JavaType.set(JavaType.openEnum("Color")).declaration());
    assertEquals("Map<String, List<String>>", JavaType.map(JavaType.list(STRING)).declaration());
    assertEquals("Object", JavaType.scalar(JavaType.Kind.JSON_VALUE).declaration());
  }

  @Test
  void adapterExpressionsUseGeneratedAdaptersThroughMoshi() {
    assertEquals("JsonAdapters.STRING", STRING.adapterExpression());
    assertEquals(
        "JsonAdapters.setOf(moshi.adapter(Color.class))",
        JavaType.set(JavaType.openEnum("Color")).adapterExpression());
    assertEquals(
        "JsonAdapters.mapOf(JsonAdapters.listOf(JsonAdapters.LONG))",
        JavaType.map(JavaType.list(JavaType.scalar(JavaType.Kind.LONG))).adapterExpression());
  }

  @Test
  void adapterFieldNamesAreDistinctPerType() {
    assertEquals("stringAdapter", STRING.adapterFieldName());
    assertEquals(
        "participantListAdapter", JavaType.list(JavaType.model("Participant")).adapterFieldName());
    assertEquals("stringSetAdapter", JavaType.set(STRING).adapterFieldName());
    assertEquals("jsonValueAdapter", JavaType.scalar(JavaType.Kind.JSON_VALUE).adapterFieldName());
  }

  @Test
  void emptyContainers() {
    assertEquals(
        "Collections.<String>emptyList()", JavaType.list(STRING).emptyContainerExpression());
    assertEquals(
        "Collections.<String, Long>emptyMap()",
        JavaType.map(JavaType.scalar(JavaType.Kind.LONG)).emptyContainerExpression());
  }

  @Test
  void importsOfModelsAndCollections() {
    Set<String> imports = new TreeSet<>();
    JavaType.map(JavaType.list(JavaType.model("Part"))).collectImports(imports, "p.model");
    assertEquals(new TreeSet<>(Set.of("java.util.List", "java.util.Map", "p.model.Part")), imports);
  }
}
