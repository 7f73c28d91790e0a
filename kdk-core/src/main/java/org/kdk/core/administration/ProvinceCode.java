package org.kdk.core.administration;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * İl kodu — the annotated text must be the ISO 3166-2 code of one of the 81 provinces, {@code TR-01} to
 * {@code TR-81}, exactly as the built-in catalogue writes it (upper case {@code TR}, two digits).
 *
 * <p>{@code null} is valid, as with the standard constraints; combine with {@code @NotNull} where required.
 */
@Documented
@Constraint(validatedBy = ProvinceCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProvinceCode {
  /** The message key. */
  String message() default "{org.kdk.core.administration.ProvinceCode.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
