package org.kdk.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * KDK kod biçimi — the one Immutables style shared by every value type of the SDK.
 *
 * <p>{@code get*}/{@code is*} accessors let Hibernate Validator see the constraints on the abstract getters while
 * Jackson names the JSON properties without the prefix; builders are strict so that a property set twice is a
 * bug caught at once; {@code jdkOnly} keeps Guava off the class path; {@code jakarta} makes the generated code
 * use {@code jakarta.*} annotations. Apply it in a package's {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    jakarta = true)
public @interface KdkStyle {}
