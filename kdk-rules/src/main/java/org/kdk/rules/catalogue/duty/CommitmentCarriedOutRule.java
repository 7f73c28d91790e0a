package org.kdk.rules.catalogue.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.programme.Commitment;
import org.kdk.core.programme.CommitmentItem;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-DUTY-004 — Taahhüdün yerine getirilmesi: once {@code graceMonths} (12) months have passed since a province
 * signed the Official Commitment, the province has what the commitment's items undertook — a coordination board,
 * an equality unit in the governorship and one in a municipality, a gender equality commission in a municipal
 * council, and a local equality action plan (Official Commitment, items 1–4).
 *
 * <p>Only the items the commitment includes are judged, one finding per item not carried out, naming the item. A
 * mechanism counts when it is set up on the validation date: its status then is established, active or dormant;
 * with no status recorded by then, its founding day is on or before it; with no status and no founding day
 * recorded at all, its presence in the dataset is taken as the fact. A plan counts unless its history starts after
 * the validation date or it stands withdrawn on it. A council's commission is not judged in the first
 * {@code councilRenewalMonths} (6) months after the local elections of 30 March 2014, which renewed every council
 * and, in the 30 metropolitan provinces, replaced the councils themselves: a new council forms its commissions at
 * its first meetings. The items on budgeting, cooperation, awareness and staff
 * leave no trace in the dataset this rule could check. Stateless and thread-safe.
 */
public final class CommitmentCarriedOutRule extends CatalogueRule {
  static final String GRACE_MONTHS = "graceMonths";
  static final String COUNCIL_RENEWAL_MONTHS = "councilRenewalMonths";

  /** The rule. */
  public CommitmentCarriedOutRule() {
    super("KDK-DUTY-004", Severity.WARNING,
        Basis.of(BasisKind.COMMITMENT, "Taahhütname maddeleri 1–4: kurul, komisyonlar, birimler, eylem planı",
            "Official Commitment items 1–4: board, commissions, units, action plan"),
        RuleParameter.of(GRACE_MONTHS, 12,
            "Taahhütnamenin imzasından sonra maddelerin yerine getirilmesi için tanınan süre (ay)",
            "Time after signing the Official Commitment to carry out its items (months)"),
        RuleParameter.of(COUNCIL_RENEWAL_MONTHS, 6,
            "30 Mart 2014 yerel seçimlerinden sonra yeni meclisin komisyonunu kurması için tanınan süre (ay)",
            "Time after the local elections of 30 March 2014 for a new council to form its commission (months)"));
  }

  @Override
  public void check(RuleContext context) {
    int graceMonths = context.intParameter(GRACE_MONTHS);
    LocalDate asOf = context.asOf();
    List<Commitment> commitments = context.dataset().getCommitments();
    for (int i = 0; i < commitments.size(); i++) {
      Commitment commitment = commitments.get(i);
      if (!commitment.getSignedOn().isBefore(asOf)
          || asOf.isBefore(commitment.getSignedOn().plusMonths(graceMonths))) {
        continue;
      }
      String path = "commitments[" + i + "].items";
      String province = commitment.getProvinceCode();
      List<Mechanism> mechanisms = context.dataset().mechanismsOf(province);
      if (commitment.includes(CommitmentItem.COORDINATION_BOARD)
          && mechanisms.stream().noneMatch(m -> m instanceof CoordinationBoard
              && setUpOn(m, asOf))) {
        reportMissing(context, path, commitment, CommitmentItem.COORDINATION_BOARD, "board", graceMonths);
      }
      boolean councilsRenewing = !asOf.isBefore(LawCalendar.METROPOLITAN_REFORM)
          && asOf.isBefore(LawCalendar.METROPOLITAN_REFORM.plusMonths(context.intParameter(COUNCIL_RENEWAL_MONTHS)));
      if (commitment.includes(CommitmentItem.EQUALITY_COMMISSIONS) && !councilsRenewing
          && mechanisms.stream().noneMatch(m -> m instanceof EqualityCommission
              && ((EqualityCommission) m).getCouncil() == CouncilKind.MUNICIPAL_COUNCIL && setUpOn(m, asOf))) {
        reportMissing(context, path, commitment, CommitmentItem.EQUALITY_COMMISSIONS, "municipalCommission",
            graceMonths);
      }
      if (commitment.includes(CommitmentItem.EQUALITY_UNITS)) {
        boolean governorship = hasUnit(mechanisms, UnitHost.GOVERNORSHIP, asOf);
        boolean municipality = hasUnit(mechanisms, UnitHost.MUNICIPALITY, asOf);
        if (!governorship || !municipality) {
          String missing = !governorship && !municipality ? "bothUnits"
              : !governorship ? "governorshipUnit" : "municipalUnit";
          reportMissing(context, path, commitment, CommitmentItem.EQUALITY_UNITS, missing, graceMonths);
        }
      }
      if (commitment.includes(CommitmentItem.ACTION_PLAN)
          && context.dataset().plansOf(province).stream().noneMatch(p -> existsOn(p, asOf))) {
        reportMissing(context, path, commitment, CommitmentItem.ACTION_PLAN, "plan", graceMonths);
      }
    }
  }

  private void reportMissing(RuleContext context, String path, Commitment commitment, CommitmentItem item,
      String missing, int graceMonths) {
    String code = commitment.getProvinceCode();
    String name = Provinces.find(code).map(Province::getName).orElse(code);
    report(context, path, name, code, commitment.getId(), commitment.getSignedOn(), item,
        text("missing." + missing), context.asOf(), graceMonths);
  }

  private static boolean hasUnit(List<Mechanism> mechanisms, UnitHost host, LocalDate asOf) {
    return mechanisms.stream().anyMatch(m -> m instanceof EqualityUnit && ((EqualityUnit) m).getHost() == host
        && setUpOn(m, asOf));
  }

  /** Whether {@code mechanism} is set up on {@code date}, as the class comment explains. */
  static boolean setUpOn(Mechanism mechanism, LocalDate date) {
    Optional<MechanismStatus> status = mechanism.statusOn(date);
    if (status.isPresent()) {
      MechanismStatus s = status.get();
      return s == MechanismStatus.ESTABLISHED || s == MechanismStatus.ACTIVE || s == MechanismStatus.DORMANT;
    }
    if (mechanism.getEstablishedOn().isPresent()) {
      return !mechanism.getEstablishedOn().get().isAfter(date);
    }
    return mechanism.getStatusHistory().isEmpty();
  }

  /** Whether {@code plan} exists and is not withdrawn on {@code date}, by its recorded history. */
  static boolean existsOn(ActionPlan plan, LocalDate date) {
    if (plan.getHistory().isEmpty()) {
      return plan.getState() != PlanState.WITHDRAWN;
    }
    PlanState state = null;
    for (LifecycleEvent event : plan.getHistory()) {
      if (event.getDate().isAfter(date)) {
        break;
      }
      state = event.getTo();
    }
    return state != null && state != PlanState.WITHDRAWN;
  }
}
