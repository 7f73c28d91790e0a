package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.Optional;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-MECH-001 — Belediye meclisi eşitlik komisyonunun üye sayısı: a municipal council's equality commission has 3
 * to 5 members, 5 to 9 in a metropolitan council (Belediye Meclisi Çalışma Yönetmeliği md. 21).
 *
 * <p>Counts the voting members who sit on the {@linkplain Members#referenceDay reference day}, or the party groups'
 * commission seats where no members are listed. The council is metropolitan when the commission's municipality
 * ({@code municipalityId}, else the council institution's {@code municipalityId}) is of type {@code METROPOLITAN};
 * when no municipality record is found, only a size outside both ranges is reported.
 */
public final class MunicipalCommissionSizeRule extends CatalogueRule {

  /** A rule with the regulation's ranges as defaults. */
  public MunicipalCommissionSizeRule() {
    super("KDK-MECH-001", Severity.ERROR,
        Basis.of(BasisKind.REGULATION, "Belediye Meclisi Çalışma Yönetmeliği md. 21",
            "Municipal council working regulation art. 21"),
        RuleParameter.of("min", 3, "Belediye meclisinde en az üye sayısı",
            "Fewest members in a municipal council"),
        RuleParameter.of("max", 5, "Belediye meclisinde en çok üye sayısı",
            "Most members in a municipal council"),
        RuleParameter.of("metropolitanMin", 5, "Büyükşehir belediye meclisinde en az üye sayısı",
            "Fewest members in a metropolitan council"),
        RuleParameter.of("metropolitanMax", 9, "Büyükşehir belediye meclisinde en çok üye sayısı",
            "Most members in a metropolitan council"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    int min = context.intParameter("min");
    int max = context.intParameter("max");
    int metropolitanMin = context.intParameter("metropolitanMin");
    int metropolitanMax = context.intParameter("metropolitanMax");
    List<EqualityCommission> commissions = dataset.getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      if (commission.getCouncil() != CouncilKind.MUNICIPAL_COUNCIL) {
        continue;
      }
      Optional<CommissionSize> size = CommissionSize.of(commission, "equalityCommissions[" + i + "]",
          context.asOf());
      if (size.isEmpty()) {
        continue;
      }
      int count = size.get().count();
      Optional<Municipality> municipality = municipalityOf(dataset, commission);
      if (municipality.isEmpty()) {
        int lowest = Math.min(min, metropolitanMin);
        int highest = Math.max(max, metropolitanMax);
        if (count < lowest || count > highest) {
          reportCase(context, size.get().path(), "unknownType", commission.getName(), count, lowest, highest, "?");
        }
        continue;
      }
      boolean metropolitan = municipality.get().getType() == MunicipalityType.METROPOLITAN;
      int low = metropolitan ? metropolitanMin : min;
      int high = metropolitan ? metropolitanMax : max;
      if (count < low || count > high) {
        String name = municipality.get().getName();
        if (metropolitan) {
          reportCase(context, size.get().path(), "metropolitan", commission.getName(), count, low, high, name);
        } else {
          report(context, size.get().path(), commission.getName(), count, low, high, name);
        }
      }
    }
  }

  /** The commission's municipality, by its own reference or its council institution's. */
  static Optional<Municipality> municipalityOf(Dataset dataset, EqualityCommission commission) {
    Optional<Id> id = commission.getMunicipalityId();
    if (id.isEmpty()) {
      id = dataset.institution(commission.getCouncilInstitutionId()).flatMap(Institution::getMunicipalityId);
    }
    return id.flatMap(dataset::municipality);
  }
}
