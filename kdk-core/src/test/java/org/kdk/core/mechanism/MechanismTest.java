package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.people.HeadCount;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;

/** What the three mechanism types share through {@link Mechanism}. */
class MechanismTest {

  private static EqualityUnit unitWithHistory() {
    return EqualityUnit.builder()
        .id(Id.of("u"))
        .name("İl Özel İdaresi Eşitlik Birimi")
        .provinceCode("TR-47")
        .host(UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION)
        .hostInstitutionId(Id.of("ioi"))
        .addStatusHistory(
            StatusChange.of(LocalDate.of(2012, 7, 6), MechanismStatus.PROPOSED),
            StatusChange.of(LocalDate.of(2012, 10, 1), MechanismStatus.ESTABLISHED),
            StatusChange.of(LocalDate.of(2012, 11, 1), MechanismStatus.ACTIVE),
            StatusChange.builder().date(LocalDate.of(2014, 3, 30)).status(MechanismStatus.DISSOLVED)
                .reason("Büyükşehir olunca İl Özel İdaresi kaldırıldı").build())
        .addMeetings(
            Meeting.of(LocalDate.of(2013, 5, 2), HeadCount.of(6, 1)),
            Meeting.of(LocalDate.of(2012, 12, 3), HeadCount.of(5, 2)),
            Meeting.of(LocalDate.of(2013, 11, 20), HeadCount.of(7, 0)))
        .addMembers(
            Membership.builder().institutionId(Id.of("ioi")).role(MemberRole.CHAIR)
                .term(DateRange.of(LocalDate.of(2012, 10, 1), LocalDate.of(2013, 9, 30))).build(),
            Membership.ofInstitution(Id.of("valilik"), MemberRole.MEMBER))
        .illustrative(true)
        .build();
  }

  @Nested
  class StatusOverTime {
    @Test
    void gives_the_status_of_the_last_change_on_or_before_the_day() {
      Mechanism unit = unitWithHistory();
      assertThat(unit.statusOn(LocalDate.of(2012, 7, 5))).isEmpty();
      assertThat(unit.statusOn(LocalDate.of(2012, 7, 6))).contains(MechanismStatus.PROPOSED);
      assertThat(unit.statusOn(LocalDate.of(2013, 1, 1))).contains(MechanismStatus.ACTIVE);
      assertThat(unit.statusOn(LocalDate.of(2014, 3, 30))).contains(MechanismStatus.DISSOLVED);
      assertThat(unit.latestStatus()).contains(MechanismStatus.DISSOLVED);
    }

    @Test
    void has_no_status_without_history() {
      Mechanism board = CoordinationBoard.builder().id(Id.of("b")).name("Kurul").provinceCode("TR-47")
          .hostInstitutionId(Id.of("valilik")).build();
      assertThat(board.statusOn(LocalDate.of(2014, 1, 1))).isEmpty();
      assertThat(board.latestStatus()).isEmpty();
    }
  }

  @Nested
  class MeetingsOverTime {
    @Test
    void finds_the_last_meeting_on_or_before_a_day_whatever_the_list_order() {
      Mechanism unit = unitWithHistory();
      assertThat(unit.lastMeetingOn(LocalDate.of(2013, 6, 1))).map(Meeting::getDate)
          .contains(LocalDate.of(2013, 5, 2));
      assertThat(unit.lastMeetingOn(LocalDate.of(2012, 12, 2))).isEmpty();
    }

    @Test
    void lists_the_meetings_of_a_period_in_date_order() {
      List<Meeting> meetings = unitWithHistory().meetingsBetween(DateRange.ofYears(2012, 2013));
      assertThat(meetings).extracting(Meeting::getDate).containsExactly(
          LocalDate.of(2012, 12, 3), LocalDate.of(2013, 5, 2), LocalDate.of(2013, 11, 20));
      assertThat(unitWithHistory().meetingsBetween(DateRange.ofYears(2014, 2014))).isEmpty();
    }
  }

  @Nested
  class MembersOverTime {
    @Test
    void lists_the_members_sitting_on_a_day() {
      Mechanism unit = unitWithHistory();
      assertThat(unit.membersOn(LocalDate.of(2013, 1, 1))).hasSize(2);
      assertThat(unit.membersOn(LocalDate.of(2014, 1, 1))).extracting(m -> m.getInstitutionId().orElseThrow())
          .containsExactly(Id.of("valilik"));
    }
  }

  @Nested
  class SharedConstraints {
    @Test
    void apply_to_all_three_kinds() {
      List<Mechanism> mechanisms = List.of(
          ImmutableCoordinationBoard.copyOf(Fixtures.board()).withName("").withProvinceCode("TR-00"),
          ImmutableEqualityUnit.copyOf(Fixtures.unit()).withName("").withProvinceCode("TR-00"),
          ImmutableEqualityCommission.copyOf(Fixtures.commission()).withName("").withProvinceCode("TR-00"));
      for (Mechanism mechanism : mechanisms) {
        assertThat(Constraints.violatedPaths(mechanism)).as(mechanism.getClass().getSimpleName())
            .containsExactly("name", "provinceCode");
      }
    }
  }
}
