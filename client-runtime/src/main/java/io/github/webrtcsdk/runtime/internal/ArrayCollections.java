package io.github.webrtcsdk.runtime.internal;

import io.github.webrtcsdk.runtime.Nullable;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The lists and sets that models hold: unmodifiable, over an array, with no view around them.
 *
 * <p>A JSON adapter fills the array and freezes it without a copy; a builder shares a model's array
 * until its first change, and a model shares the builder's until the builder's next change, so
 * {@code toBuilder()} and {@code build()} copy no collection. Sets keep encounter order; up to
 * {@link #SMALL_SET} elements they are searched in order, larger ones also carry a hash index.
 */
public final class ArrayCollections {
  private ArrayCollections() {}

  /** Up to this many elements, a set is searched in order: cheaper than hashing a few. */
  public static final int SMALL_SET = 8;

  /** The first capacity of an array that grows, as {@code ArrayList}'s. */
  private static final int FIRST_CAPACITY = 10;

  private static final Object[] NO_ELEMENTS = {};
  private static final FrozenList<Object> EMPTY_LIST = new FrozenList<>(NO_ELEMENTS, 0);
  private static final FrozenSet<Object> EMPTY_SET = new FrozenSet<>(NO_ELEMENTS, 0, null);

  /** An empty array to start {@link #firstArray} and {@link #append} from. */
  public static Object[] emptyArray() {
    return NO_ELEMENTS;
  }

  /**
   * The array for the first element of a collection being read: one slot if it is the only one,
   * else the first capacity of an {@code ArrayList}.
   */
  public static Object[] firstArray(Object first, boolean more) {
    Object[] array = new Object[more ? FIRST_CAPACITY : 1];
    array[0] = first;
    return array;
  }

  /**
   * Returns {@code elements}, or a larger copy if it is full, for the element at {@code size}; the
   * array grows as {@code ArrayList}'s does, so a decoded list allocates what Moshi's would.
   */
  public static Object[] append(Object[] elements, int size, Object element) {
    Object[] array = elements;
    if (size == array.length) {
      array = Arrays.copyOf(array, grownCapacity(array.length, size + 1));
    }
    array[size] = element;
    return array;
  }

  /** The unmodifiable list of the first {@code size} elements, which nobody changes again. */
  @SuppressWarnings("unchecked")
  public static <E> List<E> frozenList(Object[] elements, int size) {
    return size == 0 ? (List<E>) EMPTY_LIST : new FrozenList<E>(elements, size);
  }

  /**
   * The unmodifiable set of the first {@code size} elements, distinct and in encounter order,
   * which nobody changes again; {@code index} is {@link #hashIndex} of them.
   */
  @SuppressWarnings("unchecked")
  public static <E> Set<E> frozenSet(Object[] elements, int size, @Nullable Set<Object> index) {
    return size == 0 ? (Set<E>) EMPTY_SET : new FrozenSet<E>(elements, size, index);
  }

  /** A copy of {@code values} as an unmodifiable list. */
  public static <E> List<E> copyOfList(Collection<? extends E> values) {
    Object[] array = values.toArray();
    return frozenList(array, array.length);
  }

  /** A copy of {@code values} as an unmodifiable set in encounter order, without duplicates. */
  @SuppressWarnings("unchecked")
  public static <E> Set<E> copyOfSet(Collection<? extends E> values) {
    if (values instanceof FrozenSet) {
      return (Set<E>) values;
    }
    BuilderSet<E> set = new BuilderSet<>();
    set.addAll(values);
    return set.freeze();
  }

  /** A builder's list holding a copy of {@code values}, or sharing them if they are frozen. */
  public static <E> List<E> builderList(Collection<? extends E> values) {
    if (values instanceof FrozenList) {
      return new BuilderList<>((FrozenList<? extends E>) values);
    }
    Object[] array = values.toArray();
    return new BuilderList<>(array, array.length);
  }

  /** A builder's set holding the distinct {@code values}, or sharing them if they are frozen. */
  public static <E> Set<E> builderSet(Collection<? extends E> values) {
    if (values instanceof FrozenSet) {
      return new BuilderSet<>((FrozenSet<? extends E>) values);
    }
    BuilderSet<E> set = new BuilderSet<>();
    set.addAll(values);
    return set;
  }

  /**
   * The unmodifiable list of a builder's list, shared until the builder's next change, or a copy
   * of any other list.
   */
  public static <E> List<E> freeze(List<E> values) {
    if (values instanceof BuilderList) {
      return ((BuilderList<E>) values).freeze();
    }
    return values instanceof FrozenList ? values : copyOfList(values);
  }

  /** As {@link #freeze(List)}, for sets. */
  public static <E> Set<E> freeze(Set<E> values) {
    if (values instanceof BuilderSet) {
      return ((BuilderSet<E>) values).freeze();
    }
    return copyOfSet(values);
  }

  /**
   * The array behind a list or set of this class, to iterate by index without an iterator; null
   * for any other collection. Its first {@code values.size()} elements are the values.
   */
  @Nullable
  public static Object[] frozenArray(Collection<?> values) {
    if (values instanceof FrozenList) {
      return ((FrozenList<?>) values).elements;
    }
    if (values instanceof FrozenSet) {
      return ((FrozenSet<?>) values).elements;
    }
    return null;
  }

  private static int grownCapacity(int capacity, int needed) {
    int grown = capacity == 0 ? FIRST_CAPACITY : capacity + (capacity >> 1);
    return Math.max(grown, needed);
  }

  private static void checkIndex(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
  }

  /** The position of {@code o} among the first {@code size} elements, or -1. */
  public static int indexOf(Object[] elements, int size, @Nullable Object o) {
    if (o == null) {
      return -1; // No collection of ours holds null.
    }
    for (int i = 0; i < size; i++) {
      if (o.equals(elements[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One of 64 bits, picked by a string's length and last character. A string whose bit is not
   * among the bits of a set's strings is not in the set, so it needs no search; strings that
   * differ in length or ending, as names and ids mostly do, rarely share a bit.
   */
  public static long filterBit(String s) {
    int length = s.length();
    // A long shift uses the low six bits of its distance: the bit is one of 64.
    return length == 0 ? 1L : 1L << (length * 7 + s.charAt(length - 1));
  }

  /** A hash index of the first {@code size} elements of a set, or null if a search is cheaper. */
  public static @Nullable Set<Object> hashIndex(Object[] elements, int size) {
    if (size <= SMALL_SET) {
      return null;
    }
    Set<Object> index = new HashSet<>(Math.max(2 * size, 16));
    for (int i = 0; i < size; i++) {
      index.add(elements[i]);
    }
    return index;
  }

  /** An unmodifiable list over the first {@code size} elements of an array nobody changes. */
  public static final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    final Object[] elements;
    private final int size;

    FrozenList(Object[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      checkIndex(index, size);
      return (E) elements[index];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int indexOf(@Nullable Object o) {
      return ArrayCollections.indexOf(elements, size, o);
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(elements, size);
    }

    @Override
    public void clear() {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * An unmodifiable set over the first {@code size} distinct elements of an array nobody changes,
   * in encounter order, with a hash index when it has more than {@link #SMALL_SET}.
   */
  public static final class FrozenSet<E> extends AbstractSet<E> {
    final Object[] elements;
    private final int size;
    final @Nullable Set<Object> index;

    FrozenSet(Object[] elements, int size, @Nullable Set<Object> index) {
      this.elements = elements;
      this.size = size;
      this.index = index;
    }

    @Override
    public Iterator<E> iterator() {
      return new ArrayIterator<>(elements, size);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return index != null ? index.contains(o) : indexOf(elements, size, o) >= 0;
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(elements, size);
    }

    @Override
    public boolean add(E e) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(@Nullable Object o) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
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
  }

  /** Iterates an array that does not change; {@code remove} is unsupported. */
  private static final class ArrayIterator<E> implements Iterator<E> {
    private final Object[] elements;
    private final int size;
    private int next;

    ArrayIterator(Object[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

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
  }

  /**
   * A builder's list. It shares its array with the model that {@link #freeze} gives, and copies it
   * before its next change.
   */
  public static final class BuilderList<E> extends AbstractList<E> implements RandomAccess {
    private Object[] elements;
    private int size;
    // Not null while the array is shared: the model's list.
    private @Nullable FrozenList<E> frozen;

    BuilderList(Object[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

    @SuppressWarnings("unchecked")
    BuilderList(FrozenList<? extends E> frozen) {
      this.elements = frozen.elements;
      this.size = frozen.size();
      this.frozen = (FrozenList<E>) frozen;
    }

    @SuppressWarnings("unchecked")
    List<E> freeze() {
      if (size == 0) {
        return (List<E>) EMPTY_LIST;
      }
      if (frozen == null) {
        frozen = new FrozenList<>(elements, size);
      }
      return frozen;
    }

    /** Makes the array this list's own, with room for {@code capacity} elements. */
    private void beforeChange(int capacity) {
      modCount++;
      if (capacity > elements.length) {
        elements = Arrays.copyOf(elements, grownCapacity(elements.length, capacity));
      } else if (frozen != null) {
        elements = elements.clone();
      }
      frozen = null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      checkIndex(index, size);
      return (E) elements[index];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
      checkIndex(index, size);
      beforeChange(size);
      E old = (E) elements[index];
      elements[index] = element;
      return old;
    }

    @Override
    public void add(int index, E element) {
      if (index < 0 || index > size) {
        throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
      }
      beforeChange(size + 1);
      System.arraycopy(elements, index, elements, index + 1, size - index);
      elements[index] = element;
      size++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
      checkIndex(index, size);
      beforeChange(size);
      E old = (E) elements[index];
      System.arraycopy(elements, index + 1, elements, index, size - index - 1);
      elements[--size] = null;
      return old;
    }

    @Override
    public int indexOf(@Nullable Object o) {
      return ArrayCollections.indexOf(elements, size, o);
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(elements, size);
    }
  }

  /** A builder's set, sharing its array with a model as {@link BuilderList} does. */
  public static final class BuilderSet<E> extends AbstractSet<E> {
    private Object[] elements;
    private int size;
    private @Nullable Set<Object> index;
    private @Nullable FrozenSet<E> frozen;
    private int modCount;

    BuilderSet() {
      this.elements = NO_ELEMENTS;
    }

    @SuppressWarnings("unchecked")
    BuilderSet(FrozenSet<? extends E> frozen) {
      this.elements = frozen.elements;
      this.size = frozen.size();
      this.index = frozen.index;
      this.frozen = (FrozenSet<E>) frozen;
    }

    @SuppressWarnings("unchecked")
    Set<E> freeze() {
      if (size == 0) {
        return (Set<E>) EMPTY_SET;
      }
      if (frozen == null) {
        frozen = new FrozenSet<>(elements, size, index);
      }
      return frozen;
    }

    private void beforeChange(int capacity) {
      modCount++;
      if (capacity > elements.length) {
        elements = Arrays.copyOf(elements, grownCapacity(elements.length, capacity));
      } else if (frozen != null) {
        elements = elements.clone();
      }
      if (frozen != null) {
        index = index == null ? null : new HashSet<>(index);
        frozen = null;
      }
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<E>() {
        private int next;
        private int last = -1;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
          if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
          }
          if (next >= size) {
            throw new NoSuchElementException();
          }
          last = next++;
          return (E) elements[last];
        }

        @Override
        public void remove() {
          if (last < 0) {
            throw new IllegalStateException();
          }
          if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
          }
          removeAt(last);
          next = last;
          last = -1;
          expectedModCount = modCount;
        }
      };
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return index != null ? index.contains(o) : indexOf(elements, size, o) >= 0;
    }

    @Override
    public boolean add(E e) {
      if (contains(e)) {
        return false;
      }
      beforeChange(size + 1);
      elements[size++] = e;
      if (index != null) {
        index.add(e);
      } else {
        index = hashIndex(elements, size);
      }
      return true;
    }

    @Override
    public boolean remove(@Nullable Object o) {
      int position = indexOf(elements, size, o);
      if (position < 0) {
        return false;
      }
      removeAt(position);
      return true;
    }

    @Override
    public void clear() {
      beforeChange(0);
      Arrays.fill(elements, 0, size, null);
      size = 0;
      index = null;
    }

    private void removeAt(int position) {
      beforeChange(size);
      Object removed = elements[position];
      System.arraycopy(elements, position + 1, elements, position, size - position - 1);
      elements[--size] = null;
      if (index != null) {
        index.remove(removed);
        if (size <= SMALL_SET) {
          index = null;
        }
      }
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(elements, size);
    }
  }
}
