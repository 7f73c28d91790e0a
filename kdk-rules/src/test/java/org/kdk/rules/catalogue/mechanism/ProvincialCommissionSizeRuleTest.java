package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.PROVINCIAL_COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.base;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.provincialCommission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.rules.finding.Severity;

class ProvincialCommissionSizeRuleTest {
  private final ProvincialCommissionSizeRule rule = new ProvincialCommissionSizeRule();

  private static Dataset kars(int members) {
    return base().addEqualityCommission(provincialCommission("Kars İGM Eşitlik Komisyonu")
        .addAllMembers(councillors(PROVINCIAL_COUNCIL, members)).build()).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 7, 9})
  void accepts_five_to_nine_members(int members) {
    assertThat(run(rule, kars(members))).isEmpty();
  }

  @Test
  void warns_about_four_members() {
    assertThat(run(rule, kars(4))).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-002",
        Severity.WARNING, "equalityCommissions[0].members", "Kars İGM Eşitlik Komisyonu", "4", "5", "9"));
  }

  @Test
  void warns_about_ten_members() {
    assertThat(run(rule, kars(10))).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-002",
        Severity.WARNING, "equalityCommissions[0].members", "10", "5", "9"));
  }

  @Test
  void does_not_count_advisors() {
    Dataset dataset = base().addEqualityCommission(provincialCommission("K")
        .addAllMembers(councillors(PROVINCIAL_COUNCIL, 5))
        .addMembers(Membership.ofInstitution(MechanismFixtures.UNIVERSITY, MemberRole.ADVISOR)).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void ignores_municipal_council_commissions_and_commissions_without_members() {
    Dataset dataset = base()
        .addEqualityCommission(commission("Belediye Komisyonu").addAllMembers(councillors(COUNCIL, 3)).build())
        .addEqualityCommission(provincialCommission("Boş").build())
        .build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void takes_its_range_from_the_parameters() {
    assertThat(run(rule, kars(4), AS_OF, "min", 3)).isEmpty();
    assertThat(run(rule, kars(9), AS_OF, "max", 8)).singleElement()
        .satisfies(f -> assertThat(f.getMessage().getTr()).contains("9").contains("8"));
  }
}
