package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.NonBlank;

/**
 * Karar — a decision of a council, the coordination board or one of its tiers, with its number and date, such as
 * Mardin's upper board adopting the Local Equality Strategic Plan by majority on 6 August 2014.
 *
 * <p>Other objects refer to a decision by its id (a founding decision, a plan's approval, a meeting's decisions).
 * When the votes are recorded they must agree with the outcome and the voting method. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {

  Decision() {}

  /** The decision's id in the dataset. */
  public abstract Id getId();

  /** The kind of body that decided. */
  public abstract DecisionBody getBody();

  /** The body that decided: the mechanism's id, or the council's institution id. */
  public abstract Id getBodyId();

  /** The decision number as the body writes it, such as {@code 2013/45}. */
  public abstract Optional<@NonBlank(max = 50) String> getNumber();

  /** The day of the decision. */
  public abstract LocalDate getDate();

  /** What was decided on, in the words of the source. */
  @NotBlank
  @Size(max = 1000)
  public abstract String getSubject();

  /** What the body decided. */
  public abstract DecisionOutcome getOutcome();

  /** The votes, where recorded. */
  public abstract Optional<@Valid Votes> getVotes();

  /** Whether the decision was unanimous or by majority, where recorded. */
  public abstract Optional<VotingMethod> getVoting();

  /** Whether the decision is made up for an example or a test rather than taken from a source. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a decision. */
  public static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }

  @Value.Check
  void check() {
    if (getVotes().isPresent()) {
      Votes votes = getVotes().get();
      Invariants.check(getVoting().orElse(null) != VotingMethod.UNANIMOUS || votes.getAgainst() == 0,
          Decision.class, "votes.against", votes.getAgainst(), "Decision.unanimousWithVotesAgainst",
          votes.getAgainst());
      Invariants.check(getOutcome() != DecisionOutcome.ADOPTED || votes.getInFavour() > votes.getAgainst(),
          Decision.class, "votes.inFavour", votes.getInFavour(), "Decision.adoptedWithoutMajority",
          votes.getInFavour(), votes.getAgainst());
    }
  }

  /** Whether the decision adopted what was before the body. */
  public boolean adopted() {
    return getOutcome() == DecisionOutcome.ADOPTED;
  }
}
