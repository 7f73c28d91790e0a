package org.kdk.core.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Test helper: the real Hibernate Validator, without expression language, as kdk-rules configures it. */
public final class Constraints {
  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new English())
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private Constraints() {}

  /** Always English, whatever the JVM's default locale: the tests compare English messages. */
  private static final class English implements MessageInterpolator {
    private final ParameterMessageInterpolator delegate = new ParameterMessageInterpolator(
        Set.of(Locale.ENGLISH, Locale.forLanguageTag("tr-TR")), Locale.ENGLISH, false);

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, Locale.ENGLISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return delegate.interpolate(template, context, locale);
    }
  }

  /** The violations of {@code value}, each as {@code path: message}, sorted. */
  public static Set<String> violations(Object value) {
    return VALIDATOR.validate(value).stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The property paths of the violations of {@code value}, sorted. */
  public static Set<String> violatedPaths(Object value) {
    return VALIDATOR.validate(value).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
