package io.github.webrtcsdk.sessions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every model is read and written by its generated adapter: no reflection anywhere. */
final class ModelJsonAdapterFactoryTest {
  private final Moshi moshi = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();

  @Test
  void everyModelIsServedByItsGeneratedAdapter() throws Exception {
    List<Class<?>> models = modelClasses();

    // The spec has 13 schemas; a model missing from the factory would get Moshi's reflection.
    assertEquals(13, models.size(), models.toString());
    for (Class<?> model : models) {
      assertEquals(
          model.getName() + "JsonAdapter",
          moshi.adapter(model).getClass().getName(),
          "adapter of " + model.getSimpleName());
    }
  }

  @Test
  void everyModelHasOneSharedGeneratedAdapterWithoutMoshi() throws Exception {
    for (Class<?> model : modelClasses()) {
      JsonAdapter<?> shared = ModelJsonAdapterFactory.adapter(model);
      assertEquals(model.getName() + "JsonAdapter", shared.getClass().getName());
      assertSame(shared, ModelJsonAdapterFactory.adapter(model), model.getSimpleName());
    }
  }

  @Test
  void sharedAdaptersReadAndWriteAsMoshisDo() throws Exception {
    String json =
        "{\"id\":\"p1\",\"publishPermissions\":[\"AUDIO\",\"SCREEN\"],"
            + "\"sessions\":[\"s1\"],\"subscriptions\":{\"sessionId\":\"s1\","
            + "\"participants\":[{\"participantId\":\"p2\",\"streamAliases\":[\"a\"]}],"
            + "\"extra\":1},\"deviceApiVersion\":\"V3\"}";
    JsonAdapter<Participant> shared = ModelJsonAdapterFactory.adapter(Participant.class);
    Participant participant = shared.fromJson(json);

    assertEquals(moshi.adapter(Participant.class).fromJson(json), participant);
    assertEquals(json, shared.toJson(participant));
    assertEquals(moshi.adapter(Participant.class).toJson(participant), shared.toJson(participant));
  }

  @Test
  void sharedAdapterOfAnotherTypeIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ModelJsonAdapterFactory.adapter(String.class));
    assertEquals("ModelJsonAdapterFactory has no adapter for java.lang.String", e.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> ModelJsonAdapterFactory.adapter(null));
    assertEquals("type == null", npe.getMessage());
  }

  @Test
  void otherTypesAndQualifiedTypesAreNotOurs() {
    ModelJsonAdapterFactory factory = new ModelJsonAdapterFactory();

    assertNull(factory.create(String.class, Collections.emptySet(), moshi));
    assertNull(factory.create(Object.class, Collections.emptySet(), moshi));
    assertNull(factory.create(Session.class, Collections.singleton(qualifier()), moshi));
  }

  /** The public top-level classes of the model package, read from the compiled classes. */
  private static List<Class<?>> modelClasses() throws IOException, ClassNotFoundException {
    Path classes =
        Paths.get(
            ModelJsonAdapterFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
    Path dir = classes.resolve("io/github/webrtcsdk/sessions/model");
    List<Class<?>> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.startsWith("package-info")) {
          continue;
        }
        Class<?> type =
            Class.forName("io.github.webrtcsdk.sessions.model." + name.replace(".class", ""));
        if (Modifier.isPublic(type.getModifiers()) && type != ModelJsonAdapterFactory.class) {
          models.add(type);
        }
      }
    }
    assertTrue(models.contains(Participant.class));
    return models;
  }

  @JsonQualifier
  @interface Qualified {}

  private static Annotation qualifier() {
    return new Qualified() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return Qualified.class;
      }
    };
  }
}
