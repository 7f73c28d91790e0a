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
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class MembershipTest {

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_membership() {
      String json = assertRoundTrip(Fixtures.membership(), Membership.class);
      assertThat(json).contains("\"role\" : \"CHAIR\",\n  \"voting\" : true,\n  \"term\" : {")
          .contains("\"partyGroup\" : \"Bağımsız\",\n  \"tier\" : \"UPPER\",\n  \"external\" : true");
    }

    @Test
    void reads_an_advisor_as_non_voting_when_voting_is_not_written() {
      Membership advisor = KdkJson.strict().read("{\"institutionId\":\"universite\",\"role\":\"ADVISOR\"}",
          Membership.class);
      assertThat(advisor.isVoting()).isFalse();
      Membership member = KdkJson.strict().read("{\"institutionId\":\"baro\",\"role\":\"MEMBER\"}",
          Membership.class);
      assertThat(member.isVoting()).isTrue();
      assertThat(member.isExternal()).isFalse();
    }

    @Test
    void reports_a_membership_of_nobody_at_its_path() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"role\":\"MEMBER\",\"partyGroup\":\"A\"}",
          Membership.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("person");
          });
    }

    @Test
    void reports_an_unknown_role() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"institutionId\":\"baro\",\"role\":\"PRESIDENT\"}",
          Membership.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("role");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_a_membership_without_person_or_institution() {
      assertThatThrownBy(() -> Membership.builder().role(MemberRole.MEMBER).build())
          .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(
                "Membership.person: a membership needs a person, an institution or both (value: none)");
            assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("bir kişi, bir kurum ya da ikisi");
          });
    }

    @Test
    void rejects_a_voting_advisor() {
      assertThatThrownBy(() -> Membership.builder().institutionId(Id.of("muhtarlik")).role(MemberRole.ADVISOR)
          .voting(true).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Membership.voting: an advisor may speak but not vote (value: true)");
    }

    @Test
    void rejects_a_term_ending_before_it_starts() {
      assertThatThrownBy(() -> DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2013, 1, 1)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("DateRange.end");
    }

    @Test
    void accepts_a_non_voting_member_who_is_not_an_advisor() {
      assertThat(Membership.builder().institutionId(Id.of("valilik")).role(MemberRole.SECRETARIAT).voting(false)
          .build().isVoting()).isFalse();
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_fully_populated_membership_has_no_violations() {
      assertThat(Constraints.violations(Fixtures.membership())).isEmpty();
    }

    @Test
    void reports_a_blank_person_name_and_party_group() {
      Membership membership = Membership.builder().person(Person.of("", Sex.WOMAN)).role(MemberRole.MEMBER)
          .partyGroup("").build();
      assertThat(Constraints.violatedPaths(membership)).containsExactly("partyGroup", "person.name");
    }
  }

  @Nested
  class Terms {
    @Test
    void holds_a_seat_within_its_term_or_always_without_one() {
      Membership withTerm = Fixtures.membership();
      assertThat(withTerm.heldOn(LocalDate.of(2013, 6, 1))).isTrue();
      assertThat(withTerm.heldOn(LocalDate.of(2015, 1, 1))).isFalse();
      assertThat(Membership.ofInstitution(Id.of("baro"), MemberRole.MEMBER).heldOn(LocalDate.of(2030, 1, 1)))
          .isTrue();
    }
  }
}
