package org.kdk.rules.catalogue.mechanism;

import java.time.LocalDate;
import java.util.List;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-MECH-003 — Komisyon görev süresi: a council's equality commission serves at most one year (Municipal Law 5393
 * art. 24).
 *
 * <p>A term is too long when it ends after the day {@code maxMonths} months after its start: 2013-01-01 to
 * 2013-12-31 and 2013-04-01 to 2014-04-01 (the anniversary, as decisions often write it) are one year,
 * 2013-04-01 to 2014-04-02 is not.
 */
public final class CommissionTermRule extends CatalogueRule {

  /** A rule with a one-year term as default. */
  public CommissionTermRule() {
    super("KDK-MECH-003", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 24", "Municipal Law 5393 art. 24"),
        RuleParameter.of("maxMonths", 12, "En uzun görev süresi (ay)", "Longest term (months)"));
  }

  @Override
  public void check(RuleContext context) {
    int maxMonths = context.intParameter("maxMonths");
    List<EqualityCommission> commissions = context.dataset().getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      if (commission.getTerm().isEmpty()) {
        continue;
      }
      DateRange term = commission.getTerm().get();
      LocalDate latestEnd = term.getStart().plusMonths(maxMonths);
      if (term.getEnd().isAfter(latestEnd)) {
        report(context, "equalityCommissions[" + i + "].term", commission.getName(), term.getStart(),
            term.getEnd(), term.lengthInDays(), maxMonths, latestEnd);
      }
    }
  }
}
