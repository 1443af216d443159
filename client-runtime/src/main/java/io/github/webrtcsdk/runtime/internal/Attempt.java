package io.github.webrtcsdk.runtime.internal;

/**
 * A request tag: which attempt of its call a request is, for {@link LoggingInterceptor}. Set only
 * when logging is on: OkHttp keys tags by Kotlin class, and the first tag loads Kotlin's
 * reflection classes, which a client without logging need not pay for at start-up. Immutable.
 */
public final class Attempt {
  /** 1 for the first attempt. */
  final int number;

  public Attempt(int number) {
    this.number = number;
  }
}
