package io.github.webrtcsdk.sessions.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the component schema a property's {@code @ForAll JsonNode} parameter is drawn from. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface OfSchema {
  String value();
}
