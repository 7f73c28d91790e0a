package org.kdk.rules.catalogue.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-015 — Tek başkan: a council's equality commission or the coordination board has at most one chair and
 * one vice-chair at a time (Municipal Law 5393 art. 24: the commission elects its chair and deputy).
 *
 * <p>Looks at the members who hold their seat on the validation day; each tier of a board (Kurul, Üst Kurul) may
 * have its own chair. Reported at the role of the second holder, naming all of them.
 */
public final class SingleChairRule extends CatalogueRule {
  private static final MemberRole[] SINGLE = {MemberRole.CHAIR, MemberRole.VICE_CHAIR};

  /** The rule. */
  public SingleChairRule() {
    super("KDK-MECH-015", Severity.WARNING,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 24 (komisyon başkanını ve başkan vekilini seçer)",
            "Municipal Law 5393 art. 24 (the commission elects its chair and deputy)"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    for (Located located : Located.boardsAndCommissions(dataset)) {
      Mechanism mechanism = located.mechanism();
      boolean board = mechanism instanceof CoordinationBoard;
      for (BoardTier tier : board ? BoardTier.values() : new BoardTier[] {BoardTier.MAIN}) {
        for (MemberRole role : SINGLE) {
          List<Integer> holders = new ArrayList<>();
          List<Membership> members = mechanism.getMembers();
          for (int k = 0; k < members.size(); k++) {
            Membership member = members.get(k);
            if (member.getRole() == role && member.heldOn(context.asOf())
                && (!board || Members.sitsIn(member, tier))) {
              holders.add(k);
            }
          }
          if (holders.size() > 1) {
            List<String> names = new ArrayList<>();
            holders.forEach(k -> names.add(Members.label(dataset, members.get(k), k)));
            String path = located.path() + ".members[" + holders.get(1) + "].role";
            report(context, path, mechanism.getName(), role, holders.size(), String.join(", ", names),
                context.asOf());
          }
        }
      }
    }
  }
}
