package org.kdk.core.value;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.i18n.Language;

/**
 * Çok dilli metin — a text in Turkish, with its English translation where one exists.
 *
 * <p>Turkish is the language of the programme's documents and is always present; English falls back to Turkish
 * when missing. Written in JSON as {@code {"tr": "İstihdam", "en": "Employment"}}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableLocalizedText.class)
@JsonDeserialize(as = ImmutableLocalizedText.class)
public abstract class LocalizedText {

  LocalizedText() {}

  /** The Turkish text. */
  @Value.Parameter
  public abstract String getTr();

  /** The English text, if translated. */
  @Value.Parameter
  public abstract Optional<String> getEn();

  /** A text in both languages. */
  public static LocalizedText of(String tr, String en) {
    Objects.requireNonNull(tr, "tr");
    Objects.requireNonNull(en, "en");
    return ImmutableLocalizedText.of(tr, Optional.of(en));
  }

  /** A text in Turkish only. */
  public static LocalizedText ofTurkish(String tr) {
    Objects.requireNonNull(tr, "tr");
    return ImmutableLocalizedText.of(tr, Optional.empty());
  }

  @Value.Check
  void check() {
    Invariants.check(!getTr().isBlank(), LocalizedText.class, "tr", "\"" + getTr() + "\"",
        "LocalizedText.blank", "tr");
    getEn().ifPresent(en -> Invariants.check(!en.isBlank(), LocalizedText.class, "en", "\"" + en + "\"",
        "LocalizedText.blank", "en"));
  }

  /** The text in {@code language}, Turkish where no English translation exists. */
  public String get(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.EN ? getEn().orElse(getTr()) : getTr();
  }

  /** The text in the language of {@code locale}. */
  public String get(Locale locale) {
    return get(Language.of(locale));
  }

  @Override
  public String toString() {
    return getEn().map(en -> getTr() + " / " + en).orElse(getTr());
  }
}
