package org.kdk.rules.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.value.LocalizedText;

/**
 * Dayanak — the source a rule rests on, such as {@code 5393 sayılı Belediye Kanunu md. 24} / {@code Municipal Law
 * 5393 art. 24}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableBasis.class)
@JsonDeserialize(as = ImmutableBasis.class)
public abstract class Basis {

  Basis() {}

  /** What kind of source it is. */
  @Value.Parameter
  public abstract BasisKind getKind();

  /** The citation in Turkish and English. */
  @Value.Parameter
  public abstract LocalizedText getCitation();

  /** A basis of {@code kind} cited as {@code tr} in Turkish and {@code en} in English. */
  public static Basis of(BasisKind kind, String tr, String en) {
    Objects.requireNonNull(kind, "kind");
    return ImmutableBasis.of(kind, LocalizedText.of(tr, en));
  }

  /** The citation in the language of {@code locale}. */
  public String cite(Locale locale) {
    return getCitation().get(locale);
  }

  @Override
  public String toString() {
    return getKind() + ": " + getCitation().get(Locale.ENGLISH);
  }
}
