package io.github.webrtcsdk.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Copies, checks and printing shared by the generated models and their builders. */
public final class ModelSupport {
  private ModelSupport() {}

  /** The names of a model's declared properties, which additional properties may not reuse. */
  public static Set<String> names(String... names) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
  }

  /**
   * A mutable copy for a builder, or null for null; {@code name} names the argument in the
   * null-element error.
   */
  @Nullable
  public static <E> List<E> newList(@Nullable Collection<? extends E> values, String name) {
    if (values == null) {
      return null;
    }
    requireElements(values, name);
    return new ArrayList<>(values);
  }

  @Nullable
  public static <E> Set<E> newSet(@Nullable Collection<? extends E> values, String name) {
    if (values == null) {
      return null;
    }
    requireElements(values, name);
    return new LinkedHashSet<>(values);
  }

  @Nullable
  public static <V> Map<String, V> newMap(@Nullable Map<String, ? extends V> values, String name) {
    if (values == null) {
      return null;
    }
    Map<String, V> map = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends V> entry : values.entrySet()) {
      map.put(requireElement(entry.getKey(), name), requireElement(entry.getValue(), name));
    }
    return map;
  }

  private static void requireElements(Collection<?> values, String name) {
    for (Object value : values) {
      requireElement(value, name);
    }
  }

  private static <E> E requireElement(@Nullable E value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " contains null");
    }
    return value;
  }

  /** An unmodifiable copy of the builder's elements, or null for null. */
  @Nullable
  public static <E> List<E> immutableList(@Nullable List<E> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  @Nullable
  public static <E> Set<E> immutableSet(@Nullable Set<E> values) {
    return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  @Nullable
  public static <V> Map<String, V> immutableMap(@Nullable Map<String, V> values) {
    return values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Checks that {@code name} may be an additional property of {@code model}. */
  public static String checkAdditionalName(
      @Nullable String name, Set<String> declared, String model) {
    if (name == null) {
      throw new NullPointerException("name == null");
    }
    if (declared.contains(name)) {
      throw new IllegalArgumentException(
          name + " is a declared property of " + model + ": use its builder method");
    }
    return name;
  }

  /** Throws if {@code missing} names any required property. */
  public static void checkRequired(List<String> missing) {
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Missing required properties: " + String.join(", ", missing));
    }
  }

  public static ToStringHelper toStringHelper(String model) {
    return new ToStringHelper(model);
  }

  /** Prints {@code Model{a=1, b=2}}; sensitive values print as {@code ***}. */
  public static final class ToStringHelper {
    private final StringBuilder out;
    private boolean first = true;

    ToStringHelper(String model) {
      this.out = new StringBuilder(model).append('{');
    }

    public ToStringHelper add(String name, @Nullable Object value) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(name).append('=').append(value);
      return this;
    }

    public ToStringHelper addRedacted(String name) {
      return add(name, Redaction.REDACTED);
    }

    /**
     * Adds undeclared properties, which the API document cannot mark sensitive: those named like
     * a credential ({@link Redaction#SENSITIVE_FRAGMENTS}), at any depth, print as {@code ***}.
     */
    public ToStringHelper addAll(Map<String, ?> additionalProperties) {
      for (Map.Entry<String, ?> entry : additionalProperties.entrySet()) {
        add(entry.getKey(), redacted(entry.getKey(), entry.getValue()));
      }
      return this;
    }

    private static @Nullable Object redacted(String name, @Nullable Object value) {
      if (Redaction.matchesPattern(name)) {
        return Redaction.REDACTED;
      }
      if (value instanceof Map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          copy.put(entry.getKey(), redacted(String.valueOf(entry.getKey()), entry.getValue()));
        }
        return copy;
      }
      if (value instanceof List) {
        List<Object> copy = new ArrayList<>();
        for (Object element : (List<?>) value) {
          copy.add(redacted("", element));
        }
        return copy;
      }
      return value;
    }

    @Override
    public String toString() {
      return out.toString() + '}';
    }
  }
}
