package org.kdk.core.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * Dil — a language the SDK speaks: Turkish or English.
 *
 * <p>Every label and message exists in both. Any other locale is answered in English, which is also the
 * language of the base resource files; the JVM's default locale is never consulted.
 */
public enum Language {
  /** Türkçe. */
  TR(Locale.forLanguageTag("tr-TR")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale to format numbers, dates and case changes in this language. */
  public Locale toLocale() {
    return locale;
  }

  /** The language for a locale: Turkish for any {@code tr} locale, English for every other. */
  public static Language of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "tr".equals(locale.getLanguage()) ? TR : EN;
  }

  /**
   * Parses {@code tr} or {@code en} in any case.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Language parse(String code) {
    Objects.requireNonNull(code, "code");
    switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "tr":
        return TR;
      case "en":
        return EN;
      default:
        throw new IllegalArgumentException("language must be tr or en: " + code);
    }
  }
}
