package org.kdk.rules.catalogue.mechanism;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-MECH-013 — Kurulun toplanma sıklığı: the coordination board meets about twice a year (programme practice,
 * unverified, hence information only).
 *
 * <p>For each full calendar year after the board was set up ({@code establishedOn}, else the first status change
 * to {@code ESTABLISHED} or {@code ACTIVE}) that ended on or before the validation day and before the board was
 * dissolved, counts the meetings of all its tiers; one finding per year with fewer than {@code meetingsPerYear}.
 */
public final class BoardMeetingFrequencyRule extends CatalogueRule {

  /** A rule with two meetings a year as default. */
  public BoardMeetingFrequencyRule() {
    super("KDK-MECH-013", Severity.INFO,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Program uygulaması: kurul yılda iki kez toplanır (doğrulanmadı)",
            "Programme practice: the board meets twice a year (unverified)"),
        RuleParameter.of("meetingsPerYear", 2, "Yılda beklenen toplantı sayısı", "Meetings expected a year"));
  }

  @Override
  public void check(RuleContext context) {
    int expected = context.intParameter("meetingsPerYear");
    List<CoordinationBoard> boards = context.dataset().getCoordinationBoards();
    for (int i = 0; i < boards.size(); i++) {
      CoordinationBoard board = boards.get(i);
      Optional<LocalDate> established = establishment(board);
      if (established.isEmpty()) {
        continue;
      }
      LocalDate dissolved = board.getStatusHistory().stream()
          .filter(c -> c.getStatus() == MechanismStatus.DISSOLVED).map(StatusChange::getDate).findFirst()
          .orElse(LocalDate.MAX);
      int first = established.get().getDayOfYear() == 1 ? established.get().getYear()
          : established.get().getYear() + 1;
      for (int year = first; ; year++) {
        DateRange whole = DateRange.ofYears(year, year);
        if (whole.getEnd().isAfter(context.asOf()) || !whole.getEnd().isBefore(dissolved)) {
          break;
        }
        int held = board.meetingsBetween(whole).size();
        if (held < expected) {
          report(context, "coordinationBoards[" + i + "].meetings", board.getName(), year, held, expected);
        }
      }
    }
  }

  private static Optional<LocalDate> establishment(CoordinationBoard board) {
    if (board.getEstablishedOn().isPresent()) {
      return board.getEstablishedOn();
    }
    return board.getStatusHistory().stream()
        .filter(c -> c.getStatus() == MechanismStatus.ESTABLISHED || c.getStatus() == MechanismStatus.ACTIVE)
        .map(StatusChange::getDate).findFirst();
  }
}
