package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.Membership;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-006 — Toplantı yeter sayısı: a meeting of a council's equality commission or of the coordination board
 * that took decisions was attended by more than half of the members (Municipal Law 5393 art. 24 for commissions;
 * the board follows it as programme practice).
 *
 * <p>Members are the voting members who held their seat on the meeting day, in the tier that met for a board with
 * tiers; a meeting is skipped when no such members are listed. Attendance counts everyone recorded as present.
 */
public final class QuorumRule extends CatalogueRule {

  /** The rule. */
  public QuorumRule() {
    super("KDK-MECH-006", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 24 (kurulda program uygulaması)",
            "Municipal Law 5393 art. 24 (programme practice for the board)"));
  }

  @Override
  public void check(RuleContext context) {
    for (Located located : Located.boardsAndCommissions(context.dataset())) {
      Mechanism mechanism = located.mechanism();
      List<Meeting> meetings = mechanism.getMeetings();
      for (int k = 0; k < meetings.size(); k++) {
        Meeting meeting = meetings.get(k);
        if (meeting.getDecisionIds().isEmpty()) {
          continue;
        }
        long members = Members.votingOn(mechanism.getMembers(), meeting.getDate()).stream()
            .filter(m -> inTierThatMet(mechanism, m, meeting))
            .count();
        long present = meeting.getAttendance().total();
        if (members > 0 && present * 2 <= members) {
          report(context, located.path() + ".meetings[" + k + "].attendance", mechanism.getName(),
              meeting.getDate(), present, members, members / 2 + 1, meeting.getDecisionIds().size());
        }
      }
    }
  }

  private static boolean inTierThatMet(Mechanism mechanism, Membership member, Meeting meeting) {
    if (!(mechanism instanceof CoordinationBoard)) {
      return true;
    }
    return Members.sitsIn(member, meeting.getTier().orElse(null));
  }
}
