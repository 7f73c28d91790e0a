package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.ReportingPeriod;

class IndicatorTest {

  private static final String TWO_OBSERVATIONS = "{\"id\": \"g1\", \"definition\": {\"code\": \"KDK-R6-01\","
      + " \"name\": {\"tr\": \"Kadın meclis üyeleri\"}, \"measure\": \"PERCENTAGE\", \"unit\": \"%\","
      + " \"direction\": \"INCREASE\"}, \"observations\": ["
      + "{\"period\": \"2013\", \"total\": {\"numerator\": 2, \"denominator\": 31}},"
      + "{\"period\": \"2014\", \"total\": {\"numerator\": 5, \"denominator\": 31},"
      + " \"women\": {\"numerator\": 5, \"denominator\": DENOMINATOR}}]}";

  private static String withWomenDenominator(String denominator) {
    return TWO_OBSERVATIONS.replace("DENOMINATOR", denominator);
  }

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_indicator() {
      String json = assertRoundTrip(Fixtures.fullIndicator(), Indicator.class);
      assertThat(json)
          .startsWith("{\n  \"id\" : \"mardin-yeep-g1\",\n  \"definition\" : {\n    \"code\" : \"KDK-R6-01\",")
          .contains("\"baseline\" : {\n    \"date\" : \"2012-12-31\"")
          .contains("\"targets\" : [ {\n    \"period\" : \"2014\"")
          .contains("\"observations\" : [ {\n    \"period\" : \"2013\"")
          .contains("\"dataSource\" : \"Belediye meclis üye listesi\"")
          .contains("\"meansOfVerification\" : \"Meclis karar defteri\"")
          .endsWith("\"illustrative\" : true\n}\n");
    }

    @Test
    void round_trips_an_indicator_without_values() {
      assertThat(assertRoundTrip(Indicator.of(Id.of("g2"), ReferenceIndicators.of("KDK-R2-04")), Indicator.class))
          .doesNotContain("targets").doesNotContain("observations").contains("\"illustrative\" : false");
    }

    @Test
    void reports_the_path_of_a_zero_denominator_deep_in_an_observation() {
      assertThatThrownBy(() -> KdkJson.strict().read(withWomenDenominator("0"),
              Indicator.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("observations[1].women.denominator");
            assertThat(e.getMessage()).contains("denominator must be above zero");
          });
    }

    @Test
    void reports_the_path_of_a_women_denominator_above_the_total() {
      assertThatThrownBy(() -> KdkJson.strict().read(withWomenDenominator("32"),
              Indicator.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getPath()).isEqualTo("observations[1].women.denominator");
            assertThat(e.getMessage()).contains("women.denominator (32) must not be above total.denominator (31)");
          });
    }

    @Test
    void reports_the_path_of_a_repeated_period() {
      String json = withWomenDenominator("31").replace("\"2014\"", "\"2013\"");
      assertThatThrownBy(() -> KdkJson.strict().read(json, Indicator.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("observations[1].period"));
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_two_targets_for_one_period() {
      assertThatThrownBy(() -> Indicator.builder().id(Id.of("g1")).definition(Fixtures.seatsDefinition())
              .addTarget(TargetValue.of(Fixtures.Y2014, Measurement.of(20)))
              .addTarget(TargetValue.of(ReportingPeriod.parse("2014"), Measurement.of(25)))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Indicator.targets[1].period: each reporting period may have one target: 2014 has more than"
              + " one (value: 2014)");
    }

    @Test
    void rejects_two_observations_for_one_period() {
      assertThatThrownBy(() -> Indicator.builder().id(Id.of("g1")).definition(Fixtures.seatsDefinition())
              .addObservation(Observation.of(Fixtures.Y2013, Measurement.of(6)))
              .addObservation(Observation.of(Fixtures.Y2014, Measurement.of(7)))
              .addObservation(Observation.of(Fixtures.Y2013, Measurement.of(8)))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Indicator.observations[2].period")
          .hasMessageContaining("2013 has more than one");
    }

    @Test
    void accepts_a_quarter_and_its_year_as_different_periods() {
      Indicator indicator = Indicator.builder().id(Id.of("g1")).definition(Fixtures.seatsDefinition())
          .addObservation(Observation.of(Fixtures.Y2013, Measurement.of(6)))
          .addObservation(Observation.of(ReportingPeriod.ofQuarter(2013, 4), Measurement.of(7)))
          .build();
      assertThat(indicator.getObservations()).hasSize(2);
    }
  }

  @Nested
  class Helpers {
    private final Indicator indicator = Fixtures.fullIndicator();

    @Test
    void finds_the_observation_and_target_of_a_period() {
      assertThat(indicator.observationFor(Fixtures.Y2013)).contains(Fixtures.fullObservation());
      assertThat(indicator.observationFor(ReportingPeriod.ofYear(2012))).isEmpty();
      assertThat(indicator.targetFor(Fixtures.Y2014)).contains(Fixtures.fullTarget());
      assertThat(indicator.targetFor(Fixtures.Y2013)).isEmpty();
    }

    @Test
    void gives_the_latest_observation_whose_period_has_ended() {
      assertThat(indicator.latestObservationOn(LocalDate.of(2013, 12, 30))).isEmpty();
      assertThat(indicator.latestObservationOn(LocalDate.of(2013, 12, 31)).map(Observation::getPeriod))
          .contains(Fixtures.Y2013);
      assertThat(indicator.latestObservationOn(LocalDate.of(2014, 6, 30)).map(Observation::getPeriod))
          .contains(Fixtures.Y2013);
      assertThat(indicator.latestObservationOn(LocalDate.of(2020, 1, 1)).map(Observation::getPeriod))
          .contains(Fixtures.Y2014);
    }

    @Test
    void prefers_the_shorter_period_of_two_ending_the_same_day() {
      Indicator quarterly = Indicator.builder().id(Id.of("g1")).definition(Fixtures.seatsDefinition())
          .addObservation(Observation.of(ReportingPeriod.ofQuarter(2013, 4), Measurement.of(7)))
          .addObservation(Observation.of(Fixtures.Y2013, Measurement.of(6)))
          .build();
      assertThat(quarterly.latestObservationOn(LocalDate.of(2014, 1, 1)).map(Observation::getPeriod))
          .contains(ReportingPeriod.parse("2013-Q4"));
    }
  }

  @Nested
  class FieldRules {
    @Test
    void flags_blank_texts_deep_in_the_indicator_with_their_paths() {
      Indicator indicator = Indicator.builder().id(Id.of("g1")).definition(Fixtures.seatsDefinition())
          .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(1)).source(" ").build())
          .addTarget(TargetValue.of(Fixtures.Y2014, Measurement.ofText("")))
          .addObservation(Observation.of(Fixtures.Y2013, Measurement.of(6)))
          .addObservation(Observation.builder().period(Fixtures.Y2014).total(Measurement.of(7))
              .women(Measurement.ofText(" ")).build())
          .dataSource("")
          .meansOfVerification("x".repeat(501))
          .build();
      assertThat(Constraints.violatedPaths(indicator)).containsExactly(
          "baseline.source", "dataSource", "meansOfVerification", "observations[1].women.text",
          "targets[0].value.text");
    }

    @Test
    void cascades_into_the_definition() {
      Indicator indicator = Indicator.of(Id.of("g1"), IndicatorDefinition.builder().code("bad code")
          .name(org.kdk.core.value.LocalizedText.ofTurkish("Ad")).measure(Measure.COUNT).unit("kişi")
          .direction(Direction.INCREASE).build());
      assertThat(Constraints.violatedPaths(indicator)).containsExactly("definition.code");
      assertThat(Constraints.violations(Fixtures.fullIndicator())).isEmpty();
    }
  }
}
