package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.Optional;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Membership;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-008 — Kurulda kadın örgütleri: women's NGOs are among the coordination board's members (the Official
 * Commitment's item on cooperation with women's organisations).
 *
 * <p>Looks at the members who hold their seat on the validation day; a board with none listed, or that is only
 * proposed or already dissolved on that day, is not judged. A member counts when its institution is of kind
 * {@code WOMENS_NGO}.
 */
public final class WomensNgoOnBoardRule extends CatalogueRule {

  /** The rule. */
  public WomensNgoOnBoardRule() {
    super("KDK-MECH-008", Severity.WARNING,
        Basis.of(BasisKind.COMMITMENT, "Taahhütname, kadın örgütleriyle işbirliği",
            "Official Commitment, cooperation with women's organisations"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    List<CoordinationBoard> boards = dataset.getCoordinationBoards();
    for (int i = 0; i < boards.size(); i++) {
      CoordinationBoard board = boards.get(i);
      Optional<MechanismStatus> status = board.statusOn(context.asOf());
      if (status.isPresent() && (status.get() == MechanismStatus.PROPOSED
          || status.get() == MechanismStatus.DISSOLVED)) {
        continue;
      }
      List<Membership> members = board.membersOn(context.asOf());
      if (members.isEmpty()) {
        continue;
      }
      boolean withNgo = members.stream()
          .map(m -> m.getInstitutionId().flatMap(dataset::institution))
          .anyMatch(institution -> institution.map(Institution::getKind)
              .filter(kind -> kind == InstitutionKind.WOMENS_NGO).isPresent());
      if (!withNgo) {
        report(context, "coordinationBoards[" + i + "].members", board.getName(), members.size(),
            context.asOf());
      }
    }
  }
}
