package org.kdk.reporting.render;

import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

/**
 * HTML metinleri — the words only the HTML report prints (chart titles and descriptions, legends, figure and
 * contents labels), from {@code org/kdk/reporting/render/Html.properties} and {@code Html_tr.properties}.
 * Headings and column names shared with the other formats come from {@link ReportText}. Stateless and
 * thread-safe.
 */
final class HtmlText {
  private static final Texts TEXTS = Texts.of(HtmlText.class, "Html");

  private HtmlText() {}

  /** The text for {@code key} in {@code language}. */
  static String get(String key, Language language) {
    return TEXTS.get(key, language);
  }

  /** The text for {@code key} with its placeholders replaced. */
  static String format(String key, Language language, Object... arguments) {
    return TEXTS.format(key, language, arguments);
  }

  /** The texts behind this class, for completeness tests. */
  static Texts texts() {
    return TEXTS;
  }
}
