package org.kdk.core.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * Etiketli — a code with a Turkish and an English label, such as every enum constant of the model.
 *
 * <p>An enum implements it without writing code: the labels live in the {@code Labels.properties} and
 * {@code Labels_tr.properties} files of the enum's package, under the key {@code SimpleName.CONSTANT}
 * (for example {@code Theme.EMPLOYMENT=Employment} and {@code Theme.EMPLOYMENT=İstihdam}).
 */
public interface Labelled {

  /** The code as written in JSON: the constant's name, in English UPPER_SNAKE case. */
  String name();

  /** The label in the language of {@code locale} (Turkish for {@code tr}, English otherwise). */
  default String getDisplayName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return getDisplayName(Language.of(locale));
  }

  /** The label in {@code language}. */
  default String getDisplayName(Language language) {
    Objects.requireNonNull(language, "language");
    Class<?> type = this instanceof Enum ? ((Enum<?>) this).getDeclaringClass() : getClass();
    return Texts.of(type, "Labels").get(type.getSimpleName() + "." + name(), language);
  }
}
