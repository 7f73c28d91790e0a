package org.kdk.rules.catalogue.reference;

import java.util.List;
import java.util.Optional;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-REF-004 — Aynı il: the institution hosting a mechanism, the council of an equality commission and the
 * institutions owning a plan lie in the mechanism's or the plan's province, where their province is recorded (data
 * quality).
 *
 * <p>Institutions without a province code (ministries, national bodies) and ids the dataset lacks (KDK-REF-001)
 * are passed over. Stateless and thread-safe.
 */
public final class SameProvinceRule extends CatalogueRule {

  /** The rule. */
  public SameProvinceRule() {
    super("KDK-REF-004", Severity.WARNING,
        Basis.of(BasisKind.DATA_QUALITY,
            "Veri tutarlılığı: mekanizmanın ve planın kurumları kendi ilindedir",
            "Data consistency: a mechanism's and a plan's institutions lie in its province"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    List<CoordinationBoard> boards = dataset.getCoordinationBoards();
    for (int i = 0; i < boards.size(); i++) {
      CoordinationBoard board = boards.get(i);
      compare(context, Kind.COORDINATION_BOARD, board.getId(), board.getProvinceCode(), "host",
          board.getHostInstitutionId(), "coordinationBoards[" + i + "].hostInstitutionId");
    }
    List<EqualityUnit> units = dataset.getEqualityUnits();
    for (int i = 0; i < units.size(); i++) {
      EqualityUnit unit = units.get(i);
      compare(context, Kind.EQUALITY_UNIT, unit.getId(), unit.getProvinceCode(), "host",
          unit.getHostInstitutionId(), "equalityUnits[" + i + "].hostInstitutionId");
    }
    List<EqualityCommission> commissions = dataset.getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      compare(context, Kind.EQUALITY_COMMISSION, commission.getId(), commission.getProvinceCode(), "council",
          commission.getCouncilInstitutionId(), "equalityCommissions[" + i + "].councilInstitutionId");
    }
    List<ActionPlan> plans = dataset.getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      List<Id> owners = plan.getOwnerInstitutionIds();
      for (int j = 0; j < owners.size(); j++) {
        compare(context, Kind.PLAN, plan.getId(), plan.getScope().getProvinceCode(), "owner", owners.get(j),
            "plans[" + i + "].ownerInstitutionIds[" + j + "]");
      }
    }
  }

  private void compare(RuleContext context, Kind kind, Id subject, String province, String role,
      Id institutionId, String path) {
    Optional<Institution> institution = context.dataset().institution(institutionId);
    Optional<String> other = institution.flatMap(Institution::getProvinceCode);
    if (other.isEmpty() || other.get().equals(province)) {
      return;
    }
    report(context, path, kind.label(), subject, province, provinceName(province), phrase("role." + role),
        institutionId, other.get(), provinceName(other.get()));
  }

  private static String provinceName(String code) {
    return Provinces.find(code).map(Province::getName).orElse(code);
  }
}
