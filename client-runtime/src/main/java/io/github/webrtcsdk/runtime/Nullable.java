package io.github.webrtcsdk.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated field, parameter or return value may be null.
 *
 * <p>This client is non-null by default: every field, parameter and return value without this
 * annotation is never null, and passing null where it is not allowed throws a
 * {@link NullPointerException} that names the argument. Nullness tools that match annotations by
 * their simple name can be pointed at this one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Nullable {}
