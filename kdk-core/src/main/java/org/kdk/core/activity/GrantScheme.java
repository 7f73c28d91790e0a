package org.kdk.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.Money;

/**
 * Hibe programı — a grant scheme through which money reaches projects that carry out a local equality action
 * plan, such as the programme's NGO grant rounds of 2013 and 2014 or a development agency's call (activity area
 * A6).
 *
 * <p>Written in JSON as {@code {"id": "kdk-hibe-2013", "name": "…", "fundingSource": "GRANT", "round": 1, "year":
 * 2013, "budget": {"amount": …, "currency": "TRY"}, "callPeriod": {"start": …, "end": …}}}. The projects refer to
 * the scheme by its id. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrantScheme.class)
@JsonDeserialize(as = ImmutableGrantScheme.class)
public abstract class GrantScheme {

  GrantScheme() {}

  /** The scheme's id in the dataset. */
  public abstract Id getId();

  /** The scheme's name as its call gives it. */
  @NotBlank
  @Size(max = 300)
  public abstract String getName();

  /** The ISO 3166-2 code of the province the scheme is limited to; absent for a scheme open to several provinces. */
  public abstract Optional<@ProvinceCode String> getProvinceCode();

  /** The institution that provides the money, such as a development agency, where it is in the dataset. */
  public abstract Optional<Id> getFunderInstitutionId();

  /** Where the money comes from. */
  public abstract FundingSource getFundingSource();

  /** The round of the scheme, from 1, where the scheme runs in rounds. */
  public abstract Optional<@Positive Integer> getRound();

  /**
   * The year of the call (the programme's NGO rounds ran in 2013 and 2014); 2000 to 2100, a plausibility window
   * of this library that catches typing slips such as {@code 213}.
   */
  public abstract Optional<@Min(2000) @Max(2100) Integer> getYear();

  /** The money the scheme has to give out, zero or more. */
  public abstract Optional<@Valid Money> getBudget();

  /** The days during which applications were accepted. */
  public abstract Optional<@Valid DateRange> getCallPeriod();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a grant scheme. */
  public static ImmutableGrantScheme.Builder builder() {
    return ImmutableGrantScheme.builder();
  }

  @Value.Check
  void check() {
    getBudget().ifPresent(budget ->
        Invariants.checkNotNegative(budget.getAmount(), GrantScheme.class, "budget"));
  }
}
