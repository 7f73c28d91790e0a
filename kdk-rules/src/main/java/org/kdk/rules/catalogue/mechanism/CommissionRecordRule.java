package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.Optional;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-004 — Görev süresi ve kuruluş kararı kaydı: a council's equality commission records its term and its
 * founding decision (Municipal Law 5393 art. 24: the term is set in the founding decision).
 *
 * <p>One finding per missing item. A commission that is only proposed on the validation day, or whose recorded
 * history starts after it, is not yet expected to have either.
 */
public final class CommissionRecordRule extends CatalogueRule {

  /** The rule. */
  public CommissionRecordRule() {
    super("KDK-MECH-004", Severity.WARNING,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 24", "Municipal Law 5393 art. 24"));
  }

  @Override
  public void check(RuleContext context) {
    List<EqualityCommission> commissions = context.dataset().getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      if (!founded(commission, context)) {
        continue;
      }
      String path = "equalityCommissions[" + i + "]";
      if (commission.getTerm().isEmpty()) {
        report(context, path + ".term", commission.getName(), commission.getId());
      }
      if (commission.getFoundingDecisionId().isEmpty()) {
        reportCase(context, path + ".foundingDecisionId", "decision", commission.getName(), commission.getId());
      }
    }
  }

  private static boolean founded(EqualityCommission commission, RuleContext context) {
    if (commission.getStatusHistory().isEmpty()) {
      return commission.getEstablishedOn().map(d -> !d.isAfter(context.asOf())).orElse(true);
    }
    Optional<MechanismStatus> status = commission.statusOn(context.asOf());
    return status.isPresent() && status.get() != MechanismStatus.PROPOSED;
  }
}
