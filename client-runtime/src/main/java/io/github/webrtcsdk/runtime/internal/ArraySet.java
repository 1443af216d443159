package io.github.webrtcsdk.runtime.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable set over an array, in encounter order: what a decoded {@code uniqueItems} array
 * holds. A few elements are searched in order; more are hashed as well.
 *
 * <p>A special case kept on measurement: a {@code LinkedHashSet} per decoded array (twenty sets of
 * five stream aliases in a full session's subscriptions) made that decode about a third slower
 * in paired forks against the hand-written adapter (see benchmarks/README.md).
 */
final class ArraySet<E> extends AbstractSet<E> {
  /** Up to this many elements, a search in order beats hashing. */
  private static final int SEARCHED = 8;

  private final Object[] elements;
  private final int size;
  private final @Nullable Set<Object> index;

  private ArraySet(Object[] elements, int size, @Nullable Set<Object> index) {
    this.elements = elements;
    this.size = size;
    this.index = index;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(@Nullable Object o) {
    return index != null ? index.contains(o) : indexOf(elements, size, o) >= 0;
  }

  // Unmodifiable: AbstractCollection's add and the iterator's remove already throw; these would
  // otherwise return false, without throwing, when nothing matches.

  @Override
  public boolean remove(@Nullable Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<E>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  private static int indexOf(Object[] elements, int size, @Nullable Object o) {
    for (int i = 0; i < size; i++) {
      if (elements[i].equals(o)) {
        return i;
      }
    }
    return -1;
  }

  /** Collects distinct elements in encounter order; the first of equal elements is kept. */
  static final class Builder<E> {
    // Room for a typical array of stream aliases or permissions without growing.
    private Object[] elements = new Object[SEARCHED];
    private int size;
    private @Nullable Set<Object> index;

    void add(E element) {
      if (index != null ? !index.add(element) : indexOf(elements, size, element) >= 0) {
        return;
      }
      if (size == elements.length) {
        elements = Arrays.copyOf(elements, size * 2);
      }
      elements[size++] = element;
      if (index == null && size > SEARCHED) {
        index = new HashSet<>(Arrays.asList(elements).subList(0, size));
      }
    }

    Set<E> build() {
      return new ArraySet<>(elements, size, index);
    }
  }
}
