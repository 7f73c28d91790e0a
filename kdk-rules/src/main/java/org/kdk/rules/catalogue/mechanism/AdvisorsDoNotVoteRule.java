package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import org.kdk.core.administration.Institution;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-MECH-012 — Danışmanlar oy kullanmaz: in a council's equality commission, advisors and everyone who does not
 * sit for the council (muhtars, universities, professional bodies, unions, NGOs…) may speak but not vote
 * (Municipal Law 5393 art. 24).
 *
 * <p>A member sits for the council when no institution is named or the institution is the commission's council
 * institution; any other voting member is reported.
 */
public final class AdvisorsDoNotVoteRule extends CatalogueRule {

  /** The rule. */
  public AdvisorsDoNotVoteRule() {
    super("KDK-MECH-012", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 24", "Municipal Law 5393 art. 24"));
  }

  @Override
  public void check(RuleContext context) {
    Dataset dataset = context.dataset();
    List<EqualityCommission> commissions = dataset.getEqualityCommissions();
    for (int i = 0; i < commissions.size(); i++) {
      EqualityCommission commission = commissions.get(i);
      List<Membership> members = commission.getMembers();
      for (int k = 0; k < members.size(); k++) {
        Membership member = members.get(k);
        if (!member.isVoting()) {
          continue;
        }
        boolean outsider = member.getInstitutionId()
            .map(id -> !id.equals(commission.getCouncilInstitutionId())).orElse(false);
        if (member.getRole() == MemberRole.ADVISOR || outsider) {
          String institution = member.getInstitutionId()
              .map(id -> dataset.institution(id).map(Institution::getName).orElse(id.toString())).orElse("?");
          String council = dataset.institution(commission.getCouncilInstitutionId()).map(Institution::getName)
              .orElse(commission.getCouncilInstitutionId().toString());
          String who = Members.personOrPosition(member, k);
          report(context, "equalityCommissions[" + i + "].members[" + k + "].voting", commission.getName(), who,
              member.getRole(), institution, council);
        }
      }
    }
  }
}
