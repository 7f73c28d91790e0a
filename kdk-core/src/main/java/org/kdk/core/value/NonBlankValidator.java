package org.kdk.core.value;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonBlank}. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {
  private int max;

  @Override
  public void initialize(NonBlank annotation) {
    max = annotation.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || (value.length() <= max && !value.toString().isBlank());
  }
}
