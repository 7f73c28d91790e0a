package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.members;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.subCommission;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.ImmutableMembership;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.value.DateRange;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;

class SubCommissionOutsidersRuleTest {
  private final SubCommissionOutsidersRule rule = new SubCommissionOutsidersRule();

  private static Dataset sub(List<Membership> insiders, List<Membership> outsiders) {
    return Dataset.builder().addCoordinationBoard(board("Nevşehir İKHKK")
        .addSubCommissions(subCommission("Erken Evlilik Alt Komisyonu").addAllMembers(insiders)
            .addAllMembers(outsiders).build())
        .build()).build();
  }

  @Test
  void accepts_outsiders_up_to_exactly_half() {
    assertThat(run(rule, sub(members("ic", 2, false), members("dis", 2, true)))).isEmpty();
    assertThat(run(rule, sub(members("ic", 3, false), members("dis", 2, true)))).isEmpty();
  }

  @Test
  void rejects_an_outside_majority() {
    assertThat(run(rule, sub(members("ic", 2, false), members("dis", 3, true)))).singleElement()
        .satisfies(f -> assertFinding(f, "KDK-MECH-009", Severity.ERROR,
            "coordinationBoards[0].subCommissions[0].members", "Erken Evlilik Alt Komisyonu", "3", "5",
            "Nevşehir İKHKK"));
  }

  @Test
  void accepts_an_empty_sub_commission() {
    assertThat(run(rule, sub(List.of(), List.of()))).isEmpty();
  }

  @Test
  void does_not_count_outsiders_whose_seat_ended() {
    Membership former = ImmutableMembership.copyOf(members("eski", 1, true).get(0))
        .withTerm(DateRange.ofYears(2012, 2013));
    Dataset dataset = sub(members("ic", 2, false), List.of(members("dis", 2, true).get(0),
        members("dis2", 1, true).get(0), former));
    assertThat(run(rule, dataset)).isEmpty();
    assertThat(run(rule, dataset, LocalDate.of(2013, 6, 1))).singleElement()
        .satisfies(f -> assertFinding(f, "KDK-MECH-009", Severity.ERROR,
            "coordinationBoards[0].subCommissions[0].members", "3", "5"));
  }

  @Test
  void is_a_warning_under_current_law() {
    Dataset dataset = sub(members("ic", 1, false), members("dis", 2, true));
    assertThat(KdkValidator.of(Profiles.currentLaw()).validate(dataset, AS_OF).findingsOf("KDK-MECH-009"))
        .singleElement().extracting(f -> f.getSeverity()).isEqualTo(Severity.WARNING);
  }
}
