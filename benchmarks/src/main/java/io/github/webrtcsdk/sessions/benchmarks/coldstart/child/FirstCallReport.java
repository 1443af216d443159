package io.github.webrtcsdk.sessions.benchmarks.coldstart.child;

import java.lang.management.ManagementFactory;

/** Prints what a cold-start child measured, in the one line the harness parses. */
final class FirstCallReport {
  /** The participant every child fetches. */
  static final String PARTICIPANT_ID = "568749d5-04d5-483d-adf5-deac7dd3d521";
  static final String ACCOUNT_ID = "9900000";
  static final String USERNAME = "bench-user";
  static final String PASSWORD = "bench-password";

  private FirstCallReport() {}

  /**
   * Prints the times from JVM start and from main to the end of the first call. Called after the
   * call, so that the management classes it loads are not counted in the call's time.
   */
  static void print(long mainStartNanos, long doneNanos, long doneMillis) {
    long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    int loadedClasses = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    System.out.println("first-call jvm-start-ms=" + (doneMillis - jvmStartMillis)
        + " main-ms=" + (doneNanos - mainStartNanos) / 1_000_000.0
        + " loaded-classes=" + loadedClasses);
  }
}
