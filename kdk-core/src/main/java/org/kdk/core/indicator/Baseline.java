package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.NonBlank;

/**
 * Başlangıç değeri — the value of an indicator before the plan's work began, against which progress is measured,
 * with the values for women and men where known.
 *
 * <p>Written in JSON as {@code {"date": "2012-12-31", "value": {"numerator": 2, "denominator": 31}, "source":
 * "…"}}. Where the total and a part both carry numerator and denominator, the part's are not above the total's.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
public abstract class Baseline {

  Baseline() {}

  /** The day the baseline value describes. */
  public abstract LocalDate getDate();

  /** The value for everyone. */
  @Valid
  public abstract Measurement getValue();

  /** The value for women, where measured apart. */
  public abstract Optional<@Valid Measurement> getWomen();

  /** The value for men, where measured apart. */
  public abstract Optional<@Valid Measurement> getMen();

  /** Where the value comes from, such as a survey or a register. */
  public abstract Optional<@NonBlank(max = 500) String> getSource();

  /** Whether the value is made up for illustration rather than taken from a programme document. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** The baseline {@code value} on {@code date}. */
  public static Baseline of(LocalDate date, Measurement value) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    return builder().date(date).value(value).build();
  }

  /** A builder for a baseline. */
  public static ImmutableBaseline.Builder builder() {
    return ImmutableBaseline.builder();
  }

  @Value.Check
  void check() {
    Disaggregation.checkSexes(getWomen(), getMen(), getValue(), Baseline.class, "value");
  }
}
