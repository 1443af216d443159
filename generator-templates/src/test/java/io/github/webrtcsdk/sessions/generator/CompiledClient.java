package io.github.webrtcsdk.sessions.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.DynamicTest;

/**
 * A client generated for a test spec and compiled, with the scenarios written against it, then
 * loaded: the way to run generated code in a test.
 *
 * <p>Scenarios are Java sources under {@code src/test/resources/scenarios/<spec>/}, compiled with
 * the generated sources (so they use the generated API as a user would, typed and checked) with the
 * same {@code --release 8 -Werror} settings. Each public static method of a scenario class that
 * takes a {@link MockWebServer} is one test, run against a fresh started server.
 */
final class CompiledClient {
  static final Path SCENARIOS = Paths.get("src/test/resources/scenarios");

  private final ClassLoader loader;

  private CompiledClient(ClassLoader loader) {
    this.loader = loader;
  }

  /** Generates the client of {@code spec} into {@code dir} and compiles it with its scenarios. */
  static CompiledClient of(String spec, Path dir) {
    Path out = Generation.generate(Generation.spec(spec), dir.resolve("out"));
    Path classes = dir.resolve("classes");
    JavaCompilation.compile(
        Arrays.asList(out.resolve("src/main/java"), SCENARIOS.resolve(spec)), classes);
    try {
      return new CompiledClient(
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, CompiledClient.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Class<?> load(String className) {
    try {
      return Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** One dynamic test per scenario method of {@code className}, in name order. */
  Stream<DynamicTest> scenarios(String className) {
    return Arrays.stream(load(className).getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
        .filter(m -> Arrays.equals(m.getParameterTypes(), new Class<?>[] {MockWebServer.class}))
        .sorted(Comparator.comparing(Method::getName))
        .map(m -> DynamicTest.dynamicTest(m.getName(), () -> run(m)));
  }

  private static void run(Method scenario) throws Throwable {
    try (MockWebServer server = new MockWebServer()) {
      server.start(0);
      scenario.invoke(null, server);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
