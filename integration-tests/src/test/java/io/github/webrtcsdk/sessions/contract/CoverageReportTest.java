package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.webrtcsdk.sessions.contract.Coverage.Pair;
import io.github.webrtcsdk.sessions.contract.CoverageReport.CaseKey;
import io.github.webrtcsdk.sessions.contract.OperationInvokers.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CoverageReportTest {
  private static final Pair OK = new Pair("getRoom", 200);
  private static final Pair BROKEN = new Pair("getRoom", 404);
  private static final Pair MISSING = new Pair("getRoom", 418);
  private static final Pair NOT_RUN = new Pair("deleteRoom", 204);

  @Test
  void listsEveryPairAndEveryCase(@TempDir Path directory) throws IOException {
    CoverageReport report = new CoverageReport(List.of(OK, BROKEN, MISSING, NOT_RUN));
    report.expectation(OK, "returns the decoded example");
    report.expectation(BROKEN, "throws NotFoundException");
    report.gap(MISSING, "no expectation in StatusExpectations");
    CaseKey ok = new CaseKey(OK, "example", "(none)");
    CaseKey broken = new CaseKey(BROKEN, "example", "(none)");
    for (Mode mode : Mode.values()) report.result(ok, mode, null);
    report.result(broken, Mode.BLOCKING, null);
    report.result(broken, Mode.ASYNC, "expected: <404> but was: <500>\nmore | detail");

    Path file = directory.resolve("sub/coverage.md");
    report.write(file, "Fixture", "1.2.3");

    assertEquals("""
        # Contract coverage

        Written by `ContractCoverageTest` from `webrtc-sessions.yaml` (Fixture 1.2.3).

        4 documented (operation, status) pairs: 1 pass, 3 fail or untested.

        Each case calls the operation through the client in four modes (blocking, async, raw \
        response, raw response async) against MockWebServer. Atlassian's \
        swagger-request-validator checks every request the client sends and every response it \
        is given against the spec; response bodies are the spec's own examples.

        ## Pairs

        | operation | status | expectation | cases | result |
        |---|---|---|---|---|
        | getRoom | 200 | returns the decoded example | 1 | pass |
        | getRoom | 404 | throws NotFoundException | 1 | FAIL |
        | getRoom | 418 | - | 0 | UNTESTED: no expectation in StatusExpectations |
        | deleteRoom | 204 | - | 0 | NOT RUN |

        ## Cases

        | operation | status | response body | request body | blocking | async | raw | raw async |
        |---|---|---|---|---|---|---|---|
        | getRoom | 200 | example | (none) | pass | pass | pass | pass |
        | getRoom | 404 | example | (none) | pass | FAIL: expected: <404> but was: <500> | not run \
        | not run |
        """, Files.readString(file));
  }
}
