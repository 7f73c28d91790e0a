package org.kdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.HeadCount;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class NeighbourhoodAndLegislationTest {

  static NeighbourhoodWomensOrganisation fullOrganisation() {
    return NeighbourhoodWomensOrganisation.builder()
        .id(Id.of("13-mart-kadinlari"))
        .name("13 Mart Mahallesi Kadın Grubu")
        .neighbourhoodId(Id.of("artuklu-13-mart"))
        .municipalityId(Id.of("artuklu-belediye"))
        .foundedOn(LocalDate.of(2013, 5, 2))
        .members(HeadCount.of(25, 0))
        .illustrative(true)
        .build();
  }

  static ImmutableLegislativeProposal.Builder proposal() {
    return LegislativeProposal.builder()
        .id(Id.of("esitlik-birimi-yonetmeligi"))
        .title("Eşitlik birimlerine ilişkin yönetmelik önerisi")
        .summary("Eşitlik birimlerinin kalıcı bir dayanağa kavuşturulması.")
        .authority(Authority.MINISTRY_OF_INTERIOR);
  }

  static LegislativeProposal fullProposal() {
    return proposal()
        .authorityInstitutionId(Id.of("icisleri"))
        .submittedOn(LocalDate.of(2014, 11, 3))
        .status(ProposalStatus.UNDER_CONSIDERATION)
        .provinceCode("TR-02")
        .illustrative(true)
        .build();
  }

  @Nested
  class NeighbourhoodOrganisations {
    @Test
    void round_trips_a_fully_populated_organisation() {
      String json = assertRoundTrip(fullOrganisation(), NeighbourhoodWomensOrganisation.class);
      assertThat(json)
          .contains("\"neighbourhoodId\" : \"artuklu-13-mart\"")
          .contains("\"foundedOn\" : \"2013-05-02\"")
          .contains("\"women\" : 25");
    }

    @Test
    void flags_a_blank_name() {
      NeighbourhoodWomensOrganisation bad =
          ImmutableNeighbourhoodWomensOrganisation.copyOf(fullOrganisation()).withName("");
      assertThat(Constraints.violatedPaths(bad)).containsExactly("name");
      assertThat(Constraints.violations(fullOrganisation())).isEmpty();
    }

    @Test
    void reports_a_negative_member_count_in_json_with_its_path() {
      String json = "{\"id\":\"o\",\"name\":\"N\",\"neighbourhoodId\":\"m\",\"members\":{\"women\":5,\"men\":-1}}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, NeighbourhoodWomensOrganisation.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("members.men");
          });
    }

    @Test
    void reports_a_bad_id_in_json_with_its_path() {
      String json = "{\"id\":\"o\",\"name\":\"N\",\"neighbourhoodId\":\"13 Mart\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, NeighbourhoodWomensOrganisation.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).startsWith("neighbourhoodId"));
    }
  }

  @Nested
  class LegislativeProposals {
    @Test
    void round_trips_a_fully_populated_proposal() {
      String json = assertRoundTrip(fullProposal(), LegislativeProposal.class);
      assertThat(json)
          .contains("\"authority\" : \"MINISTRY_OF_INTERIOR\"")
          .contains("\"submittedOn\" : \"2014-11-03\"")
          .contains("\"status\" : \"UNDER_CONSIDERATION\"");
    }

    @Test
    void accepts_a_draft_without_a_submission_date() {
      assertThat(proposal().status(ProposalStatus.DRAFTED).build().getSubmittedOn()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = "DRAFTED", mode = EnumSource.Mode.EXCLUDE)
    void requires_a_submission_date_past_drafted(ProposalStatus status) {
      assertThatThrownBy(() -> proposal().status(status).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("LegislativeProposal.submittedOn")
          .hasMessageContaining("status " + status.name());
    }

    @Test
    void rejects_a_draft_with_a_submission_date() {
      assertThatThrownBy(() -> proposal().status(ProposalStatus.DRAFTED).submittedOn(LocalDate.of(2014, 1, 2)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("LegislativeProposal.submittedOn")
          .hasMessageContaining("2014-01-02");
    }

    @Test
    void explains_the_missing_date_in_turkish() {
      InvariantViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          InvariantViolationException.class, () -> proposal().status(ProposalStatus.ADOPTED).build());
      assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("gönderim tarihi");
    }

    @Test
    void flags_a_blank_summary_and_a_bad_province() {
      LegislativeProposal bad = ImmutableLegislativeProposal.copyOf(fullProposal()).withSummary(" ")
          .withProvinceCode("TR-82");
      assertThat(Constraints.violatedPaths(bad)).containsExactly("provinceCode", "summary");
      assertThat(Constraints.violations(fullProposal())).isEmpty();
    }

    @Test
    void reports_a_submitted_proposal_without_date_in_json_with_its_path() {
      String json = "{\"id\":\"p\",\"title\":\"T\",\"summary\":\"S\",\"authority\":\"PRESIDENCY\","
          + "\"status\":\"SUBMITTED\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, LegislativeProposal.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("submittedOn");
          });
    }
  }
}
