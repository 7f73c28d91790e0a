package org.kdk.reporting.render;

import java.util.Objects;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.reporting.report.MechanismSlot;

/**
 * Rapor metinleri — the headings, column names and words every renderer prints, in Turkish and English, read from
 * {@code org/kdk/reporting/render/Report.properties} and {@code Report_tr.properties}.
 *
 * <p>Keys are grouped by prefix: {@code title.*} report titles, {@code section.*} headings, {@code column.*}
 * column names, {@code csv.*} the CSV header, {@code metric.*} names of measured things, {@code word.*} single
 * words such as yes and no, {@code note.*} sentences. Labels of enum codes come from the codes themselves
 * ({@link #label(Labelled, Language)}). Stateless and thread-safe; methods reject {@code null}.
 */
public final class ReportText {
  private static final Texts TEXTS = Texts.of(ReportText.class, "Report");

  private ReportText() {}

  /**
   * The text for {@code key} in {@code language}.
   *
   * @throws java.util.MissingResourceException if the key does not exist
   */
  public static String get(String key, Language language) {
    return TEXTS.get(key, language);
  }

  /** The text for {@code key} with its {@code {0}}, {@code {1}}… placeholders replaced by {@code arguments}. */
  public static String format(String key, Language language, Object... arguments) {
    return TEXTS.format(key, language, arguments);
  }

  /** The label of a code in {@code language}, such as {@code Yolunda} for {@code ON_TRACK}. */
  public static String label(Labelled code, Language language) {
    Objects.requireNonNull(code, "code");
    return code.getDisplayName(language);
  }

  /** {@code Evet}/{@code Yes} or {@code Hayır}/{@code No}. */
  public static String yesNo(boolean value, Language language) {
    return get(value ? "word.yes" : "word.no", language);
  }

  /**
   * One word for a mechanism slot, as the matrices print it: {@code word.notApplicable} when the law does not let
   * it exist, else its status label when present (or {@code word.present} without a status), else
   * {@code word.absent}.
   */
  public static String slot(MechanismSlot slot, Language language) {
    Objects.requireNonNull(slot, "slot");
    if (!slot.isApplicable()) {
      return get("word.notApplicable", language);
    }
    if (slot.isPresent()) {
      return slot.getStatus().map(s -> s.getDisplayName(language)).orElseGet(() -> get("word.present", language));
    }
    return get("word.absent", language);
  }

  /** The texts behind this class, for completeness tests. */
  static Texts texts() {
    return TEXTS;
  }
}
