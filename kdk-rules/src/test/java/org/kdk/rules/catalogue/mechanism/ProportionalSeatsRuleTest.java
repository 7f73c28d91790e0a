package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.UNIVERSITY;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class ProportionalSeatsRuleTest {
  private final ProportionalSeatsRule rule = new ProportionalSeatsRule();

  private static Dataset groups(PartyGroup... groups) {
    return Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu").addPartyGroups(groups)
        .build()).build();
  }

  @Test
  void accepts_shares_rounded_down_or_up() {
    // 31 council seats, 5 commission seats: shares 3.23, 1.61 and 0.16.
    assertThat(run(rule, groups(PartyGroup.of("A Partisi", 20, 3), PartyGroup.of("B Partisi", 10, 2),
        PartyGroup.of("Bağımsız", 1, 0)))).isEmpty();
    assertThat(run(rule, groups(PartyGroup.of("A Partisi", 20, 4), PartyGroup.of("B Partisi", 10, 1),
        PartyGroup.of("Bağımsız", 1, 0)))).isEmpty();
  }

  @Test
  void rejects_a_group_above_its_share_and_one_below() {
    List<Finding> findings = run(rule, groups(PartyGroup.of("A Partisi", 20, 5), PartyGroup.of("B Partisi", 10, 0),
        PartyGroup.of("Bağımsız", 1, 0)));
    assertThat(findings).hasSize(2);
    assertFinding(findings.get(0), "KDK-MECH-005", Severity.ERROR,
        "equalityCommissions[0].partyGroups[0].commissionSeats", "Örnek Eşitlik Komisyonu", "A Partisi", "5", "20",
        "31", "3–4");
    assertFinding(findings.get(1), "KDK-MECH-005", Severity.ERROR,
        "equalityCommissions[0].partyGroups[1].commissionSeats", "B Partisi", "0", "10", "31", "1–2");
  }

  @Test
  void names_an_exact_share_as_one_number() {
    List<Finding> findings = run(rule, groups(PartyGroup.of("A Partisi", 10, 3), PartyGroup.of("B Partisi", 10, 1)));
    assertThat(findings).hasSize(2);
    assertFinding(findings.get(0), "KDK-MECH-005", Severity.ERROR,
        "equalityCommissions[0].partyGroups[0].commissionSeats", "A Partisi", "3");
    assertThat(findings.get(0).getMessage().getEn().orElseThrow()).contains("share of 4 commission seats is 2.");
    assertThat(findings.get(0).getMessage().getTr()).contains("4 komisyon üyeliğinden payı 2 olmalıdır");
  }

  @Test
  void rejects_seats_that_do_not_add_up_to_the_voting_members() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .addPartyGroups(PartyGroup.of("A Partisi", 20, 3), PartyGroup.of("B Partisi", 10, 2))
        .addAllMembers(councillors(COUNCIL, 4))
        .addMembers(Membership.ofInstitution(UNIVERSITY, MemberRole.ADVISOR)).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-005",
        Severity.ERROR, "equalityCommissions[0].partyGroups", "Örnek Eşitlik Komisyonu", "5", "4"));
  }

  @Test
  void accepts_seats_that_add_up_to_the_voting_members_advisors_aside() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K")
        .addPartyGroups(PartyGroup.of("A Partisi", 20, 3), PartyGroup.of("B Partisi", 10, 2))
        .addAllMembers(councillors(COUNCIL, 5))
        .addMembers(Membership.ofInstitution(UNIVERSITY, MemberRole.ADVISOR)).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void skips_commissions_without_party_groups_or_council_seats() {
    assertThat(run(rule, Dataset.builder().addEqualityCommission(commission("K")
        .addAllMembers(councillors(COUNCIL, 5)).build()).build())).isEmpty();
    assertThat(run(rule, groups(PartyGroup.of("A Partisi", 0, 0)))).isEmpty();
  }
}
