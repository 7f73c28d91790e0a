package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.stream.Collectors;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-009 — Alt komisyonda dışarıdan üyeler: outsiders never make up a majority of a sub-commission of the
 * coordination board (programme practice).
 *
 * <p>"Never a majority" allows exactly half: external members × 2 ≤ members. Counts the members who hold their
 * seat on the validation day.
 */
public final class SubCommissionOutsidersRule extends CatalogueRule {

  /** The rule. */
  public SubCommissionOutsidersRule() {
    super("KDK-MECH-009", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Program uygulaması: alt komisyon çalışma esasları",
            "Programme practice: working rules of sub-commissions"));
  }

  @Override
  public void check(RuleContext context) {
    List<CoordinationBoard> boards = context.dataset().getCoordinationBoards();
    for (int i = 0; i < boards.size(); i++) {
      List<SubCommission> subCommissions = boards.get(i).getSubCommissions();
      for (int j = 0; j < subCommissions.size(); j++) {
        SubCommission sub = subCommissions.get(j);
        List<Membership> members = sub.getMembers().stream().filter(m -> m.heldOn(context.asOf()))
            .collect(Collectors.toList());
        long external = members.stream().filter(Membership::isExternal).count();
        if (external * 2 > members.size()) {
          report(context, "coordinationBoards[" + i + "].subCommissions[" + j + "].members", sub.getName(),
              external, members.size(), boards.get(i).getName());
        }
      }
    }
  }
}
