package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.members;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.subCommission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class SubCommissionOfficersRuleTest {
  private final SubCommissionOfficersRule rule = new SubCommissionOfficersRule();

  private static Membership officer(String id, MemberRole role) {
    return Membership.ofInstitution(Id.of(id), role);
  }

  /** {@code total} members, of them the given officers. */
  private static Dataset sub(int total, MemberRole... officers) {
    List<Membership> list = new ArrayList<>();
    for (MemberRole role : officers) {
      list.add(officer("gorevli-" + role.name().toLowerCase(Locale.ROOT), role));
    }
    list.addAll(members("uye", total - officers.length, false));
    return Dataset.builder().addCoordinationBoard(board("Örnek İKHKK")
        .addSubCommissions(subCommission("Erken Evlilik Alt Komisyonu").addAllMembers(list).build()).build())
        .build();
  }

  @Test
  void accepts_a_chair_and_a_rapporteur_up_to_ten_members() {
    assertThat(run(rule, sub(10, MemberRole.CHAIR, MemberRole.RAPPORTEUR))).isEmpty();
    assertThat(run(rule, sub(2, MemberRole.CHAIR, MemberRole.RAPPORTEUR))).isEmpty();
  }

  @Test
  void accepts_a_vice_chair_above_ten_members() {
    assertThat(run(rule, sub(11, MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.RAPPORTEUR))).isEmpty();
  }

  @Test
  void warns_about_a_missing_vice_chair_above_ten_members() {
    assertThat(run(rule, sub(11, MemberRole.CHAIR, MemberRole.RAPPORTEUR))).singleElement().satisfies(f -> {
      assertFinding(f, "KDK-MECH-010", Severity.WARNING, "coordinationBoards[0].subCommissions[0].members",
          "Erken Evlilik Alt Komisyonu", "11");
      assertThat(f.getMessage().get(Language.EN)).contains("no vice-chair");
      assertThat(f.getMessage().get(Language.TR)).contains("Başkan vekili");
    });
  }

  @Test
  void warns_once_per_missing_officer() {
    List<Finding> findings = run(rule, sub(4));
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).getMessage().get(Language.TR)).contains("Başkan yok");
    assertThat(findings.get(1).getMessage().get(Language.TR)).contains("Raportör yok");
    assertThat(findings.get(1).getMessage().get(Language.EN)).contains("no rapporteur");
  }

  @Test
  void skips_a_sub_commission_without_members() {
    assertThat(run(rule, sub(0))).isEmpty();
  }

  @Test
  void takes_the_vice_chair_threshold_from_the_parameter() {
    Dataset eleven = sub(11, MemberRole.CHAIR, MemberRole.RAPPORTEUR);
    assertThat(run(rule, eleven, AS_OF, "threshold", 11)).isEmpty();
    assertThat(run(rule, sub(6, MemberRole.CHAIR, MemberRole.RAPPORTEUR), AS_OF, "threshold", 5)).singleElement()
        .satisfies(f -> assertThat(f.getHint().get(Language.EN)).contains("more than 5 members"));
  }
}
