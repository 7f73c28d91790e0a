package org.kdk.rules.catalogue.mechanism;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.kdk.core.i18n.Language;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.rule.RuleContext;

/**
 * Reports a finding whose arguments differ by language, such as the label of a status ({@code Faal} /
 * {@code Active}) or a variant of the message ({@code <id>.message.established}).
 */
final class Bilingual {
  private Bilingual() {}

  /**
   * Reports at {@code path} the rule's text {@code messagePart} and its {@code hint}, each language filled with its
   * own arguments.
   *
   * @param text the rule's {@code text(part, arguments)}
   */
  static void report(RuleContext context, String path, BiFunction<String, Object[], LocalizedText> text,
      String messagePart, Function<Language, Object[]> arguments) {
    Object[] tr = arguments.apply(Language.TR);
    Object[] en = arguments.apply(Language.EN);
    context.report(path, merge(text.apply(messagePart, tr), text.apply(messagePart, en)),
        merge(text.apply("hint", tr), text.apply("hint", en)));
  }

  private static LocalizedText merge(LocalizedText turkish, LocalizedText english) {
    return LocalizedText.of(turkish.getTr(), english.get(Language.EN));
  }
}
