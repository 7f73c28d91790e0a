package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.InvalidDocumentException.Problem;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.HeadCount;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class EqualityUnitTest {

  private static ImmutableEqualityUnit.Builder minimal() {
    return EqualityUnit.builder()
        .id(Id.of("u"))
        .name("Eşitlik Birimi")
        .provinceCode("TR-16")
        .host(UnitHost.MUNICIPALITY)
        .hostInstitutionId(Id.of("belediye"));
  }

  private static final String MINIMAL_JSON_START = "{\"id\":\"u\",\"name\":\"Eşitlik Birimi\",\"provinceCode\":"
      + "\"TR-16\",\"host\":\"MUNICIPALITY\",\"hostInstitutionId\":\"belediye\"";

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_unit() {
      String json = assertRoundTrip(Fixtures.unit(), EqualityUnit.class);
      assertThat(json)
          .contains("\"host\" : \"MUNICIPALITY\",\n  \"hostInstitutionId\" : \"ornek-belediye\"")
          .contains("\"representatives\" : {\n    \"women\" : 100,\n    \"men\" : 52,");
    }

    @Test
    void round_trips_a_fully_populated_focal_person() {
      assertThat(assertRoundTrip(Fixtures.focalPerson(), FocalPerson.class))
          .contains("\"department\" : \"Halk Sağlığı Hizmetleri\"");
      assertThat(assertRoundTrip(FocalPerson.of(Id.of("baro")), FocalPerson.class))
          .isEqualTo("{\n  \"institutionId\" : \"baro\"\n}\n");
    }

    @Test
    void reports_the_path_of_an_unknown_host() {
      assertThatThrownBy(() -> KdkJson.strict().read(
          "{\"id\":\"u\",\"name\":\"B\",\"provinceCode\":\"TR-16\",\"host\":\"DISTRICT\",\"hostInstitutionId\":\"b\"}",
          EqualityUnit.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("host");
          });
    }

    @Test
    void reports_the_path_of_a_negative_representative_count() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"representatives\":{\"women\":-1,\"men\":52}}", EqualityUnit.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("representatives.women");
          });
    }

    @Test
    void reports_the_path_of_a_missing_focal_institution() {
      assertThatThrownBy(() -> KdkJson.strict().read(MINIMAL_JSON_START
          + ",\"focalPersons\":[{\"department\":\"Fen İşleri\"}]}", EqualityUnit.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("focalPersons[0].institutionId");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_status_changes_out_of_date_order() {
      assertThatThrownBy(() -> minimal()
          .addStatusHistory(StatusChange.of(LocalDate.of(2013, 1, 1), MechanismStatus.ACTIVE),
              StatusChange.of(LocalDate.of(2012, 5, 1), MechanismStatus.ESTABLISHED))
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("EqualityUnit.statusHistory[1].date")
          .hasMessageContaining("2012-05-01");
    }

    @Test
    void rejects_a_change_after_dissolution() {
      assertThatThrownBy(() -> minimal()
          .addStatusHistory(StatusChange.of(LocalDate.of(2014, 3, 30), MechanismStatus.DISSOLVED),
              StatusChange.of(LocalDate.of(2014, 3, 30), MechanismStatus.DISSOLVED))
          .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("EqualityUnit.statusHistory[1].status")
          .hasMessageContaining("DISSOLVED");
    }

    @Test
    void rejects_two_meetings_with_one_id() {
      Meeting meeting = Meeting.builder().id(Id.of("t1")).date(LocalDate.of(2013, 1, 1))
          .attendance(HeadCount.of(3, 1)).build();
      assertThatThrownBy(() -> minimal().addMeetings(meeting, meeting).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("EqualityUnit.meetings[1].id")
          .hasMessageContaining("t1");
    }

    @Test
    void rejects_a_negative_representative_count() {
      assertThatThrownBy(() -> HeadCount.of(-1, 52))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("HeadCount.women");
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_fully_populated_unit_has_no_violations() {
      assertThat(Constraints.violations(Fixtures.unit())).isEmpty();
    }

    @Test
    void cascades_into_focal_persons_and_members() {
      EqualityUnit unit = minimal()
          .addFocalPersons(FocalPerson.builder().institutionId(Id.of("baro")).department("")
              .person(Person.of(" ", Sex.MAN)).build())
          .addMembers(Membership.ofPerson(Person.of("", Sex.WOMAN), MemberRole.MEMBER))
          .build();
      assertThat(Constraints.violatedPaths(unit)).containsExactly(
          "focalPersons[0].department", "focalPersons[0].person.name", "members[0].person.name");
    }

    @Test
    void reports_a_province_code_in_the_wrong_form() {
      EqualityUnit unit = EqualityUnit.builder().id(Id.of("u")).name("Birim").provinceCode("tr-16")
          .host(UnitHost.GOVERNORSHIP).hostInstitutionId(Id.of("valilik")).build();
      assertThat(Constraints.violatedPaths(unit)).containsExactly("provinceCode");
    }
  }

  @Nested
  class Bursa {
    @Test
    void expresses_152_representatives_counted_across_departments_not_listed() {
      // Only the founding year (2012) is known, and establishedOn takes a day: it is left out rather than invented.
      EqualityUnit unit = minimal()
          .representatives(HeadCount.of(0, 0, 152))
          .build();
      assertThat(unit.getRepresentatives()).map(HeadCount::total).contains(152L);
      assertThat(unit.getFocalPersons()).isEmpty();
    }
  }
}
