package org.kdk.rules.catalogue.mechanism;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-MECH-010 — Alt komisyon görevlileri: a sub-commission of the coordination board elects a chair and a
 * rapporteur, and a vice-chair when it has more than {@code threshold} (10) members (programme practice).
 *
 * <p>One finding per missing officer, among the members who hold their seat on the validation day; a
 * sub-commission with no members listed is not judged.
 */
public final class SubCommissionOfficersRule extends CatalogueRule {

  /** A rule with a vice-chair required above 10 members. */
  public SubCommissionOfficersRule() {
    super("KDK-MECH-010", Severity.WARNING,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Program uygulaması: alt komisyon çalışma esasları",
            "Programme practice: working rules of sub-commissions"),
        RuleParameter.of("threshold", 10, "Bu sayıdan çok üyede başkan vekili seçilir",
            "Above this many members a vice-chair is elected"));
  }

  @Override
  public void check(RuleContext context) {
    int threshold = context.intParameter("threshold");
    List<CoordinationBoard> boards = context.dataset().getCoordinationBoards();
    for (int i = 0; i < boards.size(); i++) {
      List<SubCommission> subCommissions = boards.get(i).getSubCommissions();
      for (int j = 0; j < subCommissions.size(); j++) {
        SubCommission sub = subCommissions.get(j);
        List<Membership> members = sub.getMembers().stream().filter(m -> m.heldOn(context.asOf()))
            .collect(Collectors.toList());
        if (members.isEmpty()) {
          continue;
        }
        String path = "coordinationBoards[" + i + "].subCommissions[" + j + "].members";
        checkRole(context, path, sub, members, MemberRole.CHAIR, threshold);
        checkRole(context, path, sub, members, MemberRole.RAPPORTEUR, threshold);
        if (members.size() > threshold) {
          checkRole(context, path, sub, members, MemberRole.VICE_CHAIR, threshold);
        }
      }
    }
  }

  /** The role's label; in English in lower case, as it stands mid-sentence. */
  private static LocalizedText roleName(MemberRole role) {
    return LocalizedText.of(role.getDisplayName(Language.TR),
        role.getDisplayName(Language.EN).toLowerCase(Locale.ROOT));
  }

  private void checkRole(RuleContext context, String path, SubCommission sub, List<Membership> members,
      MemberRole role, int threshold) {
    if (members.stream().noneMatch(m -> m.getRole() == role)) {
      report(context, path, sub.getName(), roleName(role), members.size(), threshold);
    }
  }
}
