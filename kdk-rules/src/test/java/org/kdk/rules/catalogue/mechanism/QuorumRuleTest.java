package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.board;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.meeting;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.members;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.ImmutableMeeting;
import org.kdk.core.mechanism.ImmutableMembership;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Severity;

class QuorumRuleTest {
  private static final LocalDate DAY = LocalDate.of(2014, 5, 12);
  private final QuorumRule rule = new QuorumRule();

  private static Dataset commissionMeeting(int members, Meeting meeting) {
    return Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .addAllMembers(councillors(COUNCIL, members)).addMeetings(meeting).build()).build();
  }

  @Test
  void accepts_an_absolute_majority() {
    assertThat(run(rule, commissionMeeting(5, meeting(DAY, 3, "karar-1")))).isEmpty();
    assertThat(run(rule, commissionMeeting(4, meeting(DAY, 3, "karar-1")))).isEmpty();
  }

  @Test
  void rejects_fewer_than_an_absolute_majority() {
    assertThat(run(rule, commissionMeeting(5, meeting(DAY, 2, "karar-1", "karar-2")))).singleElement()
        .satisfies(f -> assertFinding(f, "KDK-MECH-006", Severity.ERROR,
            "equalityCommissions[0].meetings[0].attendance", "Örnek Eşitlik Komisyonu", "2014-05-12", "2", "5",
            "3"));
  }

  @Test
  void rejects_exactly_half() {
    assertThat(run(rule, commissionMeeting(4, meeting(DAY, 2, "karar-1")))).singleElement()
        .satisfies(f -> assertFinding(f, "KDK-MECH-006", Severity.ERROR,
            "equalityCommissions[0].meetings[0].attendance", "2", "4", "3"));
  }

  @Test
  void ignores_meetings_without_decisions_and_bodies_without_members() {
    assertThat(run(rule, commissionMeeting(5, meeting(DAY, 1)))).isEmpty();
    assertThat(run(rule, commissionMeeting(0, meeting(DAY, 1, "karar-1")))).isEmpty();
  }

  @Test
  void counts_only_members_seated_on_the_meeting_day() {
    Membership former = ImmutableMembership.copyOf(MechanismFixtures.councillor(COUNCIL, 9))
        .withTerm(DateRange.ofYears(2012, 2013));
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K")
        .addAllMembers(councillors(COUNCIL, 4)).addMembers(former, former)
        .addMeetings(meeting(DAY, 3, "karar-1")).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void counts_the_members_of_the_board_tier_that_met() {
    Membership upper = Membership.builder().institutionId(MechanismFixtures.GOVERNORSHIP)
        .role(MemberRole.CHAIR).tier(BoardTier.UPPER).build();
    Dataset dataset = Dataset.builder().addCoordinationBoard(board("Örnek İKHKK")
        .addTiers(BoardTier.MAIN, BoardTier.UPPER)
        .addAllMembers(members("kurum", 20, false))
        .addMembers(upper, ImmutableMembership.copyOf(upper).withInstitutionId(MechanismFixtures.BAR),
            ImmutableMembership.copyOf(upper).withInstitutionId(MechanismFixtures.WOMENS_NGO))
        .addMeetings(ImmutableMeeting.copyOf(meeting(DAY, 2, "ust-karar")).withTier(BoardTier.UPPER),
            ImmutableMeeting.copyOf(meeting(DAY, 1, "ust-karar-2")).withTier(BoardTier.UPPER),
            meeting(DAY, 11, "kurul-karari"), meeting(DAY, 10, "kurul-karari-2"))
        .build()).build();
    assertThat(run(rule, dataset)).extracting(f -> f.getPath())
        .containsExactly("coordinationBoards[0].meetings[1].attendance",
            "coordinationBoards[0].meetings[3].attendance");
    assertFinding(run(rule, dataset).get(0), "KDK-MECH-006", Severity.ERROR,
        "coordinationBoards[0].meetings[1].attendance", "Örnek İKHKK", "1", "3", "2");
  }
}
