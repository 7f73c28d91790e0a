package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.programme.ExpectedResult;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.LocalizedText;

/**
 * Gösterge tanımı — what an indicator measures, independent of any plan: its code, name, measure, unit, desired
 * direction and the frameworks it reports to (expected result, SDG indicators, IATI result type).
 *
 * <p>Written in JSON as {@code {"code": "KDK-R6-01", "name": {"tr": "…", "en": "…"}, "expectedResult": "R6",
 * "measure": "PERCENTAGE", "unit": "%", "direction": "INCREASE", "sensitive": false, "sdgIndicators":
 * ["SDG_5_5_1_B"], "iatiResultType": "IMPACT"}}; empty sets and absent values are left out. An ordinal scale is
 * given exactly when the measure is {@link Measure#ORDINAL}.
 * {@link ReferenceIndicators} holds the SDK's own reference catalogue. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorDefinition.class)
@JsonDeserialize(as = ImmutableIndicatorDefinition.class)
public abstract class IndicatorDefinition {

  IndicatorDefinition() {}

  /**
   * The code, 1 to 40 characters of upper-case ASCII letters, digits, {@code .}, {@code _} and {@code -},
   * starting with a letter or digit, such as {@code KDK-R2-01}.
   */
  @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,39}")
  public abstract String getCode();

  /** The name, in Turkish and preferably English. */
  public abstract LocalizedText getName();

  /** How the indicator is computed and read. */
  public abstract Optional<LocalizedText> getDescription();

  /** The programme's expected result the indicator measures, if it measures one. */
  public abstract Optional<ExpectedResult> getExpectedResult();

  /** What kind of quantity is measured. */
  public abstract Measure getMeasure();

  /** The unit values are given in, such as {@code kişi}, {@code %}, {@code TRY} or {@code puan}. */
  @NotBlank
  @Size(max = 40)
  public abstract String getUnit();

  /** Which way the value should move. */
  public abstract Direction getDirection();

  /**
   * Whether values are sensitive, as counts of women who suffered violence are: reports must suppress small
   * numbers so that no woman can be identified.
   */
  @Value.Default
  public boolean isSensitive() {
    return false;
  }

  /** The SDG indicators the indicator contributes to. */
  public abstract Set<SdgIndicator> getSdgIndicators();

  /** The IATI result type the indicator reports on, for donor reporting. */
  public abstract Optional<IatiResultType> getIatiResultType();

  /** The scale of an ordinal indicator; present exactly when the measure is {@link Measure#ORDINAL}. */
  public abstract Optional<OrdinalScale> getOrdinalScale();

  /** A builder for an indicator definition. */
  public static ImmutableIndicatorDefinition.Builder builder() {
    return ImmutableIndicatorDefinition.builder();
  }

  @Value.Check
  void check() {
    if (getMeasure() == Measure.ORDINAL) {
      Invariants.check(getOrdinalScale().isPresent(), IndicatorDefinition.class, "ordinalScale", "none",
          "IndicatorDefinition.scaleMissing", getCode());
    } else {
      Invariants.check(getOrdinalScale().isEmpty(), IndicatorDefinition.class, "ordinalScale",
          getOrdinalScale().map(Object::toString).orElse("none"), "IndicatorDefinition.scaleNotOrdinal",
          getCode(), getMeasure());
    }
  }
}
