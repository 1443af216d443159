package io.github.webrtcsdk.runtime.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The server of an operation that the API serves from a server of its own, not the client's
 * default one: the client's services call it through a Retrofit whose base URL is that server
 * ({@link Apis}), unless the caller chose the base URL; callers who bring their own Retrofit do
 * the same. Its {@code value} is an absolute URL ending with {@code /}, server variables set to
 * their defaults.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ServerUrl {
  String value();
}
