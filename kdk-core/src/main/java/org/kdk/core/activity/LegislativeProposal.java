package org.kdk.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Mevzuat önerisi — a proposal for a change in the law, sent to a central authority so that the equality
 * mechanisms work and last (activity area A8, expected result R8).
 *
 * <p>Written in JSON as {@code {"id": "…", "title": "…", "summary": "…", "authority": "MINISTRY_OF_INTERIOR",
 * "submittedOn": "2014-11-03", "status": "SUBMITTED"}}. A proposal has a submission date exactly when its status
 * is past {@link ProposalStatus#DRAFTED}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegislativeProposal.class)
@JsonDeserialize(as = ImmutableLegislativeProposal.class)
public abstract class LegislativeProposal {

  LegislativeProposal() {}

  /** The proposal's id in the dataset. */
  public abstract Id getId();

  /** The proposal's title. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTitle();

  /** What the proposal would change and why. */
  @NotBlank
  @Size(max = 4000)
  public abstract String getSummary();

  /** The kind of central authority it is addressed to. */
  public abstract Authority getAuthority();

  /** The addressed authority itself, where it is in the dataset. */
  public abstract Optional<Id> getAuthorityInstitutionId();

  /** The day it was sent; present exactly when the status is past {@link ProposalStatus#DRAFTED}. */
  public abstract Optional<LocalDate> getSubmittedOn();

  /** Where the proposal stands. */
  public abstract ProposalStatus getStatus();

  /** The ISO 3166-2 code of the province that proposed it, where it came from one province. */
  public abstract Optional<@ProvinceCode String> getProvinceCode();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a legislative proposal. */
  public static ImmutableLegislativeProposal.Builder builder() {
    return ImmutableLegislativeProposal.builder();
  }

  @Value.Check
  void check() {
    // A status past DRAFTED records a sending, and a sending has a date; a draft has not been sent yet.
    if (getStatus().wasSubmitted()) {
      Invariants.check(getSubmittedOn().isPresent(), LegislativeProposal.class, "submittedOn", "absent",
          "LegislativeProposal.submittedWithoutDate", getStatus());
    } else {
      Invariants.check(getSubmittedOn().isEmpty(), LegislativeProposal.class, "submittedOn",
          getSubmittedOn().orElse(null), "LegislativeProposal.draftWithDate", getSubmittedOn().orElse(null));
    }
  }
}
