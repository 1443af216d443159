package io.github.webrtcsdk.runtime;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives what the client logs, once per request and once per response or failure; set it with
 * the client builder's {@code logger(RequestLogger)}.
 *
 * <p>Messages are already redacted. An implementation must be thread safe: calls made at the same
 * time log at the same time. An exception it throws is ignored.
 *
 * <pre>{@code
 * org.slf4j.Logger slf4j = LoggerFactory.getLogger("webrtc");
 * WebRtcClient client = WebRtcClient.builder()
 *     ...
 *     .logLevel(LogLevel.HEADERS)
 *     .logger(slf4j::info)
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface RequestLogger {
  /**
   * Logs one message, which may span several lines.
   *
   * @param message the message
   */
  void log(String message);

  /**
   * Returns a logger that logs to the {@code java.util.logging} logger of the given name at level
   * {@code INFO}; generated clients log to the one named for their class by default.
   *
   * @param name the {@code java.util.logging} logger's name
   * @return the logger
   */
  static RequestLogger javaUtilLogging(String name) {
    Logger logger = Logger.getLogger(name);
    return message -> logger.log(Level.INFO, message);
  }
}
