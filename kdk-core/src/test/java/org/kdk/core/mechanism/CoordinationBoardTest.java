package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.HeadCount;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class CoordinationBoardTest {

  private static ImmutableCoordinationBoard.Builder minimal() {
    return CoordinationBoard.builder()
        .id(Id.of("b"))
        .name("Kurul")
        .provinceCode("TR-47")
        .hostInstitutionId(Id.of("valilik"));
  }

  private static final String MINIMAL_JSON_START =
      "{\"id\":\"b\",\"name\":\"Kurul\",\"provinceCode\":\"TR-47\",\"hostInstitutionId\":\"valilik\"";

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_board() {
      String json = assertRoundTrip(Fixtures.board(), CoordinationBoard.class);
      assertThat(json)
          .startsWith("{\n  \"id\" : \"ornek-ikhkk\",\n  \"name\" : ")
          .contains("\"provinceCode\" : \"TR-50\",\n  \"hostInstitutionId\" : \"ornek-valilik\"")
          .contains("\"tiers\" : [ \"MAIN\", \"UPPER\" ]")
          .contains("\"topic\" : \"Erken yaşta evlilikler\"")
          .contains("\"theme\" : \"VIOLENCE_AGAINST_WOMEN\"")
          .contains("\"illustrative\" : true");
    }

    @Test
    void round_trips_a_fully_populated_sub_commission() {
      String json = assertRoundTrip(Fixtures.subCommission(), SubCommission.class);
      assertThat(json).contains("\"approvingDecisionId\" : \"ornek-karar-3\"");
    }

    @Test
    void leaves_out_empty_lists_and_absent_values() {
      String json = KdkJson.strict().write(minimal().build());
      assertThat(json).doesNotContain("tiers", "members", "meetings", "statusHistory", "secretariatUnitId")
          .contains("\"illustrative\" : false");
    }

    @Test
    void reads_the_interface_attributes_of_a_board() {
      CoordinationBoard board = KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"establishedOn\":\"2012-09-01\",\"statusHistory\":[{\"date\":\"2012-09-01\",\"status\":\"ACTIVE\"}]}",
          CoordinationBoard.class);
      Mechanism mechanism = board;
      assertThat(mechanism.getEstablishedOn()).contains(LocalDate.of(2012, 9, 1));
      assertThat(mechanism.statusOn(LocalDate.of(2013, 1, 1))).contains(MechanismStatus.ACTIVE);
    }

    @Test
    void reports_the_path_of_a_status_change_out_of_order() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START + ",\"statusHistory\":["
          + "{\"date\":\"2014-01-01\",\"status\":\"ACTIVE\"},{\"date\":\"2013-01-01\",\"status\":\"DORMANT\"}]}",
          CoordinationBoard.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("statusHistory[1].date");
          });
    }

    @Test
    void reports_the_path_of_an_unknown_tier() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START + ",\"tiers\":[\"MAIN\",\"TOP\"]}",
          CoordinationBoard.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("tiers[1]");
            assertThat(e.getDetail()).contains("MAIN, UPPER");
          });
    }

    @Test
    void reports_the_path_of_a_broken_membership_in_a_sub_commission() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START + ",\"subCommissions\":[{\"id\":\"s\","
          + "\"name\":\"Alt\",\"topic\":\"Erken yaşta evlilikler\",\"members\":[{\"role\":\"MEMBER\"}]}]}",
          CoordinationBoard.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("subCommissions[0].members[0].person");
          });
    }

    @Test
    void reports_a_missing_host() {
      assertThatThrownBy(() -> KdkJson.strict().read(
          "{\"id\":\"b\",\"name\":\"Kurul\",\"provinceCode\":\"TR-47\"}", CoordinationBoard.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("hostInstitutionId");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_status_changes_out_of_date_order() {
      assertThatThrownBy(() -> minimal()
          .addStatusHistory(StatusChange.of(LocalDate.of(2014, 1, 1), MechanismStatus.ACTIVE),
              StatusChange.of(LocalDate.of(2013, 1, 1), MechanismStatus.DORMANT))
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("CoordinationBoard.statusHistory[1].date: status changes must be in date order: 2013-01-01"
              + " comes after 2014-01-01 (value: 2013-01-01)");
    }

    @Test
    void accepts_several_changes_on_one_day_the_last_one_counting() {
      CoordinationBoard board = minimal()
          .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ESTABLISHED),
              StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ACTIVE))
          .build();
      assertThat(board.statusOn(LocalDate.of(2012, 9, 1))).contains(MechanismStatus.ACTIVE);
    }

    @Test
    void rejects_any_change_after_dissolution() {
      assertThatThrownBy(() -> minimal()
          .addStatusHistory(StatusChange.of(LocalDate.of(2014, 3, 30), MechanismStatus.DISSOLVED),
              StatusChange.of(LocalDate.of(2015, 1, 1), MechanismStatus.ACTIVE))
          .build())
          .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
            assertThat(e.getField()).isEqualTo("statusHistory[1].status");
            assertThat(e.getMessage()).contains("dissolved on 2014-03-30, then ACTIVE on 2015-01-01")
                .contains("(value: ACTIVE)");
            assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("kaldırılmadan sonra");
          });
    }

    @Test
    void rejects_two_sub_commissions_with_one_id() {
      assertThatThrownBy(() -> minimal()
          .addSubCommissions(Fixtures.subCommission(), Fixtures.subCommission())
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("CoordinationBoard.subCommissions[1].id")
          .hasMessageContaining("ornek-alt-komisyon-erken-evlilik appears at [0] and [1]");
    }

    @Test
    void rejects_two_meetings_with_one_id() {
      assertThatThrownBy(() -> minimal().addTiers(BoardTier.MAIN)
          .addMeetings(Fixtures.meeting(), Fixtures.meeting())
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("CoordinationBoard.meetings[1].id")
          .hasMessageContaining("ornek-kurul-toplanti-1");
    }

    @Test
    void accepts_meetings_without_ids() {
      Meeting meeting = Meeting.of(LocalDate.of(2013, 1, 1), HeadCount.of(5, 5));
      assertThat(minimal().addMeetings(meeting, meeting).build().getMeetings()).hasSize(2);
    }

    @Test
    void rejects_a_member_in_a_tier_the_board_does_not_have() {
      assertThatThrownBy(() -> minimal().addTiers(BoardTier.MAIN)
          .addMembers(Membership.builder().institutionId(Id.of("valilik")).role(MemberRole.CHAIR)
              .tier(BoardTier.UPPER).build())
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("CoordinationBoard.members[0].tier: the tier UPPER is not one of the board's tiers [MAIN]"
              + " (value: UPPER)");
    }

    @Test
    void rejects_a_meeting_of_a_tier_the_board_does_not_have_also_on_copy() {
      CoordinationBoard board = Fixtures.board();
      assertThatThrownBy(() -> ((ImmutableCoordinationBoard) board).withTiers(BoardTier.UPPER))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("CoordinationBoard.meetings[0].tier")
          .hasMessageContaining("MAIN");
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_fully_populated_board_has_no_violations() {
      assertThat(Constraints.violations(Fixtures.board())).isEmpty();
    }

    @Test
    void reports_blank_name_and_unknown_province_declared_on_the_interface() {
      CoordinationBoard board = CoordinationBoard.builder().id(Id.of("b")).name(" ").provinceCode("TR-99")
          .hostInstitutionId(Id.of("valilik")).build();
      assertThat(Constraints.violatedPaths(board))
          .containsExactly("name", "provinceCode");
    }

    @Test
    void cascades_into_sub_commissions_members_and_meetings() {
      CoordinationBoard board = minimal()
          .addSubCommissions(SubCommission.builder().id(Id.of("s")).name("Alt").topic("").build())
          .addMembers(Membership.builder().institutionId(Id.of("v")).role(MemberRole.MEMBER).partyGroup(" ")
              .build())
          .addStatusHistory(StatusChange.builder().date(LocalDate.of(2012, 1, 1)).status(MechanismStatus.ACTIVE)
              .reason("").build())
          .build();
      assertThat(Constraints.violatedPaths(board))
          .containsExactly("members[0].partyGroup", "statusHistory[0].reason", "subCommissions[0].topic");
    }
  }

  @Nested
  class Helpers {
    @Test
    void tells_whether_it_has_an_upper_tier() {
      assertThat(Fixtures.board().hasUpperTier()).isTrue();
      assertThat(minimal().addTiers(BoardTier.MAIN).build().hasUpperTier()).isFalse();
    }

    @Test
    void finds_a_sub_commission_by_id() {
      assertThat(Fixtures.board().subCommission(Id.of("ornek-alt-komisyon-erken-evlilik")))
          .map(SubCommission::getTopic).contains("Erken yaşta evlilikler");
      assertThat(Fixtures.board().subCommission(Id.of("yok"))).isEmpty();
    }

    @Test
    void counts_the_outsiders_of_a_sub_commission() {
      assertThat(Fixtures.subCommission().externalMemberCount()).isEqualTo(1);
    }
  }
}
