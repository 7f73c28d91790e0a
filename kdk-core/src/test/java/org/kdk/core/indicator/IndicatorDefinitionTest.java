package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.LocalizedText;

class IndicatorDefinitionTest {

  private static ImmutableIndicatorDefinition.Builder count(String code) {
    return IndicatorDefinition.builder().code(code).name(LocalizedText.of("Sayı", "Count")).measure(Measure.COUNT)
        .unit("kişi").direction(Direction.INCREASE);
  }

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_definition() {
      String json = assertRoundTrip(Fixtures.fullDefinition(), IndicatorDefinition.class);
      assertThat(json)
          .contains("\"code\" : \"KDK-R2-04\"")
          .contains("\"expectedResult\" : \"R2\"")
          .contains("\"measure\" : \"ORDINAL\"")
          .contains("\"direction\" : \"INCREASE\"")
          .contains("\"sensitive\" : true")
          .contains("\"sdgIndicators\" : [ \"SDG_5_5_1_B\", \"SDG_5_C_1\" ]")
          .contains("\"iatiResultType\" : \"OUTCOME\"")
          .contains("\"ordinalScale\" : {");
    }

    @Test
    void reads_a_minimal_definition_with_sensitive_false() {
      IndicatorDefinition definition = KdkJson.strict().read("{\"code\": \"X-1\", \"name\": {\"tr\": \"Sayı\"},"
          + " \"measure\": \"COUNT\", \"unit\": \"kişi\", \"direction\": \"KEEP\"}", IndicatorDefinition.class);
      assertThat(definition.isSensitive()).isFalse();
      assertThat(definition.getSdgIndicators()).isEmpty();
      assertThat(definition.getExpectedResult()).isEmpty();
    }

    @Test
    void reports_the_path_of_an_ordinal_definition_without_scale() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"code\": \"X-1\", \"name\": {\"tr\": \"Puan\"},"
          + " \"measure\": \"ORDINAL\", \"unit\": \"puan\", \"direction\": \"INCREASE\"}", IndicatorDefinition.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("ordinalScale");
          });
    }

    @Test
    void reports_the_path_of_an_unknown_sdg_indicator() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"code\": \"X-1\", \"name\": {\"tr\": \"Sayı\"},"
          + " \"measure\": \"COUNT\", \"unit\": \"kişi\", \"direction\": \"INCREASE\","
          + " \"sdgIndicators\": [\"SDG_5_C_1\", \"SDG_5_5_2\"]}", IndicatorDefinition.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("sdgIndicators[1]");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_an_ordinal_indicator_without_scale() {
      assertThatThrownBy(() -> IndicatorDefinition.builder().code("KDK-X-01").name(LocalizedText.ofTurkish("Puan"))
              .measure(Measure.ORDINAL).unit("puan").direction(Direction.INCREASE).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("IndicatorDefinition.ordinalScale: an ordinal indicator needs an ordinal scale: KDK-X-01 has"
              + " none (value: none)");
    }

    @Test
    void rejects_a_scale_on_an_indicator_that_is_not_ordinal() {
      assertThatThrownBy(() -> count("KDK-X-02").ordinalScale(OrdinalScale.of(1, 5)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("IndicatorDefinition.ordinalScale")
          .hasMessageContaining("KDK-X-02 is measured as COUNT")
          .hasMessageContaining("value: OrdinalScale{1..5}");
    }
  }

  @Nested
  class FieldRules {
    @Test
    void flags_a_lower_case_code_and_a_blank_unit() {
      IndicatorDefinition definition = IndicatorDefinition.builder().code("kdk-r1-01")
          .name(LocalizedText.ofTurkish("Sayı")).measure(Measure.COUNT).unit(" ").direction(Direction.INCREASE)
          .build();
      assertThat(Constraints.violatedPaths(definition)).containsExactly("code", "unit");
    }

    @Test
    void accepts_codes_up_to_forty_characters() {
      assertThat(Constraints.violations(count("A" + "B".repeat(39)).build())).isEmpty();
      assertThat(Constraints.violatedPaths(count("A" + "B".repeat(40)).build())).containsExactly("code");
      assertThat(Constraints.violatedPaths(count("-KDK").build())).containsExactly("code");
      assertThat(Constraints.violations(Fixtures.fullDefinition())).isEmpty();
    }
  }
}
