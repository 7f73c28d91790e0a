package org.kdk.rules.catalogue.mechanism;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-007 — İl Özel İdaresi bulunmayan ilde mekanizma: an equality unit of the special provincial
 * administration, or an equality commission of the provincial council, exists only where and while the special
 * provincial administration exists (Law 6360, provisional art. 1: gone in the 30 metropolitan provinces from the
 * local elections of 30 March 2014).
 *
 * <p>Reports such a body that is established, active or dormant on the validation day in a province that no longer
 * has the administration, and one that was established (by {@code establishedOn} or a status change to
 * {@code ESTABLISHED} or {@code ACTIVE}) or met on or after the day its province lost it, as
 * {@link LawCalendar#hasSpecialProvincialAdministration} tells. So Mardin (TR-47) may have them until
 * 2014-03-29, Kars (TR-36) still has them.
 */
public final class SpecialProvincialAdministrationRule extends CatalogueRule {
  private static final Set<MechanismStatus> EXISTING =
      EnumSet.of(MechanismStatus.ESTABLISHED, MechanismStatus.ACTIVE, MechanismStatus.DORMANT);
  private static final Set<MechanismStatus> FOUNDING = EnumSet.of(MechanismStatus.ESTABLISHED,
      MechanismStatus.ACTIVE);

  /** The rule. */
  public SpecialProvincialAdministrationRule() {
    super("KDK-MECH-007", Severity.ERROR,
        Basis.of(BasisKind.LAW, "6360 sayılı Kanun geçici md. 1", "Law 6360 provisional art. 1"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    List<EqualityUnit> units = dataset.getEqualityUnits();
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).getHost() == UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION) {
        check(context, units.get(i), "equalityUnits[" + i + "]");
      }
    }
    List<EqualityCommission> commissions = dataset.getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      if (commissions.get(i).getCouncil() == CouncilKind.PROVINCIAL_COUNCIL) {
        check(context, commissions.get(i), "equalityCommissions[" + i + "]");
      }
    }
  }

  private void check(RuleContext context, Mechanism mechanism, String path) {
    Optional<Province> found = Provinces.find(mechanism.getProvinceCode());
    if (found.isEmpty()) {
      return;
    }
    Province province = found.get();
    String where = province.getName() + " (" + province.getCode() + ")";
    LocalDate asOf = context.asOf();
    List<StatusChange> history = mechanism.getStatusHistory();
    if (!LawCalendar.hasSpecialProvincialAdministration(province, asOf)) {
      int current = -1;
      for (int k = 0; k < history.size() && !history.get(k).getDate().isAfter(asOf); k++) {
        current = k;
      }
      // A change into the status after the loss is reported below, on its own date.
      if (current >= 0 && EXISTING.contains(history.get(current).getStatus())
          && !foundedAfterLoss(history.get(current), province)) {
        MechanismStatus status = history.get(current).getStatus();
        report(context, path + ".statusHistory[" + current + "].status", mechanism.getName(), where,
            LawCalendar.METROPOLITAN_REFORM, asOf, status);
      }
    }
    if (mechanism.getEstablishedOn().isPresent()
        && !LawCalendar.hasSpecialProvincialAdministration(province, mechanism.getEstablishedOn().get())) {
      reportCase(context, path + ".establishedOn", "established", mechanism.getName(), where,
          LawCalendar.METROPOLITAN_REFORM, mechanism.getEstablishedOn().get());
    }
    for (int k = 0; k < history.size(); k++) {
      StatusChange change = history.get(k);
      if (foundedAfterLoss(change, province)) {
        reportCase(context, path + ".statusHistory[" + k + "].date", "statusChange", mechanism.getName(), where,
            LawCalendar.METROPOLITAN_REFORM, change.getDate(), change.getStatus());
      }
    }
    List<Meeting> meetings = mechanism.getMeetings();
    for (int k = 0; k < meetings.size(); k++) {
      LocalDate day = meetings.get(k).getDate();
      if (!LawCalendar.hasSpecialProvincialAdministration(province, day)) {
        reportCase(context, path + ".meetings[" + k + "].date", "meeting", mechanism.getName(), where,
            LawCalendar.METROPOLITAN_REFORM, day);
      }
    }
  }

  private static boolean foundedAfterLoss(StatusChange change, Province province) {
    return FOUNDING.contains(change.getStatus())
        && !LawCalendar.hasSpecialProvincialAdministration(province, change.getDate());
  }
}
