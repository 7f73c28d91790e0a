package org.kdk.rules.catalogue.mechanism;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.administration.Institution;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.value.DateRange;

/** Counting and naming the members of mechanisms, the same way in every mechanism rule. */
final class Members {
  private Members() {}

  /**
   * The day a commission's composition is judged on: {@code asOf}, moved into the commission's term when one is
   * recorded, so that a past commission is judged by the members it had.
   */
  static LocalDate referenceDay(EqualityCommission commission, LocalDate asOf) {
    if (commission.getTerm().isEmpty()) {
      return asOf;
    }
    DateRange term = commission.getTerm().get();
    if (asOf.isBefore(term.getStart())) {
      return term.getStart();
    }
    return asOf.isAfter(term.getEnd()) ? term.getEnd() : asOf;
  }

  /** The voting members among {@code members} who held their seat on {@code day}. */
  static List<Membership> votingOn(List<Membership> members, LocalDate day) {
    return members.stream().filter(m -> m.isVoting() && m.heldOn(day)).collect(Collectors.toUnmodifiableList());
  }

  /** The voting members of a commission on its {@linkplain #referenceDay reference day}. */
  static List<Membership> votingMembers(EqualityCommission commission, LocalDate asOf) {
    return votingOn(commission.getMembers(), referenceDay(commission, asOf));
  }

  /**
   * Whether {@code member} sits in {@code tier} of a board: a member without a tier sits in the main board, and a
   * {@code null} tier (a meeting or decision that names none) means the main board.
   */
  static boolean sitsIn(Membership member, BoardTier tier) {
    BoardTier wanted = tier == null ? BoardTier.MAIN : tier;
    return member.getTier().orElse(BoardTier.MAIN) == wanted;
  }

  /**
   * How a member is named in a message: a person only when they hold public office (persons without one are not
   * named in reports), else the institution's name or id, else the position in the list ({@code #3}).
   */
  static String label(Dataset dataset, Membership member, int index) {
    if (member.getPerson().isPresent() && member.getPerson().get().holdsPublicOffice()) {
      return member.getPerson().get().getName();
    }
    if (member.getInstitutionId().isPresent()) {
      Optional<Institution> institution = dataset.institution(member.getInstitutionId().get());
      return institution.map(Institution::getName).orElse(member.getInstitutionId().get().toString());
    }
    return "#" + (index + 1);
  }

  /** A person's name when they hold public office, else the member's position in the list ({@code #3}). */
  static String personOrPosition(Membership member, int index) {
    if (member.getPerson().isPresent() && member.getPerson().get().holdsPublicOffice()) {
      return member.getPerson().get().getName();
    }
    return "#" + (index + 1);
  }
}
