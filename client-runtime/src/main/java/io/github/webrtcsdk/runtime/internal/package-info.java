/**
 * The machinery generated clients call: not an API. Its classes are public only so that code in
 * another package, the generated one, can reach them; they change without notice.
 */
@NullMarked
package io.github.webrtcsdk.runtime.internal;

import org.jspecify.annotations.NullMarked;
