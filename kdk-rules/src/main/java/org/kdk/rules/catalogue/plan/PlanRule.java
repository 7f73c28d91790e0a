package org.kdk.rules.catalogue.plan;

import java.util.Collection;
import java.util.stream.Collectors;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * The base of the plan rules: a {@link CatalogueRule} whose messages show codes such as plan states, themes and
 * decision bodies by their Turkish or English label, and which may have several messages, one per way the rule
 * can be broken ({@code <id>.message.<case>} and {@code <id>.hint.<case>} beside {@code <id>.message}).
 *
 * <p>Stateless and thread-safe, like its subclasses.
 */
abstract class PlanRule extends CatalogueRule {
  private final Texts texts;

  PlanRule(String id, Severity severity, Basis basis, RuleParameter... parameters) {
    super(id, severity, basis, parameters);
    this.texts = Texts.of(getClass(), "Rules");
  }

  /** Reports a finding at {@code path} with the rule's message and hint. */
  final void flag(RuleContext context, String path, Object... arguments) {
    context.report(path, localized("message", arguments), localized("hint", arguments));
  }

  /** Reports a finding at {@code path} with the message and hint of the case {@code name}. */
  final void flagCase(RuleContext context, String path, String name, Object... arguments) {
    context.report(path, localized("message." + name, arguments), localized("hint." + name, arguments));
  }

  private LocalizedText localized(String part, Object... arguments) {
    String key = getId() + "." + part;
    return LocalizedText.of(texts.format(key, Language.TR, shown(Language.TR, arguments)),
        texts.format(key, Language.EN, shown(Language.EN, arguments)));
  }

  /** Codes by their label in {@code language}, lists of codes joined with commas; everything else as it is. */
  static Object[] shown(Language language, Object... arguments) {
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = show(language, arguments[i]);
    }
    return shown;
  }

  private static Object show(Language language, Object argument) {
    if (argument instanceof Labelled) {
      return ((Labelled) argument).getDisplayName(language);
    }
    if (argument instanceof Collection) {
      Collection<?> items = (Collection<?>) argument;
      return items.isEmpty() ? "—"
          : items.stream().map(item -> String.valueOf(show(language, item))).collect(Collectors.joining(", "));
    }
    return argument;
  }
}
