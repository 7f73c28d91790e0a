package org.kdk.rules.catalogue.duty;

import java.util.Objects;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * Texts of this package's rules whose arguments differ by language: a {@link LocalizedText} argument is written in
 * the message's language, and so is the label of a {@link Labelled} code; every other argument is written as is.
 *
 * <p>Phrases under other keys of the package's {@code Rules.properties} (such as {@code population.unknown}) are
 * built with {@link #phrase}. Stateless and thread-safe.
 */
final class RuleText {
  private RuleText() {}

  /** Reports a finding of {@code rule} at {@code path}, its message and hint filled with {@code arguments}. */
  static void report(CatalogueRule rule, RuleContext context, String path, Object... arguments) {
    Texts texts = texts(rule.getClass());
    context.report(path, format(texts, rule.getId() + ".message", arguments),
        format(texts, rule.getId() + ".hint", arguments));
  }

  /** The phrase {@code key} of this package's rule texts in both languages, filled with {@code arguments}. */
  static LocalizedText phrase(String key, Object... arguments) {
    return format(texts(RuleText.class), key, arguments);
  }

  private static Texts texts(Class<?> anchor) {
    return Texts.of(anchor, "Rules");
  }

  private static LocalizedText format(Texts texts, String key, Object... arguments) {
    Objects.requireNonNull(key, "key");
    return LocalizedText.of(texts.format(key, Language.TR, resolve(arguments, Language.TR)),
        texts.format(key, Language.EN, resolve(arguments, Language.EN)));
  }

  private static Object[] resolve(Object[] arguments, Language language) {
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      if (argument instanceof LocalizedText) {
        resolved[i] = ((LocalizedText) argument).get(language);
      } else if (argument instanceof Labelled) {
        resolved[i] = ((Labelled) argument).getDisplayName(language);
      } else {
        resolved[i] = argument;
      }
    }
    return resolved;
  }
}
