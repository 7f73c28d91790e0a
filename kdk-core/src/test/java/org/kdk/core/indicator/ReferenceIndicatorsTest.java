package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.programme.ExpectedResult;
import org.kdk.core.testing.Constraints;

class ReferenceIndicatorsTest {
  private static final List<IndicatorDefinition> ALL = ReferenceIndicators.all();

  @Nested
  class Coverage {
    @Test
    void has_at_least_two_entries_for_every_expected_result() {
      for (ExpectedResult result : ExpectedResult.values()) {
        assertThat(ReferenceIndicators.forResult(result)).as(result.name()).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy(d -> {
              assertThat(d.getExpectedResult()).contains(result);
              assertThat(d.getCode()).startsWith("KDK-" + result.name() + "-");
            });
      }
    }

    @Test
    void has_unique_codes_in_code_order() {
      List<String> codes = ALL.stream().map(IndicatorDefinition::getCode).collect(Collectors.toList());
      assertThat(codes).doesNotHaveDuplicates().isSorted().first().isEqualTo("KDK-R1-01");
      assertThat(codes).allMatch(code -> code.matches("KDK-R[1-8]-0[1-9]"));
    }
  }

  @Nested
  class Entries {
    @Test
    void every_entry_has_turkish_and_english_names_and_says_it_is_not_official() {
      assertThat(ALL).allSatisfy(d -> {
        assertThat(d.getName().getTr()).isNotBlank();
        assertThat(d.getName().getEn()).isPresent();
        assertThat(d.getDescription()).isPresent();
        assertThat(d.getDescription().get().getEn().orElseThrow())
            .endsWith("KDK SDK reference catalogue, not an official programme indicator.");
        assertThat(d.getDescription().get().getTr()).endsWith("programın resmî göstergesi değildir.");
        assertThat(d.getIatiResultType()).isPresent();
      });
    }

    @Test
    void every_entry_is_a_valid_document() {
      assertThat(ALL).allSatisfy(d -> {
        assertThat(Constraints.violations(d)).as(d.getCode()).isEmpty();
        assertRoundTrip(d, IndicatorDefinition.class);
      });
    }

    @Test
    void marks_the_violence_and_harassment_entries_sensitive() {
      List<String> sensitive = ALL.stream().filter(IndicatorDefinition::isSensitive)
          .map(IndicatorDefinition::getCode).collect(Collectors.toList());
      assertThat(sensitive).containsExactly("KDK-R1-04", "KDK-R7-02");
      assertThat(ReferenceIndicators.of("KDK-R1-04").getName().getTr()).contains("Şiddet");
      assertThat(ReferenceIndicators.of("KDK-R7-02").getSdgIndicators()).containsExactly(SdgIndicator.SDG_11_7_2);
      assertThat(ReferenceIndicators.of("KDK-R7-02").getDirection()).isEqualTo(Direction.DECREASE);
    }

    @Test
    void links_sdg_indicators_where_they_fit() {
      IndicatorDefinition seats = ReferenceIndicators.of("KDK-R6-01");
      assertThat(seats.getSdgIndicators()).containsExactly(SdgIndicator.SDG_5_5_1_B);
      assertThat(seats.getMeasure()).isEqualTo(Measure.PERCENTAGE);
      IndicatorDefinition budget = ReferenceIndicators.of("KDK-R2-04");
      assertThat(budget.getSdgIndicators()).containsExactly(SdgIndicator.SDG_5_C_1);
      assertThat(budget.getMeasure()).isEqualTo(Measure.ORDINAL);
      assertThat(budget.getOrdinalScale()).contains(OrdinalScale.sdg5c1());
      assertThat(ReferenceIndicators.of("KDK-R7-01").getSdgIndicators()).containsExactly(SdgIndicator.SDG_11_2_1);
      assertThat(ALL.stream().filter(d -> !d.getSdgIndicators().isEmpty()).count()).isEqualTo(4);
    }

    @Test
    void uses_units_that_fit_the_measure() {
      assertThat(ALL).allSatisfy(d -> {
        if (d.getMeasure() == Measure.PERCENTAGE) {
          assertThat(d.getUnit()).as(d.getCode()).isEqualTo("%");
        }
        if (d.getMeasure() == Measure.MONEY) {
          assertThat(d.getUnit()).as(d.getCode()).isEqualTo("TRY");
        }
      });
    }
  }

  @Nested
  class Lookup {
    @Test
    void finds_an_entry_by_code() {
      assertThat(ReferenceIndicators.of("KDK-R2-01").getExpectedResult()).contains(ExpectedResult.R2);
      assertThat(ReferenceIndicators.find("KDK-R2-01")).contains(ReferenceIndicators.of("KDK-R2-01"));
      assertThat(ReferenceIndicators.find("KDK-R9-01")).isEmpty();
    }

    @Test
    void names_the_unknown_code_and_the_known_ones() {
      assertThatThrownBy(() -> ReferenceIndicators.of("kdk-r2-01"))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("'kdk-r2-01'")
          .hasMessageContaining("reference catalogue")
          .hasMessageContaining("KDK-R1-01, KDK-R1-02");
    }

    @Test
    void is_unmodifiable() {
      assertThatThrownBy(() -> ReferenceIndicators.all().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> ReferenceIndicators.forResult(ExpectedResult.R1).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
