package org.kdk.core.administration;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ProvinceCode} against the built-in province catalogue. */
public final class ProvinceCodeValidator implements ConstraintValidator<ProvinceCode, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Provinces.isCode(value.toString());
  }
}
