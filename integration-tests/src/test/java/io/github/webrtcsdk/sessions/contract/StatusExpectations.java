package io.github.webrtcsdk.sessions.contract;

import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.BadRequestException;
import io.github.webrtcsdk.runtime.ConflictException;
import io.github.webrtcsdk.runtime.InternalServerException;
import io.github.webrtcsdk.runtime.NotFoundException;
import io.github.webrtcsdk.runtime.PermissionDeniedException;
import io.github.webrtcsdk.runtime.RateLimitException;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a caller gets for each documented status: the second hand-written table of the contract
 * tests. A status the spec documents without a row here fails the build, naming the operations.
 */
final class StatusExpectations {
  /** What a caller of an operation answered with one status gets back. */
  sealed interface Expectation permits DecodedBody, EmptyResult, Throws {}

  /** The response body, decoded: equal to the test's own reading of the spec's example. */
  record DecodedBody() implements Expectation {
    @Override
    public String toString() {
      return "returns the decoded example";
    }
  }

  /** No body: null for operations that return nothing, else their documented empty value. */
  record EmptyResult() implements Expectation {
    @Override
    public String toString() {
      return "returns the empty result";
    }
  }

  /** An exception of exactly {@code type}, carrying the status, headers, raw and parsed body. */
  record Throws(Class<? extends ApiException> type) implements Expectation {
    @Override
    public String toString() {
      return "throws " + type.getSimpleName();
    }
  }

  private static final Map<Integer, Expectation> BY_STATUS = new TreeMap<>(Map.of(
      200, new DecodedBody(),
      204, new EmptyResult(),
      400, new Throws(BadRequestException.class),
      401, new Throws(UnauthorizedException.class),
      403, new Throws(PermissionDeniedException.class),
      404, new Throws(NotFoundException.class),
      409, new Throws(ConflictException.class),
      429, new Throws(RateLimitException.class),
      500, new Throws(InternalServerException.class)));

  private StatusExpectations() {}

  /** Returns the expectation for {@code status}, or null if the table has none. */
  static Expectation forStatus(int status) {
    return BY_STATUS.get(status);
  }

  static Set<Integer> statuses() {
    return BY_STATUS.keySet();
  }

  static Expectation require(int status) {
    return Objects.requireNonNull(forStatus(status), () -> "No expectation for status " + status);
  }
}
