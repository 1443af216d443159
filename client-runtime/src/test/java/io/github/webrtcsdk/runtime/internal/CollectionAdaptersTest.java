package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The collections that models hold, through the adapters that fill them and their builders. */
final class CollectionAdaptersTest {
  private final JsonAdapter<List<String>> stringList = JsonAdapters.listOf(JsonAdapters.STRING);
  private final JsonAdapter<Set<String>> stringSet = JsonAdapters.setOf(JsonAdapters.STRING);

  @Test
  void decodedListsEqualJavaListsOfEverySize() throws Exception {
    for (int size = 0; size <= 40; size++) {
      List<String> expected = strings(size);

      List<String> decoded = stringList.fromJson(json(expected));

      assertEquals(expected, decoded);
      assertEquals(decoded, expected);
      assertEquals(expected.hashCode(), decoded.hashCode());
      assertEquals(expected.toString(), decoded.toString());
      assertEquals(json(expected), stringList.toJson(decoded));
    }
  }

  @Test
  void decodedListsAreUnmodifiable() throws Exception {
    List<String> one = stringList.fromJson("[\"a\"]");
    List<String> two = stringList.fromJson("[\"a\",\"b\"]");
    List<String> none = stringList.fromJson("[]");

    for (List<String> list : Arrays.asList(one, two, none)) {
      assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
      assertThrows(UnsupportedOperationException.class, () -> list.set(0, "x"));
      assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
      assertThrows(UnsupportedOperationException.class, list::clear);
    }
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> two.get(2));
    assertEquals("Index 2 out of bounds for length 2", e.getMessage());
  }

  @Test
  void decodedSetsDropDuplicatesAndKeepOrderAtEverySize() throws Exception {
    for (int size = 0; size <= 40; size++) {
      List<String> distinct = strings(size);
      List<String> withDuplicates = new ArrayList<>(distinct);
      withDuplicates.addAll(distinct);
      Collections.reverse(withDuplicates.subList(size, withDuplicates.size()));

      Set<String> decoded = stringSet.fromJson(json(withDuplicates));

      assertEquals(new ArrayList<>(distinct), new ArrayList<>(decoded), "order at size " + size);
      assertEquals(new HashSet<>(distinct), decoded);
      assertEquals(decoded, new HashSet<>(distinct));
      assertEquals(new HashSet<>(distinct).hashCode(), decoded.hashCode());
      for (String value : distinct) {
        assertTrue(decoded.contains(value), value + " at size " + size);
      }
      assertFalse(decoded.contains("absent"));
      assertFalse(decoded.contains(null));
      assertEquals(json(distinct), stringSet.toJson(decoded));
    }
  }

  @Test
  void decodedSetsOfOtherElementsDropDuplicatesAndKeepOrder() throws Exception {
    JsonAdapter<Set<Integer>> integerSet =
        JsonAdapters.setOf(new Moshi.Builder().build().adapter(Integer.class));

    Set<Integer> decoded = integerSet.fromJson("[3,1,3,2,1,3]");

    assertEquals(Arrays.asList(3, 1, 2), new ArrayList<>(decoded));
    assertEquals("[3,1,2]", integerSet.toJson(decoded));
  }

  @Test
  void decodedCollectionsOfOtherElementsMatchJavaCollectionsAtEverySize() throws Exception {
    JsonAdapter<List<Integer>> integerList = JsonAdapters.listOf(JsonAdapters.INTEGER);
    JsonAdapter<Set<Integer>> integerSet = JsonAdapters.setOf(JsonAdapters.INTEGER);
    for (int size = 0; size <= 40; size++) {
      List<Integer> distinct = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        distinct.add(i * 7 % 41);
      }
      List<Integer> withDuplicates = new ArrayList<>(distinct);
      withDuplicates.addAll(distinct);
      Collections.reverse(withDuplicates.subList(size, withDuplicates.size()));

      List<Integer> list = integerList.fromJson(withDuplicates.toString());
      Set<Integer> set = integerSet.fromJson(withDuplicates.toString());

      assertEquals(withDuplicates, list);
      assertEquals(withDuplicates.hashCode(), list.hashCode());
      assertEquals(withDuplicates.toString().replace(" ", ""), integerList.toJson(list));
      assertEquals(distinct, new ArrayList<>(set), "order at size " + size);
      assertEquals(new HashSet<>(distinct), set);
      assertEquals(new HashSet<>(distinct).hashCode(), set.hashCode());
      assertFalse(set.contains(41));
      assertEquals(distinct.toString().replace(" ", ""), integerSet.toJson(set));
    }
  }

  @Test
  void aNullElementFailsWithItsPathInEveryCollection() {
    List<JsonAdapter<?>> adapters = Arrays.asList(
        stringList,
        stringSet,
        JsonAdapters.listOf(JsonAdapters.INTEGER),
        JsonAdapters.setOf(JsonAdapters.INTEGER));
    List<String> documents = Arrays.asList("[\"a\",null]", "[\"a\",null]", "[1,null]", "[1,null]");
    for (int i = 0; i < adapters.size(); i++) {
      JsonAdapter<?> adapter = adapters.get(i);
      String document = documents.get(i);

      JsonDataException e =
          assertThrows(JsonDataException.class, () -> adapter.fromJson(document), document);

      assertEquals("Unexpected null at $[1]", e.getMessage(), adapter.toString());
    }
  }

  @Test
  void collectionAdaptersNameWhatTheyHold() {
    assertEquals("JsonAdapters.listOf(JsonAdapters.STRING)", stringList.toString());
    assertEquals("JsonAdapters.setOf(JsonAdapters.STRING)", stringSet.toString());
    assertEquals("JsonAdapters.listOf(JsonAdapters.LONG)",
        JsonAdapters.listOf(JsonAdapters.LONG).toString());
    assertEquals("JsonAdapters.setOf(JsonAdapters.setOf(JsonAdapters.BOOLEAN))",
        JsonAdapters.setOf(JsonAdapters.setOf(JsonAdapters.BOOLEAN)).toString());
  }

  @Test
  void decodedSetsAreUnmodifiable() throws Exception {
    Set<String> small = stringSet.fromJson("[\"a\",\"b\"]");
    Set<String> large = stringSet.fromJson(json(strings(12)));

    for (Set<String> set : Arrays.asList(small, large)) {
      assertThrows(UnsupportedOperationException.class, () -> set.add("x"));
      assertThrows(UnsupportedOperationException.class, () -> set.remove("a"));
      assertThrows(UnsupportedOperationException.class, () -> set.addAll(Arrays.asList("x")));
      assertThrows(UnsupportedOperationException.class, () -> set.retainAll(Arrays.asList("x")));
      assertThrows(UnsupportedOperationException.class, () -> set.removeAll(Arrays.asList("a")));
      assertThrows(UnsupportedOperationException.class, set::clear);
      Iterator<String> iterator = set.iterator();
      iterator.next();
      assertThrows(UnsupportedOperationException.class, iterator::remove);
    }
  }

  @Test
  void builderCopiesACallersCollectionAndRejectsNull() {
    List<String> callers = new ArrayList<>(Arrays.asList("a", "b"));
    List<String> builder = ModelSupport.newList(callers, "values");
    callers.add("c");

    assertEquals(Arrays.asList("a", "b"), ModelSupport.immutableList(builder));
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ModelSupport.newSet(Arrays.asList("a", null), "aliases"));
    assertEquals("aliases contains null", e.getMessage());
  }

  private static List<String> strings(int size) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add("s" + i);
    }
    return values;
  }

  private static String json(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (String value : values) {
      out.append(out.length() > 1 ? "," : "").append('"').append(value).append('"');
    }
    return out.append(']').toString();
  }
}
