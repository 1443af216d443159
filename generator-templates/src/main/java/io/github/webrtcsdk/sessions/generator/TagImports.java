package io.github.webrtcsdk.sessions.generator;

import java.util.Set;
import java.util.TreeSet;

/** The imports of a tag's two files, the service and the Retrofit interface, in sorted order. */
final class TagImports {
  final Set<String> service = new TreeSet<>();
  final Set<String> api = new TreeSet<>();
}
