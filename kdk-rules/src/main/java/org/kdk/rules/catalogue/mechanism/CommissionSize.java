package org.kdk.rules.catalogue.mechanism;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.Membership;

/**
 * The size of a council's equality commission: its voting members on the reference day, or, where no members are
 * listed, the commission seats of its party groups. Empty when neither tells.
 */
final class CommissionSize {
  private final int count;
  private final String path;

  private CommissionSize(int count, String path) {
    this.count = count;
    this.path = path;
  }

  static Optional<CommissionSize> of(EqualityCommission commission, String commissionPath, LocalDate asOf) {
    List<Membership> voting = Members.votingMembers(commission, asOf);
    if (!voting.isEmpty()) {
      return Optional.of(new CommissionSize(voting.size(), commissionPath + ".members"));
    }
    if (commission.getMembers().isEmpty() && commission.commissionSeats() > 0) {
      return Optional.of(new CommissionSize(commission.commissionSeats(), commissionPath + ".partyGroups"));
    }
    return Optional.empty();
  }

  /** The number of members. */
  int count() {
    return count;
  }

  /** Where the number comes from: the members, or the party groups. */
  String path() {
    return path;
  }
}
