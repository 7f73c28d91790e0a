package org.kdk.core.testing;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/** Runs code under another JVM default locale and restores every default afterwards, also when it throws. */
public final class Locales {
  /** Türkçe (Türkiye): {@code "i".toUpperCase()} is {@code "İ"}, the decimal separator is a comma. */
  public static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

  private Locales() {}

  /** What {@code action} returns when the JVM's default locale (all categories) is {@code locale}. */
  public static <T> T withDefault(Locale locale, Supplier<T> action) {
    Objects.requireNonNull(locale, "locale");
    Locale previous = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(locale);
    try {
      return action.get();
    } finally {
      Locale.setDefault(previous);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }
}
