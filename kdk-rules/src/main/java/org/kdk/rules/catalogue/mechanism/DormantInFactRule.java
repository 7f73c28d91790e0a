package org.kdk.rules.catalogue.mechanism;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-MECH-011 — Fiilen atıl mekanizma: a board, unit or commission recorded as established or active on the
 * validation day that has not met for more than {@code months} (12) months is dormant in fact (programme practice).
 *
 * <p>Measured from the last meeting on or before the validation day; without one, from {@code establishedOn}, else
 * from the first recorded status change. Exactly {@code months} months is not yet too long.
 */
public final class DormantInFactRule extends CatalogueRule {

  /** A rule with twelve months as default. */
  public DormantInFactRule() {
    super("KDK-MECH-011", Severity.WARNING,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Program uygulaması: mekanizmaların düzenli toplanması",
            "Programme practice: mechanisms meet regularly"),
        RuleParameter.of("months", 12, "Toplantısız geçebilecek en uzun süre (ay)",
            "Longest time without a meeting (months)"));
  }

  @Override
  public void check(RuleContext context) {
    int months = context.intParameter("months");
    LocalDate asOf = context.asOf();
    for (Located located : Located.all(context.dataset())) {
      Mechanism mechanism = located.mechanism();
      Optional<MechanismStatus> status = mechanism.statusOn(asOf);
      if (status.isEmpty() || (status.get() != MechanismStatus.ACTIVE
          && status.get() != MechanismStatus.ESTABLISHED)) {
        continue;
      }
      Optional<Meeting> last = mechanism.lastMeetingOn(asOf);
      LocalDate since = last.map(Meeting::getDate)
          .or(() -> mechanism.getEstablishedOn())
          .orElse(mechanism.getStatusHistory().get(0).getDate());
      if (!asOf.isAfter(since.plusMonths(months))) {
        continue;
      }
      long elapsed = ChronoUnit.MONTHS.between(since, asOf);
      String path = located.path() + ".meetings";
      if (last.isPresent()) {
        report(context, path, mechanism.getName(), status.get(), asOf, since, elapsed, months);
      } else {
        reportCase(context, path, "noMeeting", mechanism.getName(), status.get(), asOf, since, elapsed, months);
      }
    }
  }
}
