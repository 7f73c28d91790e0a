package org.kdk.rules.catalogue.indicator;

import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * Gösterge kuralı — the base of the indicator rules: a {@link CatalogueRule} whose message arguments may be
 * phrases in both languages, such as the label of a measurement ("2014 hedefi" / "the target for 2014") or an
 * enum constant's label, each put into the message in the message's own language.
 */
abstract class IndicatorRule extends CatalogueRule {

  IndicatorRule(String id, Severity severity, Basis basis, RuleParameter... parameters) {
    super(id, severity, basis, parameters);
  }

  /**
   * Reports a finding at {@code path}; a {@link LocalizedText} or {@link Labelled} argument is given in Turkish in
   * the Turkish texts and in English in the English ones, any other argument by its string form.
   */
  final void reportAt(RuleContext context, String path, Object... arguments) {
    context.report(path, localized("message", arguments), localized("hint", arguments));
  }

  /** The rule's text {@code <id>.<part>} with bilingual arguments resolved per language. */
  final LocalizedText localized(String part, Object... arguments) {
    String tr = text(part, in(Language.TR, arguments)).get(Language.TR);
    String en = text(part, in(Language.EN, arguments)).get(Language.EN);
    return LocalizedText.of(tr, en);
  }

  private static Object[] in(Language language, Object... arguments) {
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
