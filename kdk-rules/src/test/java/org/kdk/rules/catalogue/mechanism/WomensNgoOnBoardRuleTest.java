package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.BAR;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.GOVERNORSHIP;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.WOMENS_NGO;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.base;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.member;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.ImmutableMembership;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;

class WomensNgoOnBoardRuleTest {
  private final WomensNgoOnBoardRule rule = new WomensNgoOnBoardRule();

  private static Dataset withoutNgo() {
    return base().addCoordinationBoard(board("Örnek İKHKK").addMembers(member(GOVERNORSHIP), member(BAR)).build())
        .build();
  }

  @Test
  void accepts_a_board_with_a_womens_ngo() {
    Dataset dataset = base().addCoordinationBoard(board("Örnek İKHKK")
        .addMembers(member(GOVERNORSHIP), member(WOMENS_NGO)).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void warns_about_a_board_without_one() {
    assertThat(run(rule, withoutNgo())).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-008",
        Severity.WARNING, "coordinationBoards[0].members", "Örnek İKHKK", "2", "2015-06-30"));
  }

  @Test
  void does_not_count_other_ngos_or_unknown_institutions() {
    Dataset dataset = base()
        .addInstitution(Institution.of(Id.of("spor-dernegi"), "Spor Derneği", InstitutionKind.NGO))
        .addCoordinationBoard(board("Örnek İKHKK")
            .addMembers(member(Id.of("spor-dernegi")), member(Id.of("kayitsiz-kurum"))).build()).build();
    assertThat(run(rule, dataset)).hasSize(1);
  }

  @Test
  void does_not_count_an_ngo_whose_seat_ended() {
    Dataset dataset = base().addCoordinationBoard(board("Örnek İKHKK").addMembers(member(GOVERNORSHIP),
        ImmutableMembership.copyOf(member(WOMENS_NGO)).withTerm(DateRange.ofYears(2012, 2013))).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertThat(f.getMessage().getTr())
        .contains("1 üyesi"));
    assertThat(run(rule, dataset, LocalDate.of(2013, 6, 1))).isEmpty();
  }

  @Test
  void skips_boards_without_members_and_boards_proposed_or_dissolved() {
    assertThat(run(rule, base().addCoordinationBoard(board("Boş Kurul").build()).build())).isEmpty();
    Dataset proposed = base().addCoordinationBoard(board("Önerilen Kurul").addMembers(member(GOVERNORSHIP))
        .addStatusHistory(StatusChange.of(LocalDate.of(2015, 1, 1), MechanismStatus.PROPOSED)).build()).build();
    assertThat(run(rule, proposed)).isEmpty();
    Dataset dissolved = base().addCoordinationBoard(board("Kaldırılan Kurul").addMembers(member(GOVERNORSHIP))
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 1, 1), MechanismStatus.ACTIVE),
            StatusChange.of(LocalDate.of(2015, 1, 1), MechanismStatus.DISSOLVED)).build()).build();
    assertThat(run(rule, dissolved)).isEmpty();
  }

  @Test
  void is_an_error_in_the_phase_2_profile_and_a_warning_under_current_law() {
    assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(withoutNgo(), AS_OF)
        .findingsOf("KDK-MECH-008")).singleElement().extracting(f -> f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(KdkValidator.of(Profiles.currentLaw()).validate(withoutNgo(), AS_OF)
        .findingsOf("KDK-MECH-008")).singleElement().extracting(f -> f.getSeverity()).isEqualTo(Severity.WARNING);
  }
}
