package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the models generated for {@code models.yaml}, which has the kinds of properties the real API
 * does not use: maps, free-form JSON, numbers, nested inline objects, required and nullable arrays.
 * The real API's models are tested in the client module.
 */
final class GeneratedModelsRoundTripTest {
  private static final String MODEL = "io.github.webrtcsdk.sessions.model.";

  @TempDir static Path dir;
  private static URLClassLoader loader;
  private static Moshi moshi;

  @BeforeAll
  static void compileModels() throws Exception {
    Path out = Generation.generate(Generation.spec("models"), dir.resolve("out"));
    Path classes = dir.resolve("classes");
    JavaCompilation.compile(out.resolve("src/main/java"), classes);
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()},
            GeneratedModelsRoundTripTest.class.getClassLoader());
    Object factory = type("ModelJsonAdapterFactory").getConstructor().newInstance();
    moshi = new Moshi.Builder().add((JsonAdapter.Factory) factory).build();
  }

  @AfterAll
  static void close() throws Exception {
    loader.close();
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return Class.forName(MODEL + simpleName, true, loader);
  }

  @SuppressWarnings("unchecked") // Test code: the adapter is for the named model.
  private static JsonAdapter<Object> adapter(String simpleName) throws ClassNotFoundException {
    return (JsonAdapter<Object>) moshi.adapter(type(simpleName));
  }

  @Test
  void everyKindOfPropertyRoundTripsExactly() throws Exception {
    String json =
        "{\"id\":\"w1\",\"note\":null,\"count\":3,\"total\":9007199254740993,"
            + "\"millis\":1619716290000,\"ratio\":0.5,\"active\":false,\"labels\":[\"a\",\"b\"],"
            + "\"colors\":[\"green\",\"ultraviolet\",\"red\"],\"scores\":{\"x\":1,\"y\":2},"
            + "\"dimensions\":{\"width\":1.5,\"height\":2.0,\"depth\":3},"
            + "\"owner\":{\"name\":\"Ann\"},"
            + "\"metadata\":{\"nested\":[1,2.50,null,true,{\"k\":\"v\"}]},"
            + "\"aliases\":null,\"parts\":[{\"name\":\"p\",\"quantity\":2}],"
            + "\"createdAt\":\"2021-04-30T00:00:00Z\",\"legacyCode\":\"L\",\"secret\":\"s3cret\","
            + "\"status\":\"archived\",\"unknown\":{\"deep\":[null]}}";
    JsonAdapter<Object> widgets = adapter("Widget");

    Object widget = widgets.fromJson(json);

    assertEquals(json, widgets.toJson(widget));
    assertEquals(widget, widgets.fromJson(widgets.toJson(widget)));
  }

  @Test
  void absentAndNullAreDifferentValues() throws Exception {
    JsonAdapter<Object> widgets = adapter("Widget");
    Object absent = widgets.fromJson("{\"id\":\"w\",\"parts\":[]}");
    Object explicitNull = widgets.fromJson("{\"id\":\"w\",\"note\":null,\"parts\":[]}");

    assertEquals(false, call(absent, "hasNote"));
    assertEquals(true, call(explicitNull, "hasNote"));
    assertEquals(null, call(explicitNull, "note"));
    assertEquals(false, absent.equals(explicitNull));
    assertEquals("{\"id\":\"w\",\"parts\":[]}", widgets.toJson(absent));
    assertEquals("{\"id\":\"w\",\"note\":null,\"parts\":[]}", widgets.toJson(explicitNull));
  }

  @Test
  void sensitivePropertyIsRedactedInToString() throws Exception {
    Object widget = adapter("Widget").fromJson("{\"id\":\"w\",\"parts\":[],\"secret\":\"s3cret\"}");
    assertEquals("Widget{id=w, parts=[], secret=***}", widget.toString());
  }

  @Test
  void missingRequiredPropertiesFailDecodingWithPath() throws Exception {
    JsonAdapter<Object> widgets = adapter("Widget");
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> widgets.fromJson("{\"parts\":[{}]}"));
    assertEquals("Missing required properties: name at $.parts[0]", e.getMessage());
  }

  @Test
  void builderNamesEveryMissingRequiredProperty() throws Exception {
    Object builder = type("Widget").getMethod("builder").invoke(null);
    InvocationTargetException e =
        assertThrows(
            InvocationTargetException.class,
            () -> builder.getClass().getMethod("build").invoke(builder));
    assertEquals(IllegalStateException.class, e.getCause().getClass());
    assertEquals("Missing required properties: id, parts", e.getCause().getMessage());
  }

  @Test
  void eachModelIsServedByItsGeneratedAdapter() throws Exception {
    for (String model :
        new String[] {"Widget", "WidgetDimensions", "WidgetStatus", "Color", "Owner", "Part"}) {
      assertEquals(MODEL + model + "JsonAdapter", moshi.adapter(type(model)).getClass().getName());
    }
  }

  @Test
  void sharedAdaptersAreTheGeneratedOnesMadeOncePerType() throws Exception {
    for (String model : new String[] {"Widget", "Color", "Category", "Entry"}) {
      JsonAdapter<Object> shared = shared(loader, model);
      assertEquals(MODEL + model + "JsonAdapter", shared.getClass().getName());
      assertSame(shared, shared(loader, model));
    }
    String json =
        "{\"id\":\"w\",\"colors\":[\"red\",\"ultraviolet\"],\"parts\":[{\"name\":\"p\"}]}";
    assertEquals(json, shared(loader, "Widget").toJson(adapter("Widget").fromJson(json)));
  }

  @Test
  void sharedAdapterOfATypeWithoutOneIsRefusedByName() throws Exception {
    InvocationTargetException e =
        assertThrows(
            InvocationTargetException.class,
            () -> sharedAdapterMethod(loader).invoke(null, String.class));
    assertEquals(IllegalArgumentException.class, e.getCause().getClass());
    assertEquals(
        "ModelJsonAdapterFactory has no adapter for java.lang.String", e.getCause().getMessage());
  }

  @Test
  void modelsThatHoldThemselvesRoundTripThroughSharedAndMoshiAdapters() throws Exception {
    String category =
        "{\"name\":\"a\",\"parent\":{\"name\":\"p\",\"parent\":{\"name\":\"q\"}},"
            + "\"children\":[{\"name\":\"c\",\"children\":[{\"name\":\"d\"}]}]}";
    String folder =
        "{\"name\":\"f\",\"entries\":[{\"name\":\"e\",\"folder\":{\"name\":\"g\","
            + "\"entries\":[]}}]}";
    String entry = "{\"name\":\"e\",\"folder\":" + folder + "}";
    // A fresh class loader each time: the shared adapters start unmade, entered from either side.
    for (String[] order : new String[][] {{"Entry", "Folder"}, {"Folder", "Entry"}}) {
      try (URLClassLoader fresh = freshLoader()) {
        JsonAdapter<Object> first = shared(fresh, order[0]);
        JsonAdapter<Object> second = shared(fresh, order[1]);
        JsonAdapter<Object> entries = order[0].equals("Entry") ? first : second;
        JsonAdapter<Object> folders = order[0].equals("Entry") ? second : first;
        assertEquals(entry, entries.toJson(entries.fromJson(entry)));
        assertEquals(folder, folders.toJson(folders.fromJson(folder)));
        JsonAdapter<Object> categories = shared(fresh, "Category");
        assertEquals(category, categories.toJson(categories.fromJson(category)));
      }
    }
    assertEquals(category, adapter("Category").toJson(adapter("Category").fromJson(category)));
    assertEquals(entry, adapter("Entry").toJson(adapter("Entry").fromJson(entry)));
  }

  @Test
  void threadsResolvingSharedAdaptersAtOnceAllGetWorkingOnes() throws Exception {
    String[] models = {"Category", "Entry", "Folder", "Widget", "Part", "Color"};
    String category =
        "{\"name\":\"a\",\"children\":[{\"name\":\"c\",\"parent\":{\"name\":\"a\"}}]}";
    for (int round = 0; round < 20; round++) {
      try (URLClassLoader fresh = freshLoader()) {
        Method sharedAdapter = sharedAdapterMethod(fresh);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int offset = t;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<Object> adapters = new ArrayList<>();
                    for (int i = 0; i < models.length; i++) {
                      String model = models[(i + offset) % models.length];
                      adapters.add(
                          sharedAdapter.invoke(null, Class.forName(MODEL + model, true, fresh)));
                    }
                    @SuppressWarnings("unchecked") // The adapter of Category, made by name.
                    JsonAdapter<Object> categories =
                        (JsonAdapter<Object>)
                            sharedAdapter.invoke(
                                null, Class.forName(MODEL + "Category", true, fresh));
                    assertEquals(category, categories.toJson(categories.fromJson(category)));
                    return adapters;
                  }));
        }
        start.countDown();
        Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<List<Object>> result : results) {
          distinct.addAll(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(models.length, distinct.size(), "one adapter per type, whichever thread");
      }
    }
  }

  private static URLClassLoader freshLoader() {
    return new URLClassLoader(
        loader.getURLs(), GeneratedModelsRoundTripTest.class.getClassLoader());
  }

  private static Method sharedAdapterMethod(ClassLoader classes) throws Exception {
    return Class.forName(MODEL + "ModelJsonAdapterFactory", true, classes)
        .getMethod("adapter", Class.class);
  }

  @SuppressWarnings("unchecked") // Test code: the adapter is for the named model.
  private static JsonAdapter<Object> shared(ClassLoader classes, String simpleName)
      throws Exception {
    return (JsonAdapter<Object>)
        sharedAdapterMethod(classes).invoke(null, Class.forName(MODEL + simpleName, true, classes));
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }
}
