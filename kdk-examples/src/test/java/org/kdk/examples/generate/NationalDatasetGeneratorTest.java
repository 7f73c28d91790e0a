package org.kdk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NationalDatasetGeneratorTest {
  // Metropolitan municipalities, province centres, then the first districts and towns: every kind is there.
  private static final NationalDatasetGenerator SAMPLE = NationalDatasetGenerator.of(1, 7).limitedTo(120);

  @Nested
  class Validity {
    @Test
    void a_generated_dataset_has_no_finding_under_current_law() {
      // GIVEN the first 120 municipalities of the national dataset
      Dataset dataset = SAMPLE.generate();

      // WHEN it is validated as of its own date
      ValidationReport report = KdkValidator.of(Profiles.currentLaw()).validate(dataset, dataset.getAsOf().orElseThrow());

      // THEN nothing is reported: no error, no warning, not even an info
      assertThat(report.getFindings()).extracting(Finding::toString).isEmpty();
    }

    @Test
    void every_municipality_has_a_plan_approved_by_its_council_and_a_unit() {
      Dataset dataset = SAMPLE.generate();

      assertThat(dataset.getMunicipalities()).hasSize(120);
      assertThat(dataset.getPlans()).hasSize(120)
          .allSatisfy(plan -> assertThat(plan.getApprovals()).hasSize(1))
          .allSatisfy(plan -> assertThat(plan.getStrategicPlanLinks()).hasSize(1));
      assertThat(dataset.getEqualityUnits()).hasSize(120);
      assertThat(dataset.getEqualityCommissions()).hasSize((int) dataset.getMunicipalities().stream()
          .filter(m -> m.getType() != MunicipalityType.TOWN).count());
    }
  }

  @Nested
  class Determinism {
    @Test
    void the_same_scale_and_seed_give_the_same_document() {
      String first = KdkJson.strict().write(NationalDatasetGenerator.of(2, 11).limitedTo(30).generate());
      String second = KdkJson.strict().write(NationalDatasetGenerator.of(2, 11).limitedTo(30).generate());

      assertThat(first).isEqualTo(second);
    }

    @Test
    void another_seed_gives_another_document() {
      String first = KdkJson.strict().write(NationalDatasetGenerator.of(1, 11).limitedTo(5).generate());
      String second = KdkJson.strict().write(NationalDatasetGenerator.of(1, 12).limitedTo(5).generate());

      assertThat(first).isNotEqualTo(second);
    }
  }
}
