package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class EqualityCommissionTest {

  private static ImmutableEqualityCommission.Builder minimal() {
    return EqualityCommission.builder()
        .id(Id.of("k"))
        .name("Kadın-Erkek Eşitlik Komisyonu")
        .provinceCode("TR-55")
        .council(CouncilKind.MUNICIPAL_COUNCIL)
        .councilInstitutionId(Id.of("meclis"));
  }

  private static final String MINIMAL_JSON_START = "{\"id\":\"k\",\"name\":\"Komisyon\",\"provinceCode\":\"TR-55\","
      + "\"council\":\"MUNICIPAL_COUNCIL\",\"councilInstitutionId\":\"meclis\"";

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_commission() {
      String json = assertRoundTrip(Fixtures.commission(), EqualityCommission.class);
      assertThat(json)
          .contains("\"council\" : \"MUNICIPAL_COUNCIL\",\n  \"councilInstitutionId\" : \"ornek-belediye-meclisi\"")
          .contains("\"term\" : {\n    \"start\" : \"2013-01-01\",\n    \"end\" : \"2013-12-31\"\n  }")
          .contains("{\n    \"name\" : \"Bağımsız\",\n    \"councilSeats\" : 2,\n    \"commissionSeats\" : 1\n  }")
          .contains("\"role\" : \"ADVISOR\",\n    \"voting\" : false");
    }

    @Test
    void round_trips_a_party_group() {
      assertThat(assertRoundTrip(Fixtures.partyGroup(), PartyGroup.class))
          .isEqualTo("{\n  \"name\" : \"A Partisi\",\n  \"councilSeats\" : 20,\n  \"commissionSeats\" : 3\n}\n");
    }

    @Test
    void reads_a_commission_without_a_term() {
      EqualityCommission commission = KdkJson.strict().read(MINIMAL_JSON_START + "}", EqualityCommission.class);
      assertThat(commission.getTerm()).isEmpty();
    }

    @Test
    void reports_the_path_of_a_party_group_with_more_commission_than_council_seats() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"partyGroups\":[{\"name\":\"A\",\"councilSeats\":20,\"commissionSeats\":2},"
          + "{\"name\":\"B\",\"councilSeats\":1,\"commissionSeats\":2}]}", EqualityCommission.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("partyGroups[1].commissionSeats");
          });
    }

    @Test
    void reports_the_path_of_a_term_ending_before_it_starts() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"term\":{\"start\":\"2014-01-01\",\"end\":\"2013-01-01\"}}", EqualityCommission.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("term.end");
          });
    }

    @Test
    void reports_a_seat_count_written_as_text() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"partyGroups\":[{\"name\":\"A\",\"councilSeats\":\"20\",\"commissionSeats\":2}]}",
          EqualityCommission.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("partyGroups[0].councilSeats"));
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_more_commission_seats_than_council_seats() {
      assertThatThrownBy(() -> PartyGroup.of("A Partisi", 2, 3))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("PartyGroup.commissionSeats: commissionSeats (3) must not be above councilSeats (2)"
              + " (value: 3)");
    }

    @Test
    void rejects_negative_seats() {
      assertThatThrownBy(() -> PartyGroup.of("A Partisi", -1, 0))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("PartyGroup.councilSeats")
          .hasMessageContaining("(value: -1)");
      assertThatThrownBy(() -> PartyGroup.of("A Partisi", 3, -1))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("PartyGroup.commissionSeats")
          .hasMessageContaining("(value: -1)");
    }

    @Test
    void rejects_a_party_group_listed_twice() {
      assertThatThrownBy(() -> minimal().addPartyGroups(PartyGroup.of("A", 10, 2), PartyGroup.of("A", 10, 1))
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("EqualityCommission.partyGroups[1].name")
          .hasMessageContaining("(value: A)");
    }

    @Test
    void rejects_a_member_of_a_party_group_not_listed() {
      assertThatThrownBy(() -> minimal().addPartyGroups(PartyGroup.of("A", 10, 2))
          .addMembers(Membership.builder().institutionId(Id.of("meclis")).role(MemberRole.MEMBER).partyGroup("B")
              .build())
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("EqualityCommission.members[0].partyGroup: the party group B is not one of the commission's"
              + " party groups [A] (value: B)");
    }

    @Test
    void accepts_members_party_groups_when_no_party_groups_are_listed() {
      assertThat(minimal().addMembers(Membership.builder().institutionId(Id.of("meclis")).role(MemberRole.MEMBER)
          .partyGroup("B").build()).build().getMembers()).hasSize(1);
    }

    @Test
    void rejects_a_municipality_for_a_provincial_council_commission() {
      assertThatThrownBy(() -> EqualityCommission.builder().id(Id.of("k")).name("İGM Komisyonu")
          .provinceCode("TR-02").council(CouncilKind.PROVINCIAL_COUNCIL).councilInstitutionId(Id.of("igm"))
          .municipalityId(Id.of("belediye")).build())
          .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("EqualityCommission.municipalityId: a provincial council's"
                + " commission belongs to no municipality (value: belediye)");
            assertThat(e.getMessage(Locale.forLanguageTag("tr"))).contains("il genel meclisinin komisyonu");
          });
    }

    @Test
    void rejects_a_status_change_out_of_order() {
      assertThatThrownBy(() -> minimal().addStatusHistory(
              StatusChange.of(java.time.LocalDate.of(2014, 1, 1), MechanismStatus.ACTIVE),
              StatusChange.of(java.time.LocalDate.of(2013, 1, 1), MechanismStatus.ESTABLISHED)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("EqualityCommission.statusHistory[1].date");
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_fully_populated_commission_has_no_violations() {
      assertThat(Constraints.violations(Fixtures.commission())).isEmpty();
    }

    @Test
    void cascades_into_party_groups_and_meetings() {
      EqualityCommission commission = minimal()
          .addPartyGroups(PartyGroup.of(" ", 3, 1))
          .addMeetings(Meeting.builder().date(java.time.LocalDate.of(2013, 1, 1))
              .attendance(org.kdk.core.people.HeadCount.of(3, 2)).agenda("").build())
          .build();
      assertThat(Constraints.violatedPaths(commission))
          .containsExactly("meetings[0].agenda", "partyGroups[0].name");
    }
  }

  @Nested
  class Helpers {
    @Test
    void adds_up_the_commission_seats_of_all_groups() {
      assertThat(Fixtures.commission().commissionSeats()).isEqualTo(4);
    }
  }
}
