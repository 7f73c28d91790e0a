package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.Optional;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-MECH-002 — İl genel meclisi eşitlik komisyonunun üye sayısı: a provincial council's equality commission has 5
 * to 9 members (5302 sayılı İl Özel İdaresi Kanunu md. 16, unverified, hence a warning).
 *
 * <p>Counts members as {@link MunicipalCommissionSizeRule} does.
 */
public final class ProvincialCommissionSizeRule extends CatalogueRule {

  /** A rule with 5 to 9 members as defaults. */
  public ProvincialCommissionSizeRule() {
    super("KDK-MECH-002", Severity.WARNING,
        Basis.of(BasisKind.LAW, "5302 sayılı İl Özel İdaresi Kanunu md. 16 (doğrulanmadı)",
            "Special Provincial Administration Law 5302 art. 16 (unverified)"),
        RuleParameter.of("min", 5, "İl genel meclisinde en az üye sayısı", "Fewest members in a provincial council"),
        RuleParameter.of("max", 9, "İl genel meclisinde en çok üye sayısı", "Most members in a provincial council"));
  }

  @Override
  public void check(RuleContext context) {
    int min = context.intParameter("min");
    int max = context.intParameter("max");
    List<EqualityCommission> commissions = context.dataset().getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      if (commission.getCouncil() != CouncilKind.PROVINCIAL_COUNCIL) {
        continue;
      }
      Optional<CommissionSize> size = CommissionSize.of(commission, "equalityCommissions[" + i + "]",
          context.asOf());
      if (size.isPresent() && (size.get().count() < min || size.get().count() > max)) {
        report(context, size.get().path(), commission.getName(), size.get().count(), min, max);
      }
    }
  }
}
