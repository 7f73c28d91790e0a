package org.kdk.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Provinces;
import org.kdk.core.json.KdkJson;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.VotingMethod;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.testing.Constraints;
import org.kdk.core.testing.Golden;
import org.kdk.core.value.Id;

class DatasetJsonTest {
  static final String GOLDEN = "src/test/resources/org/kdk/core/golden/mardin-core.json";

  @Nested
  class GoldenFile {
    @Test
    void the_mardin_dataset_writes_exactly_the_golden_file() {
      Golden.assertMatches(GOLDEN, KdkJson.strict().write(MardinDataset.build()));
    }

    @Test
    void the_golden_file_reads_back_into_an_equal_dataset() {
      assertThat(KdkJson.strict().readDataset(Path.of(GOLDEN))).isEqualTo(MardinDataset.build());
    }

    @Test
    void writes_format_and_version_first() {
      assertThat(KdkJson.strict().write(Dataset.empty()))
          .isEqualTo("{\n  \"format\" : \"kdk-dataset\",\n  \"version\" : 1\n}\n");
    }

    @Test
    void the_mardin_dataset_violates_no_field_constraint() {
      assertThat(Constraints.violations(MardinDataset.build())).isEmpty();
    }
  }

  @Nested
  class MardinFacts {
    final Dataset mardin = KdkJson.strict().readDataset(Path.of(GOLDEN));

    @Test
    void the_commitment_was_signed_on_6_july_2012_by_governorship_and_municipality() {
      assertThat(mardin.getCommitments()).singleElement().satisfies(c -> {
        assertThat(c.getProvinceCode()).isEqualTo("TR-47");
        assertThat(c.getSignedOn()).isEqualTo(LocalDate.of(2012, 7, 6));
        assertThat(c.getSignatoryInstitutionIds()).containsExactly(Id.of("mardin-valilik"),
            Id.of("mardin-belediyesi-kurum"));
      });
    }

    @Test
    void the_board_has_an_upper_tier() {
      CoordinationBoard board = mardin.getCoordinationBoards().get(0);
      assertThat(board.getTiers()).contains(BoardTier.UPPER);
    }

    @Test
    void the_special_provincial_administration_bodies_end_with_the_metropolitan_reform() {
      LocalDate reform = LawCalendar.METROPOLITAN_REFORM;
      assertThat(LawCalendar.hasSpecialProvincialAdministration(Provinces.of("TR-47"), reform)).isFalse();
      assertThat(mardin.institution(Id.of("mardin-ioi")).orElseThrow().existsOn(reform)).isFalse();
      assertThat(mardin.mechanism(Id.of("mardin-ioi-eb")).orElseThrow().statusOn(reform))
          .hasValue(MechanismStatus.DISSOLVED);
      assertThat(mardin.municipality(Id.of("mardin-belediyesi")).orElseThrow().getSuccessorId())
          .hasValue(Id.of("mardin-bb"));
      assertThat(mardin.municipality(Id.of("mardin-bb")).orElseThrow().existsOn(reform)).isTrue();
    }

    @Test
    void the_strategic_plan_was_adopted_by_the_upper_tier_by_majority_on_6_august_2014() {
      ActionPlan yesp = mardin.plan(Id.of("mardin-yesp")).orElseThrow();
      assertThat(yesp.getKind()).isEqualTo(PlanKind.STRATEGIC_PLAN);
      assertThat(yesp.getUpgradedFromPlanId()).hasValue(Id.of("mardin-yeep"));
      Decision adoption = mardin.decision(yesp.getApprovals().get(0).getDecisionId()).orElseThrow();
      assertThat(adoption.getBody()).isEqualTo(DecisionBody.COORDINATION_BOARD_UPPER_TIER);
      assertThat(adoption.getDate()).isEqualTo(LocalDate.of(2014, 8, 6));
      assertThat(adoption.getVoting()).hasValue(VotingMethod.MAJORITY);
    }

    @Test
    void finds_plans_and_mechanisms_by_province() {
      assertThat(mardin.plansOf("TR-47")).hasSize(2);
      assertThat(mardin.mechanismsOf("TR-47")).hasSize(4);
      assertThat(mardin.plansOf("TR-36")).isEmpty();
    }

    @Test
    void names_the_provinces_it_speaks_of_in_plate_order() {
      assertThat(mardin.provinceCodes()).contains("TR-47").doesNotContain("TR-36");
      assertThat(List.copyOf(mardin.provinceCodes())).isSorted();
      Dataset more = ImmutableDataset.copyOf(mardin).withTrainings().withInstitutions(Institution.builder()
          .id(Id.of("van-valilik")).name("Van Valiliği").kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-65")
          .build());
      assertThat(more.provinceCodes()).containsSubsequence("TR-47", "TR-65");
      assertThat(Dataset.empty().provinceCodes()).isEmpty();
    }
  }
}
