package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** JSON trees (Jackson's), the neutral ground between the spec and the client's Moshi models. */
final class Trees {
  /**
   * Decimals read as {@link java.math.BigDecimal} with their trailing zeros, as the client keeps
   * unknown numbers, so that a number's text survives a round trip through either side: Jackson
   * would otherwise read {@code 1.000} as 1, which the client then reads back as a {@code Long}.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Trees() {}

  /** Converts a value of Swagger Parser's model (a tree, a map, a string...) to a tree. */
  static JsonNode of(Object value) {
    return canonical(MAPPER.valueToTree(value));
  }

  /** Parses {@code json}, failing on anything but exactly one JSON value. */
  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }

  static String write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns {@code tree} as it reads back from its own text, so that trees built in code compare
   * equal to parsed ones (an {@code IntNode} and a {@code LongNode} of 1 are not equal).
   */
  static JsonNode canonical(JsonNode tree) {
    return parse(write(tree));
  }
}
