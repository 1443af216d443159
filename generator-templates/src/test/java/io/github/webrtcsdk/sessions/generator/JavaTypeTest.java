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
  void adapterExpressionsUseTheGeneratedAdaptersWithoutMoshi() {
    assertEquals("JsonAdapters.STRING", STRING.adapterExpression());
    assertEquals(
        "JsonAdapters.setOf(ModelJsonAdapterFactory.adapter(Color.class))",
        JavaType.set(JavaType.openEnum("Color")).adapterExpression());
    assertEquals(
        "JsonAdapters.mapOf(JsonAdapters.listOf(JsonAdapters.LONG))",
        JavaType.map(JavaType.list(JavaType.scalar(JavaType.Kind.LONG))).adapterExpression());
  }

  @Test
  void modelAdaptersGetTheModelsTheyHoldFromTheirMoshi() {
    assertEquals(
        "JsonAdapters.listOf(ModelJsonAdapterFactory.adapterOf(moshi, Part.class))",
        JavaType.list(JavaType.model("Part")).adapterExpression(JavaType.NESTED_MODEL_ADAPTER));
    assertEquals(
        "JsonAdapters.STRING", STRING.adapterExpression(JavaType.NESTED_MODEL_ADAPTER));
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

  @Test
  void formatsAreJavaTypesWithTheirAdapters() {
    assertEquals("OffsetDateTime", JavaType.scalar(JavaType.Kind.OFFSET_DATE_TIME).declaration());
    assertEquals(
        "FormatAdapters.LOCAL_DATE", JavaType.scalar(JavaType.Kind.LOCAL_DATE).adapterExpression());
    assertEquals("uuidAdapter", JavaType.scalar(JavaType.Kind.UUID).adapterFieldName());
    assertEquals("Map<String, Object>", JavaType.scalar(JavaType.Kind.JSON_OBJECT).declaration());
    Set<String> imports = new TreeSet<>();
    JavaType.list(JavaType.scalar(JavaType.Kind.BYTES)).collectImports(imports, "p.model");
    assertEquals(new TreeSet<>(Set.of("java.util.List", "okio.ByteString")), imports);
  }

  @Test
  void qualifiedModelsAreWrittenWithTheirPackageAndNotImported() {
    JavaType legacy = JavaType.model("Legacy").qualified("p.model");
    Set<String> imports = new TreeSet<>();
    legacy.collectImports(imports, "p.model");
    assertEquals("p.model.Legacy", legacy.declaration());
    assertEquals("legacyAdapter", legacy.adapterFieldName());
    assertEquals(
        "ModelJsonAdapterFactory.adapter(p.model.Legacy.class)", legacy.adapterExpression());
    assertEquals(new TreeSet<String>(), imports);
  }

  @Test
  void parametersThatPrintThemselves() {
    assertEquals(true, JavaType.scalar(JavaType.Kind.LOCAL_DATE).isPlainParameter());
    assertEquals(true, JavaType.openEnum("Color").isPlainParameter());
    assertEquals(false, JavaType.scalar(JavaType.Kind.OFFSET_DATE_TIME).isPlainParameter());
    assertEquals(false, JavaType.scalar(JavaType.Kind.DOUBLE).isPlainParameter());
    assertEquals(false, JavaType.model("Thing").isParameterScalar());
  }
}
