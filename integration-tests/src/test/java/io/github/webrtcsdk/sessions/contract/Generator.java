package io.github.webrtcsdk.sessions.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Random values of one type, drawn from a {@link SplittableRandom} and from nothing else, so that
 * the same seed gives the same value: a failing value is replayed from its seed alone. Sizes lean
 * towards their bounds, where off-by-one bugs live.
 */
@FunctionalInterface
interface Generator<T> {
  /** How many values {@link #filter} and {@link #uniqueList} draw before giving up. */
  int ATTEMPTS = 1000;

  /** Returns the next value, drawing only from {@code random}. */
  T next(SplittableRandom random);

  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(next(random));
  }

  /** Returns the values {@code keep} accepts; fails if it rejects {@link #ATTEMPTS} in a row. */
  default Generator<T> filter(Predicate<? super T> keep) {
    return random -> {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        T value = next(random);
        if (keep.test(value)) return value;
      }
      throw new IllegalStateException("The filter rejected " + ATTEMPTS + " values in a row");
    };
  }

  /** Returns lists of {@code minSize} to {@code maxSize} values. */
  default Generator<List<T>> list(int minSize, int maxSize) {
    return random -> {
      int size = size(random, minSize, maxSize);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) values.add(next(random));
      return values;
    };
  }

  /**
   * Returns lists of {@code minSize} to {@code maxSize} values, no two with the same key. Values
   * with few distinct keys (an enum of two) make shorter lists, never shorter than {@code minSize}.
   */
  default <K> Generator<List<T>> uniqueList(int minSize, int maxSize, Function<? super T, K> key) {
    return random -> {
      int size = size(random, minSize, maxSize);
      Map<K, T> byKey = new LinkedHashMap<>();
      for (int attempt = 0; byKey.size() < size && attempt < ATTEMPTS; attempt++) {
        T value = next(random);
        byKey.putIfAbsent(key.apply(value), value);
      }
      if (byKey.size() < minSize) {
        throw new IllegalStateException("Only " + byKey.size() + " distinct values, not "
            + minSize + ", in " + ATTEMPTS + " draws");
      }
      return new ArrayList<>(byKey.values());
    };
  }

  static <T> Generator<T> constant(T value) {
    return random -> value;
  }

  static <T> Generator<T> elementOf(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) throw new IllegalArgumentException("Nothing to choose from");
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** Returns a value of one of {@code choices}, each chosen as often as its weight says. */
  static <T> Generator<T> frequency(List<Weighted<? extends T>> choices) {
    List<Weighted<? extends T>> list = List.copyOf(choices);
    int total = list.stream().mapToInt(Weighted::weight).sum();
    return random -> {
      int pick = random.nextInt(total);
      for (Weighted<? extends T> choice : list) {
        pick -= choice.weight();
        if (pick < 0) return choice.generator().next(random);
      }
      throw new AssertionError("unreachable: the weights add up to the total");
    };
  }

  /** Returns a value of one of {@code choices}, each as often as the others. */
  static <T> Generator<T> oneOf(List<Generator<? extends T>> choices) {
    List<Generator<? extends T>> list = List.copyOf(choices);
    return random -> list.get(random.nextInt(list.size())).next(random);
  }

  /** Returns one value of each of {@code parts}, in order. */
  static <T> Generator<List<T>> each(List<Generator<? extends T>> parts) {
    List<Generator<? extends T>> copy = List.copyOf(parts);
    return random -> {
      List<T> values = new ArrayList<>(copy.size());
      for (Generator<? extends T> part : copy) values.add(part.next(random));
      return values;
    };
  }

  /** Returns the values of the generator {@code supplier} makes on the first draw, for cycles. */
  static <T> Generator<T> lazy(Supplier<Generator<T>> supplier) {
    return new Generator<>() {
      private Generator<T> made;

      @Override
      public T next(SplittableRandom random) {
        if (made == null) made = supplier.get();
        return made.next(random);
      }
    };
  }

  /**
   * Returns a size from {@code min} to {@code max}: one time in six the minimum, one in six the
   * maximum, otherwise any, evenly.
   */
  static int size(SplittableRandom random, int min, int max) {
    if (min > max) throw new IllegalArgumentException("min " + min + " > max " + max);
    return switch (random.nextInt(6)) {
      case 0 -> min;
      case 1 -> max;
      default -> random.nextInt(min, max + 1);
    };
  }

  /** A choice of {@link #frequency} and how much it weighs. */
  record Weighted<T>(int weight, Generator<T> generator) {
    public Weighted {
      if (weight <= 0) throw new IllegalArgumentException("weight " + weight + " <= 0");
    }
  }
}
