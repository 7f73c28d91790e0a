package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.METRO;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.METRO_COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.MUNICIPALITY;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.UNIVERSITY;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.base;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.provincialCommission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.ImmutableMembership;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class MunicipalCommissionSizeRuleTest {
  private final MunicipalCommissionSizeRule rule = new MunicipalCommissionSizeRule();

  private static Dataset municipal(int members) {
    return base().addEqualityCommission(commission("Örnek Eşitlik Komisyonu").municipalityId(MUNICIPALITY)
        .addAllMembers(councillors(COUNCIL, members)).build()).build();
  }

  private static Dataset metropolitan(int members) {
    return base().addEqualityCommission(commission("Büyükşehir Eşitlik Komisyonu", METRO_COUNCIL)
        .municipalityId(METRO).addAllMembers(councillors(METRO_COUNCIL, members)).build()).build();
  }

  @Nested
  class MunicipalCouncil {
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void accepts_three_to_five_members(int members) {
      assertThat(run(rule, municipal(members))).isEmpty();
    }

    @Test
    void rejects_two_members() {
      List<Finding> findings = run(rule, municipal(2));
      assertThat(findings).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-001", Severity.ERROR,
          "equalityCommissions[0].members", "Örnek Eşitlik Komisyonu", "2", "3", "5", "Örnek Belediyesi"));
    }

    @Test
    void rejects_six_members() {
      assertThat(run(rule, municipal(6))).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-001",
          Severity.ERROR, "equalityCommissions[0].members", "Örnek Eşitlik Komisyonu", "6", "3", "5"));
    }

    @Test
    void does_not_count_advisors() {
      Dataset dataset = base().addEqualityCommission(commission("K").municipalityId(MUNICIPALITY)
          .addAllMembers(councillors(COUNCIL, 5))
          .addMembers(Membership.ofInstitution(UNIVERSITY, MemberRole.ADVISOR),
              Membership.ofInstitution(Id.of("muhtar"), MemberRole.ADVISOR))
          .build()).build();
      assertThat(run(rule, dataset)).isEmpty();
    }
  }

  @Nested
  class MetropolitanCouncil {
    @ParameterizedTest
    @ValueSource(ints = {5, 6, 9})
    void accepts_five_to_nine_members(int members) {
      assertThat(run(rule, metropolitan(members))).isEmpty();
    }

    @Test
    void rejects_four_members() {
      assertThat(run(rule, metropolitan(4))).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-001",
          Severity.ERROR, "equalityCommissions[0].members", "Büyükşehir Eşitlik Komisyonu", "4", "5", "9",
          "Örnek Büyükşehir Belediyesi"));
    }

    @Test
    void rejects_ten_members() {
      assertThat(run(rule, metropolitan(10))).singleElement().satisfies(f -> {
        assertFinding(f, "KDK-MECH-001", Severity.ERROR, "equalityCommissions[0].members", "10", "5", "9");
        assertThat(f.getMessage().getEn().orElseThrow()).contains("metropolitan");
        assertThat(f.getMessage().getTr()).contains("büyükşehir");
      });
    }

    @Test
    void finds_the_municipality_through_the_council_institution() {
      Dataset dataset = base().addEqualityCommission(commission("K", METRO_COUNCIL)
          .addAllMembers(councillors(METRO_COUNCIL, 7)).build()).build();
      assertThat(run(rule, dataset)).isEmpty();
    }
  }

  @Nested
  class EdgeCases {
    @Test
    void judges_only_the_outer_range_when_the_municipality_is_unknown() {
      Dataset seven = Dataset.builder().addEqualityCommission(commission("K").municipalityId(Id.of("bilinmeyen"))
          .addAllMembers(councillors(COUNCIL, 7)).build()).build();
      assertThat(run(rule, seven)).isEmpty();
      Dataset ten = Dataset.builder().addEqualityCommission(commission("Bilinmeyen Komisyon")
          .addAllMembers(councillors(COUNCIL, 10)).build()).build();
      assertThat(run(rule, ten)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-001",
          Severity.ERROR, "equalityCommissions[0].members", "Bilinmeyen Komisyon", "10", "3", "9"));
    }

    @Test
    void counts_party_group_seats_when_no_members_are_listed() {
      Dataset dataset = base().addEqualityCommission(commission("K").municipalityId(MUNICIPALITY)
          .addPartyGroups(PartyGroup.of("A Partisi", 20, 5), PartyGroup.of("B Partisi", 10, 2)).build()).build();
      assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-001",
          Severity.ERROR, "equalityCommissions[0].partyGroups", "7", "3", "5"));
    }

    @Test
    void skips_a_commission_without_members_or_seats() {
      Dataset dataset = base().addEqualityCommission(commission("K").municipalityId(MUNICIPALITY).build()).build();
      assertThat(run(rule, dataset)).isEmpty();
    }

    @Test
    void ignores_provincial_council_commissions() {
      Dataset dataset = base().addEqualityCommission(provincialCommission("İGM Komisyonu")
          .addAllMembers(councillors(MechanismFixtures.PROVINCIAL_COUNCIL, 12)).build()).build();
      assertThat(run(rule, dataset)).isEmpty();
    }

    @Test
    void judges_a_past_commission_by_the_members_of_its_term() {
      DateRange term = DateRange.ofYears(2013, 2013);
      Dataset dataset = base().addEqualityCommission(commission("K").municipalityId(MUNICIPALITY).term(term)
          .addAllMembers(councillors(COUNCIL, 2).stream()
              .map(m -> ImmutableMembership.copyOf(m).withTerm(term)).toList())
          .build()).build();
      assertThat(run(rule, dataset, LocalDate.of(2015, 1, 1))).singleElement()
          .extracting(Finding::getPath).isEqualTo("equalityCommissions[0].members");
    }

    @Test
    void does_not_count_members_whose_seat_ended() {
      Membership former = ImmutableMembership.copyOf(MechanismFixtures.councillor(COUNCIL, 9))
          .withTerm(DateRange.ofYears(2012, 2012));
      Dataset dataset = base().addEqualityCommission(commission("K").municipalityId(MUNICIPALITY)
          .addAllMembers(councillors(COUNCIL, 5)).addMembers(former).build()).build();
      assertThat(run(rule, dataset)).isEmpty();
    }

    @Test
    void takes_its_range_from_the_parameters() {
      assertThat(run(rule, municipal(6), AS_OF, "max", 7)).isEmpty();
      assertThat(run(rule, metropolitan(5), AS_OF, "metropolitanMin", 6)).hasSize(1);
    }
  }
}
