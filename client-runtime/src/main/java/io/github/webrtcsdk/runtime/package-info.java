/**
 * What callers of a generated client see besides its models and services: the exceptions it
 * throws, per-call {@link io.github.webrtcsdk.runtime.RequestOptions}, raw responses, and logging.
 *
 * <p>Non-null unless annotated {@link org.jspecify.annotations.Nullable}: the package is
 * {@link org.jspecify.annotations.NullMarked}, which Kotlin and nullness checkers read.
 */
@NullMarked
package io.github.webrtcsdk.runtime;

import org.jspecify.annotations.NullMarked;
