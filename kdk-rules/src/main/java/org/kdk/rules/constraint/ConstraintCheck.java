package org.kdk.rules.constraint;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

/**
 * Alan kısıtları — runs Hibernate Validator over a value and turns each violation into a {@link Finding} whose
 * rule id names the constraint ({@code KDK-FIELD-NOT-BLANK}), whose path uses the JSON notation
 * ({@code plans[0].actions[3].title}) and whose message exists in Turkish and English.
 *
 * <p>One instance is shared by all validators: Hibernate Validator's validator is thread-safe.
 */
public final class ConstraintCheck {
  /** The prefix of every constraint finding's rule id. */
  public static final String RULE_PREFIX = "KDK-FIELD-";

  private static final Basis BASIS = Basis.of(BasisKind.DATA_QUALITY,
      "Belge biçiminin alan kısıtları (Jakarta Validation)", "Field constraints of the document format (Jakarta Validation)");
  private static final ConstraintCheck SHARED = new ConstraintCheck();

  private final Validator validator;

  private ConstraintCheck() {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new BilingualInterpolator())
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** The shared instance. */
  public static ConstraintCheck shared() {
    return SHARED;
  }

  /** The findings for every constraint {@code value} violates, at {@code severity}. */
  public List<Finding> check(Object value, Severity severity) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(severity, "severity");
    List<Finding> findings = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
      String[] texts = violation.getMessage().split(String.valueOf(BilingualInterpolator.SEPARATOR), 2);
      String en = texts[0];
      String tr = texts.length > 1 ? texts[1] : texts[0];
      Object invalid = violation.getInvalidValue();
      String shown = invalid == null ? "null" : shorten(String.valueOf(invalid));
      findings.add(Finding.builder()
          .ruleId(ruleIdOf(type))
          .severity(severity)
          .path(path(violation.getPropertyPath()))
          .title(LocalizedText.of("Alan kısıtı: " + type.getSimpleName(), "Field constraint: " + type.getSimpleName()))
          .message(LocalizedText.of(tr + " (değer: " + shown + ")", en + " (value: " + shown + ")"))
          .basis(BASIS)
          .hint(LocalizedText.of("Alanı belge biçiminin şemasına uygun düzeltin.",
              "Correct the field as the document format's schema describes."))
          .build());
    }
    return findings;
  }

  /** The rule id of a constraint annotation type: {@code NotBlank} gives {@code KDK-FIELD-NOT-BLANK}. */
  public static String ruleIdOf(Class<? extends Annotation> constraint) {
    String name = constraint.getSimpleName();
    StringBuilder s = new StringBuilder(RULE_PREFIX);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        s.append('-');
      }
      s.append(Character.toUpperCase(c));
    }
    return s.toString().toUpperCase(Locale.ROOT);
  }

  // Hibernate Validator writes name[index] already; container-element nodes such as <list element> add nothing.
  static String path(Path path) {
    return path.toString().replaceAll("\\.?<[^>]+>", "");
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
