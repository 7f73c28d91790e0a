package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.Sex;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.InvariantViolationException;

/** Observations, baselines and targets: the three values of an indicator that break down by sex. */
class ObservationTest {

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_observation() {
      String json = assertRoundTrip(Fixtures.fullObservation(), Observation.class);
      assertThat(json)
          .contains("\"period\" : \"2013\"")
          .contains("\"total\" : {\n    \"numerator\" : 30,\n    \"denominator\" : 100\n  }")
          .contains("\"ageGroups\" : [ {")
          .contains("\"district\" : \"Kızıltepe\"")
          .contains("\"note\" : \"Yöntem 2013'te değişti\"")
          .contains("\"illustrative\" : true");
    }

    @Test
    void round_trips_a_fully_populated_baseline() {
      String json = assertRoundTrip(Fixtures.fullBaseline(), Baseline.class);
      assertThat(json).contains("\"date\" : \"2012-12-31\"").contains("\"source\" : \"YSK 2009 yerel seçim sonuçları\"")
          .contains("\"men\" : {\n    \"numerator\" : 0,");
    }

    @Test
    void round_trips_a_fully_populated_target() {
      String json = assertRoundTrip(Fixtures.fullTarget(), TargetValue.class);
      assertThat(json).contains("\"period\" : \"2014\"").contains("\"women\" : {\n    \"value\" : 25\n  }");
    }

    @Test
    void reads_a_minimal_observation_with_defaults() {
      Observation observation = KdkJson.strict().read("{\"period\": \"2013-Q2\", \"total\": {\"value\": 4}}",
          Observation.class);
      assertThat(observation.isIllustrative()).isFalse();
      assertThat(observation.getAgeGroups()).isEmpty();
      assertThat(observation.getWomen()).isEmpty();
    }

    @Test
    void reports_the_path_of_a_missing_total() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"period\": \"2013\"}", Observation.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("total");
          });
    }

    @Test
    void reports_the_path_of_a_part_above_its_total() {
      String json = "{\"period\": \"2013\", \"total\": {\"numerator\": 3, \"denominator\": 10},"
          + " \"districts\": [{\"district\": \"Midyat\", \"value\": {\"numerator\": 1, \"denominator\": 5}},"
          + " {\"district\": \"Savur\", \"value\": {\"numerator\": 4, \"denominator\": 5}}]}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Observation.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("districts[1].value.numerator");
          });
    }
  }

  @Nested
  class PartsNotAboveTotal {
    @Test
    void rejects_a_women_numerator_above_the_total_numerator() {
      assertThatThrownBy(() -> Observation.builder().period(Fixtures.Y2013).total(Measurement.ofRatio(5, 31))
              .women(Measurement.ofRatio(6, 20)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Observation.women.numerator: women.numerator (6) must not be above total.numerator (5)"
              + " (value: 6)");
    }

    @Test
    void rejects_a_men_denominator_above_the_total_denominator() {
      assertThatThrownBy(() -> Observation.builder().period(Fixtures.Y2013).total(Measurement.ofRatio(5, 31))
              .men(Measurement.ofRatio(2, 32)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Observation.men.denominator")
          .hasMessageContaining("(32) must not be above total.denominator (31)");
    }

    @Test
    void rejects_women_and_men_numerators_together_above_the_total() {
      assertThatThrownBy(() -> Observation.builder().period(Fixtures.Y2013).total(Measurement.ofRatio(5, 31))
              .women(Measurement.ofRatio(3, 16)).men(Measurement.ofRatio(3, 15)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Observation.men.numerator: women's and men's numerators together must not be above the"
              + " total: 3 + 3 = 6, but total.numerator is 5 (value: 3)");
    }

    @Test
    void rejects_an_age_group_above_the_total() {
      assertThatThrownBy(() -> Observation.builder().period(Fixtures.Y2013).total(Measurement.ofRatio(5, 31))
              .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), Measurement.ofRatio(2, 40))).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Observation.ageGroups[0].value.denominator")
          .hasMessageContaining("40");
    }

    @Test
    void accepts_the_same_denominator_for_women_and_men_as_for_the_total() {
      Observation shares = Observation.builder().period(Fixtures.Y2013).total(Measurement.ofRatio(31, 31))
          .women(Measurement.ofRatio(5, 31)).men(Measurement.ofRatio(26, 31)).build();
      assertThat(shares.measurementFor(Sex.WOMAN)).contains(Measurement.ofRatio(5, 31));
      assertThat(shares.measurementFor(Sex.MAN)).contains(Measurement.ofRatio(26, 31));
    }

    @Test
    void does_not_compare_plain_values() {
      Observation observation = Observation.builder().period(Fixtures.Y2013).total(Measurement.of(40))
          .women(Measurement.of(55)).men(Measurement.of(30)).build();
      assertThat(observation.getWomen()).contains(Measurement.of(55));
    }

    @Test
    void applies_to_baselines_and_targets_as_well() {
      assertThatThrownBy(() -> Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.ofRatio(2, 31))
              .women(Measurement.ofRatio(3, 31)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Baseline.women.numerator")
          .hasMessageContaining("value.numerator (2)");
      assertThatThrownBy(() -> TargetValue.builder().period(Fixtures.Y2013).value(Measurement.ofRatio(10, 31))
              .women(Measurement.ofRatio(6, 31)).men(Measurement.ofRatio(5, 31)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("TargetValue.men.numerator")
          .hasMessageContaining("6 + 5 = 11");
    }
  }

  @Nested
  class Uniqueness {
    @Test
    void rejects_an_age_group_given_twice() {
      assertThatThrownBy(() -> Observation.builder().period(Fixtures.Y2013).total(Measurement.of(10))
              .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), Measurement.of(4)))
              .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.parse("15-24"), Measurement.of(5))).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Observation.ageGroups[1].ageGroup: each age group may appear once: 15-24 appears again"
              + " (value: 15-24)");
    }

    @Test
    void rejects_a_district_given_twice() {
      assertThatThrownBy(() -> Observation.builder().period(Fixtures.Y2013).total(Measurement.of(10))
              .addDistrict(DistrictMeasurement.of("Midyat", Measurement.of(4)))
              .addDistrict(DistrictMeasurement.of("Midyat", Measurement.of(5))).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Observation.districts[1].district")
          .hasMessageContaining("Midyat");
    }
  }

  @Nested
  class FieldRules {
    @Test
    void flags_blank_texts_with_their_paths() {
      Observation observation = Observation.builder().period(Fixtures.Y2013).total(Measurement.ofText(" "))
          .women(Measurement.ofText(""))
          .addDistrict(DistrictMeasurement.of("", Measurement.of(1)))
          .source(" ").note("")
          .build();
      assertThat(Constraints.violatedPaths(observation))
          .containsExactly("districts[0].district", "note", "source", "total.text", "women.text");
      assertThat(Constraints.violations(Fixtures.fullObservation())).isEmpty();
      assertThat(Constraints.violations(Fixtures.fullBaseline())).isEmpty();
      assertThat(Constraints.violations(Fixtures.fullTarget())).isEmpty();
    }

    @Test
    void flags_a_blank_baseline_source_and_cascades_into_target_parts() {
      Baseline baseline = Baseline.builder().date(LocalDate.of(2012, 1, 1)).value(Measurement.of(1)).source("")
          .build();
      assertThat(Constraints.violatedPaths(baseline)).containsExactly("source");
      TargetValue target = TargetValue.builder().period(Fixtures.Y2013).value(Measurement.of(1))
          .men(Measurement.ofText(" ")).build();
      assertThat(Constraints.violatedPaths(target)).containsExactly("men.text");
    }
  }
}
