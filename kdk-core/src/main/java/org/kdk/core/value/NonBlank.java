package org.kdk.core.value;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Boş olmayan metin — the annotated text, when present, must contain a character other than white space and be
 * at most {@link #max()} characters long.
 *
 * <p>Unlike {@code @NotBlank}, {@code null} is valid, which is what an optional text needs: Hibernate Validator
 * hands an empty {@code Optional<@NonBlank String>} to the constraint as {@code null}, and {@code @NotBlank} would
 * reject every absent value.
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonBlank {
  /** The longest text allowed, in characters. */
  int max() default 1000;

  /** The message key. */
  String message() default "{org.kdk.core.value.NonBlank.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
