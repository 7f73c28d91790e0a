package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class AgeGroupTest {

  @Nested
  class Text {
    @Test
    void writes_closed_and_open_groups() {
      assertThat(AgeGroup.of(15, 24)).hasToString("15-24");
      assertThat(AgeGroup.atLeast(65)).hasToString("65+");
    }

    @Test
    void parses_what_it_writes() {
      assertThat(AgeGroup.parse("15-24")).isEqualTo(AgeGroup.of(15, 24));
      assertThat(AgeGroup.parse("65+")).isEqualTo(AgeGroup.atLeast(65));
      assertThatThrownBy(() -> AgeGroup.parse("15–24")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("15-24 or 65+");
    }

    @Test
    void contains_both_ends() {
      assertThat(AgeGroup.of(15, 24).contains(15)).isTrue();
      assertThat(AgeGroup.of(15, 24).contains(24)).isTrue();
      assertThat(AgeGroup.of(15, 24).contains(25)).isFalse();
      assertThat(AgeGroup.atLeast(65).contains(101)).isTrue();
    }
  }

  @Nested
  class Json {
    @Test
    void round_trips_closed_and_open_groups() {
      assertThat(assertRoundTrip(AgeGroup.of(15, 24), AgeGroup.class))
          .isEqualTo("{\n  \"min\" : 15,\n  \"max\" : 24\n}\n");
      assertThat(assertRoundTrip(AgeGroup.atLeast(65), AgeGroup.class)).isEqualTo("{\n  \"min\" : 65\n}\n");
    }

    @Test
    void round_trips_an_age_group_measurement() {
      String json = assertRoundTrip(AgeGroupMeasurement.of(AgeGroup.of(15, 24), Measurement.ofRatio(6, 20)),
          AgeGroupMeasurement.class);
      assertThat(json).contains("\"ageGroup\" : {").contains("\"numerator\" : 6");
    }

    @Test
    void round_trips_a_district_measurement() {
      DistrictMeasurement district = DistrictMeasurement.builder()
          .district("Kızıltepe")
          .municipalityId(Id.of("kiziltepe-belediyesi"))
          .value(Measurement.of(12))
          .build();
      assertThat(assertRoundTrip(district, DistrictMeasurement.class))
          .contains("\"district\" : \"Kızıltepe\"")
          .contains("\"municipalityId\" : \"kiziltepe-belediyesi\"");
    }

    @Test
    void reports_the_path_of_a_broken_age_group() {
      assertThatThrownBy(() -> KdkJson.strict().read(
              "{\"ageGroup\": {\"min\": 25, \"max\": 24}, \"value\": {\"value\": 1}}", AgeGroupMeasurement.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("ageGroup.max"));
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_a_negative_lower_age() {
      assertThatThrownBy(() -> AgeGroup.atLeast(-1))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("AgeGroup.min: min must not be negative (value: -1)");
    }

    @Test
    void rejects_an_upper_age_below_the_lower() {
      assertThatThrownBy(() -> AgeGroup.of(25, 24))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("AgeGroup.max: max must be on or above min: min=25, max=24 (value: 24)");
    }

    @Test
    void accepts_a_single_year() {
      assertThat(AgeGroup.of(18, 18)).hasToString("18-18");
    }
  }

  @Nested
  class FieldRules {
    @Test
    void flags_a_blank_district_name_and_cascades_into_the_value() {
      DistrictMeasurement district = DistrictMeasurement.of(" ", Measurement.ofText(""));
      assertThat(Constraints.violatedPaths(district)).containsExactly("district", "value.text");
    }
  }
}
