package org.kdk.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.NonBlank;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Invariants;

/**
 * Kapanış konferansı — the conference that closed a phase, such as phase 2's on 10–11 June 2015 in Ankara, where
 * 38 grant-funded projects were shown.
 *
 * <p>Written in JSON as {@code {"period": {"start": "2015-06-10", "end": "2015-06-11"}, "place": "Ankara",
 * "grantProjectsShown": 38}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosingConference.class)
@JsonDeserialize(as = ImmutableClosingConference.class)
public abstract class ClosingConference {

  ClosingConference() {}

  /** The days of the conference. */
  @Valid
  public abstract DateRange getPeriod();

  /** The city where it was held. */
  // Not @NotBlank: Hibernate Validator hands an empty Optional to a type-use constraint as null, and @NotBlank
  // refuses null; @Pattern lets null pass and still refuses blank text.
  public abstract Optional<
      @NonBlank(max = 200) String> getPlace();

  /**
   * How many grant-funded projects were shown there, as the programme reported it; a dataset need not hold a
   * {@code GrantProject} for each.
   */
  public abstract Optional<Integer> getGrantProjectsShown();

  /** A conference held over {@code period} in {@code place}, showing {@code grantProjectsShown} grant projects. */
  public static ClosingConference of(DateRange period, String place, int grantProjectsShown) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(place, "place");
    return builder().period(period).place(place).grantProjectsShown(grantProjectsShown).build();
  }

  /** A builder for a closing conference. */
  public static ImmutableClosingConference.Builder builder() {
    return ImmutableClosingConference.builder();
  }

  @Value.Check
  void check() {
    getGrantProjectsShown().ifPresent(n ->
        Invariants.checkNotNegative(n, ClosingConference.class, "grantProjectsShown"));
  }
}
