/**
 * The machinery generated clients call: not an API. Its classes are public only so that code in
 * another package, the generated one, can reach them; they change without notice.
 */
package io.github.webrtcsdk.runtime.internal;
