package org.kdk.core.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class MunicipalityTest {
  static final LocalDate REFORM = LocalDate.of(2014, 3, 30);

  static Municipality mardinCentre() {
    return Municipality.builder().id(Id.of("mardin-belediyesi")).name("Mardin Belediyesi")
        .type(MunicipalityType.PROVINCE_CENTRE).provinceCode("TR-47").district("Artuklu")
        .population(86_948).populationYear(Year.of(2012)).shelterCount(1)
        .addStrategicPlanPeriod(org.kdk.core.value.DateRange.ofYears(2010, 2014)).abolishedOn(REFORM)
        .successorId(Id.of("mardin-bb")).illustrative(true).build();
  }

  @Nested
  class Municipalities {
    @Test
    void round_trips_with_every_field() {
      String json = assertRoundTrip(mardinCentre(), Municipality.class);
      assertThat(json).contains("\"type\" : \"PROVINCE_CENTRE\"").contains("\"populationYear\" : \"2012\"")
          .contains("\"abolishedOn\" : \"2014-03-30\"").contains("\"shelterCount\" : 1");
    }

    @Test
    void exists_until_the_day_before_it_is_abolished() {
      assertThat(mardinCentre().existsOn(REFORM.minusDays(1))).isTrue();
      assertThat(mardinCentre().existsOn(REFORM)).isFalse();
    }

    @Test
    void rejects_a_negative_population() {
      assertThatThrownBy(() -> Municipality.builder().id(Id.of("x")).name("X").type(MunicipalityType.TOWN)
              .provinceCode("TR-47").population(-1).build())
          .isInstanceOf(InvariantViolationException.class).hasMessageContaining("Municipality.population")
          .hasMessageContaining("-1");
    }

    @Test
    void rejects_an_end_before_the_beginning_and_a_successor_without_an_end() {
      assertThatThrownBy(() -> Municipality.builder().id(Id.of("x")).name("X").type(MunicipalityType.TOWN)
              .provinceCode("TR-47").establishedOn(REFORM).abolishedOn(REFORM).build())
          .isInstanceOf(InvariantViolationException.class).hasMessageContaining("abolishedOn");
      assertThatThrownBy(() -> Municipality.builder().id(Id.of("x")).name("X").type(MunicipalityType.TOWN)
              .provinceCode("TR-47").successorId(Id.of("y")).build())
          .isInstanceOf(InvariantViolationException.class).hasMessageContaining("successorId");
    }

    @Test
    void flags_an_unknown_province_code_and_a_blank_name() {
      Municipality bad = Municipality.builder().id(Id.of("x")).name(" ").type(MunicipalityType.TOWN)
          .provinceCode("TR-99").build();
      assertThat(Constraints.violatedPaths(bad)).containsExactly("name", "provinceCode");
      assertThat(Constraints.violations(bad)).contains("provinceCode: must be the code of one of the 81 provinces,"
          + " TR-01 to TR-81");
    }

    @Test
    void reports_an_unknown_type_code_with_its_path_and_the_allowed_codes() {
      String json = "{\"id\":\"x\",\"name\":\"X\",\"type\":\"VILLAGE\",\"provinceCode\":\"TR-47\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Municipality.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("type");
            assertThat(e.getDetail()).contains("VILLAGE").contains("METROPOLITAN_DISTRICT");
          });
    }
  }

  @Nested
  class Institutions {
    @Test
    void round_trips_with_every_field() {
      Institution spa = Institution.builder().id(Id.of("mardin-ioi")).name("Mardin İl Özel İdaresi")
          .abbreviation("İÖİ").kind(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION).provinceCode("TR-47")
          .municipalityId(Id.of("mardin-belediyesi")).parentId(Id.of("icisleri"))
          .establishedOn(LocalDate.of(2005, 3, 4)).abolishedOn(REFORM).build();
      assertThat(assertRoundTrip(spa, Institution.class)).contains("\"kind\" : \"SPECIAL_PROVINCIAL_ADMINISTRATION\"");
      assertThat(spa.existsOn(REFORM)).isFalse();
    }

    @Test
    void rejects_being_its_own_parent() {
      assertThatThrownBy(() -> Institution.builder().id(Id.of("a")).name("A").kind(InstitutionKind.NGO)
              .parentId(Id.of("a")).build())
          .isInstanceOf(InvariantViolationException.class).hasMessageContaining("Institution.parentId");
    }

    @Test
    void flags_a_bad_optional_province_code() {
      Institution bad = Institution.builder().id(Id.of("a")).name("A").kind(InstitutionKind.NGO)
          .provinceCode("47").build();
      assertThat(Constraints.violatedPaths(bad)).containsExactly("provinceCode");
    }
  }

  @Nested
  class Neighbourhoods {
    @Test
    void round_trips_with_muhtar_and_council() {
      Neighbourhood n = Neighbourhood.builder().id(Id.of("artuklu-13-mart")).name("13 Mart Mahallesi")
          .municipalityId(Id.of("artuklu-belediyesi"))
          .muhtar(Person.ofOfficeHolder("Ayşe Yılmaz", Sex.WOMAN, "Muhtar"))
          .addCouncilMember(Person.of("Fatma Demir", Sex.WOMAN)).population(4_200).build();
      assertThat(assertRoundTrip(n, Neighbourhood.class)).contains("\"publicOffice\" : \"Muhtar\"");
    }

    @Test
    void flags_more_than_four_council_members() {
      Neighbourhood n = Neighbourhood.builder().id(Id.of("n")).name("N").municipalityId(Id.of("m"))
          .addCouncilMembers(Person.of("A", Sex.WOMAN), Person.of("B", Sex.MAN), Person.of("C", Sex.WOMAN),
              Person.of("D", Sex.MAN), Person.of("E", Sex.WOMAN))
          .build();
      assertThat(Constraints.violatedPaths(n)).containsExactly("councilMembers");
    }
  }

  @Nested
  class Participants {
    @Test
    void round_trips_a_participant_group() {
      ParticipantGroup g = ParticipantGroup.builder().kind(InstitutionKind.WOMENS_NGO)
          .count(org.kdk.core.people.HeadCount.of(12, 3)).addInstitutionId(Id.of("kamer")).build();
      assertThat(assertRoundTrip(g, ParticipantGroup.class)).contains("\"women\" : 12");
    }
  }
}
