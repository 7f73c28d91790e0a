package org.kdk.rules.constraint;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates every constraint message in English and Turkish at once, so that one validation pass yields both
 * texts of a finding.
 *
 * <p>Built on {@link ParameterMessageInterpolator}: parameters such as {@code {max}} are replaced, but no
 * expression language is evaluated, so no user text is ever executed.
 */
final class BilingualInterpolator implements MessageInterpolator {
  static final char SEPARATOR = '\u001F';
  static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

  private final ParameterMessageInterpolator delegate =
      new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, TURKISH), Locale.ENGLISH, false);

  @Override
  public String interpolate(String template, Context context) {
    return delegate.interpolate(template, context, Locale.ENGLISH) + SEPARATOR
        + delegate.interpolate(template, context, TURKISH);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return interpolate(template, context);
  }
}
