package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webrtcsdk.sessions.contract.Generator.Weighted;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Generators of the parts JSON values are made of, no schema involved: strings, numbers, names
 * and arbitrary small JSON for properties no schema declares.
 */
final class JsonValues {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Characters of the Basic Multilingual Plane without surrogates, so that a length in Java chars
   * is a length in code points, as JSON Schema counts: ASCII with its controls and quotes,
   * accented Latin, some CJK, and the separators and marks JSON encoders trip on.
   */
  private static final char[] TEXT = chars(
      "\u0000\u007f", "\u00a0\u024f", "\u4e00\u4e40", "\u2028\u2028", "\u2029\u2029",
      "\ufeff\ufeff", "\ufffd\ufffd");

  /** Characters of the enum values a newer server may send. */
  private static final char[] NAME = chars("AZ", "az", "09", "__", "--", "..");

  private static final long DECIMAL_BOUND = 1_000_000_000L;

  private JsonValues() {}

  /** Returns strings of {@code minLength} to {@code maxLength} characters of the text above. */
  static Generator<String> strings(int minLength, int maxLength) {
    return strings(TEXT, minLength, maxLength);
  }

  /** Returns strings a schema's enum does not list, not even in another letter case. */
  static Generator<String> unknownEnumValues(List<?> known) {
    List<String> lowerCase =
        known.stream().map(value -> value.toString().toLowerCase(Locale.ROOT)).toList();
    return strings(NAME, 1, 12)
        .filter(value -> !lowerCase.contains(value.toLowerCase(Locale.ROOT)));
  }

  /** Returns whole numbers from {@code min} to {@code max}; bounds, 0 and ±1 more often. */
  static Generator<Long> longs(long min, long max) {
    if (min > max) throw new IllegalArgumentException("min " + min + " > max " + max);
    List<Long> edges = LongStream.of(min, max, 0, 1, -1)
        .filter(value -> value >= min && value <= max).boxed().distinct().toList();
    return random -> random.nextInt(5) == 0
        ? edges.get(random.nextInt(edges.size()))
        : between(random, min, max);
  }

  /** Returns decimals of scale 3 between -1e6 and 1e6, trailing zeros kept ({@code 2.500}). */
  static Generator<BigDecimal> decimals() {
    return longs(-DECIMAL_BOUND, DECIMAL_BOUND).map(unscaled -> BigDecimal.valueOf(unscaled, 3));
  }

  static Generator<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /** Returns arbitrary JSON values of small depth, for properties no schema declares. */
  static Generator<JsonNode> anyJson() {
    Generator<JsonNode> leaf = Generator.oneOf(List.of(
        strings(0, 12).map(NODES::textNode),
        longs(Long.MIN_VALUE, Long.MAX_VALUE).map(NODES::numberNode),
        decimals().map(NODES::numberNode),
        booleans().map(NODES::booleanNode),
        Generator.constant(NODES.nullNode())));
    Generator<JsonNode> array = leaf.list(0, 3).map(JsonValues::array);
    Generator<JsonNode> object = properties(strings(1, 8), leaf, 3).map(JsonValues::object);
    return Generator.frequency(List.of(
        new Weighted<>(6, leaf), new Weighted<>(1, array), new Weighted<>(1, object)));
  }

  /** Returns up to {@code maxSize} name-value pairs with distinct names. */
  static Generator<List<Map.Entry<String, JsonNode>>> properties(
      Generator<String> names, Generator<JsonNode> values, int maxSize) {
    Generator<Map.Entry<String, JsonNode>> property =
        random -> Map.entry(names.next(random), values.next(random));
    return property.uniqueList(0, maxSize, Map.Entry::getKey);
  }

  static ArrayNode array(List<JsonNode> elements) {
    ArrayNode node = NODES.arrayNode();
    elements.forEach(node::add);
    return node;
  }

  static ObjectNode object(List<Map.Entry<String, JsonNode>> properties) {
    ObjectNode node = NODES.objectNode();
    properties.forEach(property -> node.set(property.getKey(), property.getValue()));
    return node;
  }

  private static Generator<String> strings(char[] alphabet, int minLength, int maxLength) {
    return random -> {
      char[] text = new char[Generator.size(random, minLength, maxLength)];
      for (int i = 0; i < text.length; i++) text[i] = alphabet[random.nextInt(alphabet.length)];
      return new String(text);
    };
  }

  /** Returns {@code min} to {@code max}, evenly, the full range of long included. */
  private static long between(SplittableRandom random, long min, long max) {
    if (max < Long.MAX_VALUE) return random.nextLong(min, max + 1);
    if (min > Long.MIN_VALUE) return random.nextLong(min - 1, max) + 1;
    return random.nextLong();
  }

  /** Returns the characters of the inclusive ranges, each given as its first and last. */
  private static char[] chars(String... ranges) {
    StringBuilder all = new StringBuilder();
    for (String range : ranges) {
      for (char c = range.charAt(0); c <= range.charAt(1); c++) all.append(c);
    }
    return all.toString().toCharArray();
  }
}
