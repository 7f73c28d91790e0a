package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-005 — Komisyonda siyasi parti gruplarının oranı: a council's equality commission shares its seats among
 * the party groups and independents in proportion to their council seats (Municipal Law 5393 art. 24).
 *
 * <p>A group's share is its council seats over all council seats times all commission seats; it must get that share
 * rounded down or up. Where members are listed, the groups' commission seats must also add up to the voting
 * members on the {@linkplain Members#referenceDay reference day}.
 */
public final class ProportionalSeatsRule extends CatalogueRule {

  /** The rule. */
  public ProportionalSeatsRule() {
    super("KDK-MECH-005", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 24", "Municipal Law 5393 art. 24"));
  }

  @Override
  public void check(RuleContext context) {
    List<EqualityCommission> commissions = context.dataset().getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      List<PartyGroup> groups = commission.getPartyGroups();
      if (groups.isEmpty()) {
        continue;
      }
      String path = "equalityCommissions[" + i + "]";
      long councilSeats = groups.stream().mapToLong(PartyGroup::getCouncilSeats).sum();
      long commissionSeats = groups.stream().mapToLong(PartyGroup::getCommissionSeats).sum();
      if (councilSeats > 0) {
        for (int j = 0; j < groups.size(); j++) {
          PartyGroup group = groups.get(j);
          long product = group.getCouncilSeats() * commissionSeats;
          long floor = product / councilSeats;
          long ceil = floor + (product % councilSeats == 0 ? 0 : 1);
          if (group.getCommissionSeats() < floor || group.getCommissionSeats() > ceil) {
            String share = floor == ceil ? Long.toString(floor) : floor + "–" + ceil;
            report(context, path + ".partyGroups[" + j + "].commissionSeats", commission.getName(),
                group.getName(), group.getCommissionSeats(), group.getCouncilSeats(), councilSeats,
                commissionSeats, share);
          }
        }
      }
      int voting = Members.votingMembers(commission, context.asOf()).size();
      if (voting > 0 && voting != commissionSeats) {
        reportCase(context, path + ".partyGroups", "total", commission.getName(), commissionSeats, voting);
      }
    }
  }
}
