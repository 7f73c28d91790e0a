package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.InvariantViolationException;

class MeasurementTest {

  @Nested
  class Json {
    @Test
    void round_trips_a_measurement_with_every_part() {
      String json = assertRoundTrip(Fixtures.fullMeasurement(), Measurement.class);
      assertThat(json)
          .contains("\"value\" : 12.5")
          .contains("\"numerator\" : 5")
          .contains("\"denominator\" : 40")
          .contains("\"text\" : \"Meclis üye listesinden\"");
    }

    @Test
    void writes_only_the_parts_given() {
      assertThat(KdkJson.strict().write(Measurement.of(42))).isEqualTo("{\n  \"value\" : 42\n}\n");
      assertThat(KdkJson.strict().write(Measurement.ofRatio(31, 47)))
          .isEqualTo("{\n  \"numerator\" : 31,\n  \"denominator\" : 47\n}\n");
      assertRoundTrip(Measurement.ofText("Yönetmelik yürürlükte"), Measurement.class);
    }

    @Test
    void reports_the_path_of_a_zero_denominator() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"numerator\": 1, \"denominator\": 0}", Measurement.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("denominator");
          });
    }

    @Test
    void rejects_a_number_given_as_text() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"value\": \"12\"}", Measurement.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("value"));
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_an_empty_measurement() {
      assertThatThrownBy(() -> Measurement.builder().build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Measurement.value")
          .hasMessageContaining("needs a value, a numerator and denominator, or a text");
    }

    @Test
    void rejects_a_numerator_without_denominator() {
      assertThatThrownBy(() -> Measurement.builder().numerator(BigDecimal.ONE).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Measurement.denominator")
          .hasMessageContaining("denominator is missing while numerator is 1");
    }

    @Test
    void rejects_a_denominator_without_numerator() {
      assertThatThrownBy(() -> Measurement.builder().denominator(BigDecimal.TEN).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Measurement.numerator")
          .hasMessageContaining("numerator is missing while denominator is 10");
    }

    @Test
    void rejects_a_negative_numerator_naming_it() {
      assertThatThrownBy(() -> Measurement.ofRatio(-3, 10))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Measurement.numerator: numerator must not be negative (value: -3)");
    }

    @Test
    void rejects_a_zero_or_negative_denominator_naming_it() {
      assertThatThrownBy(() -> Measurement.ofRatio(3, 0))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Measurement.denominator: denominator must be above zero: denominator=0 (value: 0)");
      assertThatThrownBy(() -> Measurement.ofRatio(BigDecimal.ONE, new BigDecimal("-2.5")))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("-2.5");
    }

    @Test
    void accepts_a_ratio_above_one_and_a_numerator_above_the_denominator() {
      assertThat(Measurement.ofRatio(47, 31).toNumber(Measure.RATIO)).isPresent();
      assertThat(Measurement.of(140).getValue()).contains(BigDecimal.valueOf(140));
    }

    @Test
    void explains_in_turkish() {
      InvariantViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          InvariantViolationException.class, () -> Measurement.ofRatio(3, 0));
      assertThat(e.getMessage(java.util.Locale.forLanguageTag("tr-TR"))).contains("payda sıfırdan büyük olmalıdır");
    }
  }

  @Nested
  class FieldRules {
    @Test
    void flags_a_blank_text() {
      assertThat(Constraints.violatedPaths(Measurement.ofText(" "))).containsExactly("text");
      assertThat(Constraints.violations(Fixtures.fullMeasurement())).isEmpty();
    }
  }

  @Nested
  class ToNumber {
    @Test
    void prefers_the_value_when_given() {
      assertThat(Fixtures.fullMeasurement().toNumber(Measure.PERCENTAGE)).contains(new BigDecimal("12.5"));
    }

    @Test
    void computes_a_percentage_from_numerator_and_denominator() {
      assertThat(Measurement.ofRatio(31, 47).toNumber(Measure.PERCENTAGE).get())
          .isEqualByComparingTo("65.95744680851064");
      assertThat(Measurement.ofRatio(1, 4).toNumber(Measure.PERCENTAGE).get()).isEqualByComparingTo("25");
    }

    @Test
    void computes_a_ratio_from_numerator_and_denominator() {
      assertThat(Measurement.ofRatio(1, 3).toNumber(Measure.RATIO).get())
          .isEqualByComparingTo("0.3333333333333333");
      assertThat(Measurement.ofRatio(3, 2).toNumber(Measure.RATIO).get()).isEqualByComparingTo("1.5");
    }

    @Test
    void gives_nothing_for_a_text_alone_or_a_ratio_under_another_measure() {
      assertThat(Measurement.ofText("Yürürlükte").toNumber(Measure.MILESTONE)).isEqualTo(Optional.empty());
      assertThat(Measurement.ofRatio(1, 3).toNumber(Measure.COUNT)).isEmpty();
    }
  }
}
