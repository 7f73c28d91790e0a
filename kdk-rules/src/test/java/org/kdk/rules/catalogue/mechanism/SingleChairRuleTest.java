package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.GOVERNORSHIP;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.base;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillor;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.ImmutableMembership;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class SingleChairRuleTest {
  private final SingleChairRule rule = new SingleChairRule();

  private static Membership as(Membership member, MemberRole role) {
    return ImmutableMembership.copyOf(member).withRole(role);
  }

  @Test
  void accepts_one_chair_and_one_vice_chair() {
    Dataset dataset = base().addEqualityCommission(commission("K").addAllMembers(councillors(COUNCIL, 3))
        .addMembers(as(councillor(COUNCIL, 4), MemberRole.VICE_CHAIR)).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void warns_about_two_chairs_at_the_second() {
    Dataset dataset = base().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .addAllMembers(councillors(COUNCIL, 3)).addMembers(as(councillor(COUNCIL, 4), MemberRole.CHAIR)).build())
        .build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> {
      assertFinding(f, "KDK-MECH-015", Severity.WARNING, "equalityCommissions[0].members[3].role",
          "Örnek Eşitlik Komisyonu", "2", "Meclis Üyesi 1, Meclis Üyesi 4", "2015-06-30");
      assertThat(f.getMessage().get(Language.EN)).contains("Chair");
      assertThat(f.getMessage().get(Language.TR)).contains("Başkan");
    });
  }

  @Test
  void warns_about_two_vice_chairs() {
    Dataset dataset = base().addEqualityCommission(commission("K").addAllMembers(councillors(COUNCIL, 3))
        .addMembers(as(councillor(COUNCIL, 4), MemberRole.VICE_CHAIR), as(councillor(COUNCIL, 5),
            MemberRole.VICE_CHAIR)).build()).build();
    List<Finding> findings = run(rule, dataset);
    assertThat(findings).singleElement().satisfies(f -> {
      assertFinding(f, "KDK-MECH-015", Severity.WARNING, "equalityCommissions[0].members[4].role", "2");
      assertThat(f.getMessage().get(Language.TR)).contains("Başkan vekili");
    });
  }

  @Test
  void counts_only_chairs_holding_office_on_the_validation_day() {
    Membership former = ImmutableMembership.copyOf(councillor(COUNCIL, 1)).withTerm(DateRange.ofYears(2013, 2013));
    Membership current = ImmutableMembership.copyOf(as(councillor(COUNCIL, 4), MemberRole.CHAIR))
        .withTerm(DateRange.ofYears(2014, 2015));
    Dataset dataset = base().addEqualityCommission(commission("K").addMembers(former, current).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
    assertThat(run(rule, dataset, LocalDate.of(2013, 6, 1))).isEmpty();
  }

  @Test
  void lets_each_tier_of_a_board_have_its_chair() {
    Membership governor = Membership.builder()
        .person(Person.ofOfficeHolder("Vali", Sex.MAN, "Mardin Valisi")).institutionId(GOVERNORSHIP)
        .role(MemberRole.CHAIR).tier(BoardTier.UPPER).build();
    Membership deputy = Membership.builder()
        .person(Person.ofOfficeHolder("Vali Yardımcısı", Sex.WOMAN, "Vali Yardımcısı")).institutionId(GOVERNORSHIP)
        .role(MemberRole.CHAIR).build();
    Dataset dataset = base().addCoordinationBoard(board("Mardin İKHKK").addTiers(BoardTier.MAIN, BoardTier.UPPER)
        .addMembers(governor, deputy).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
    Dataset twoInMain = base().addCoordinationBoard(board("Mardin İKHKK").addTiers(BoardTier.MAIN, BoardTier.UPPER)
        .addMembers(governor, deputy, ImmutableMembership.copyOf(deputy).withTier(BoardTier.MAIN)).build()).build();
    assertThat(run(rule, twoInMain)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-015",
        Severity.WARNING, "coordinationBoards[0].members[2].role", "Mardin İKHKK", "Vali Yardımcısı"));
  }

  @Test
  void ignores_equality_units() {
    Membership chair = Membership.ofPerson(Person.of("Zeynep", Sex.WOMAN), MemberRole.CHAIR);
    Dataset dataset = base().addEqualityUnit(unit("Birim", "TR-16", UnitHost.MUNICIPALITY)
        .addMembers(chair, chair).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }
}
