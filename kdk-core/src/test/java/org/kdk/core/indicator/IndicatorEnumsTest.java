package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;

class IndicatorEnumsTest {
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(Measure.class, Direction.class, IatiResultType.class, SdgIndicator.class);

  private static Stream<Labelled> constants() {
    return ENUMS.stream().flatMap(type -> Stream.of(type.getEnumConstants())).map(c -> (Labelled) c);
  }

  @Nested
  class Labels {
    @Test
    void every_constant_has_its_own_turkish_and_english_label() {
      Texts texts = Texts.of(Measure.class, "Labels");
      constants().forEach(c -> {
        String key = ((Enum<?>) c).getDeclaringClass().getSimpleName() + "." + c.name();
        assertThat(texts.has(key, Language.EN)).as(key + " in English").isTrue();
        assertThat(texts.has(key, Language.TR)).as(key + " in Turkish").isTrue();
      });
    }

    @Test
    void uses_the_glossary_wording() {
      assertThat(Measure.RATIO.getDisplayName(Locale.forLanguageTag("tr-TR"))).isEqualTo("Oran (pay/payda)");
      assertThat(Measure.ORDINAL.getDisplayName(Language.TR)).isEqualTo("Sıralı ölçek");
      assertThat(Measure.MILESTONE.getDisplayName(Language.EN)).isEqualTo("Milestone");
      assertThat(Direction.KEEP.getDisplayName(Language.TR)).isEqualTo("Koruma");
      assertThat(IatiResultType.OUTCOME.getDisplayName(Language.TR)).isEqualTo("Sonuç");
    }
  }

  @Nested
  class Iati {
    @Test
    void maps_measures_to_iati_indicator_measure_codes() {
      assertThat(Measure.COUNT.toIatiCode()).isEqualTo(1);
      assertThat(Measure.PERCENTAGE.toIatiCode()).isEqualTo(2);
      assertThat(Measure.MILESTONE.toIatiCode()).isEqualTo(3);
      assertThat(Measure.ORDINAL.toIatiCode()).isEqualTo(4);
      assertThat(Measure.QUALITATIVE.toIatiCode()).isEqualTo(5);
      assertThat(Measure.MONEY.toIatiCode()).isEqualTo(1);
      assertThat(Measure.RATIO.toIatiCode()).isEqualTo(1);
    }

    @Test
    void maps_result_types_to_codes_one_to_three_and_back() {
      assertThat(IatiResultType.OUTPUT.toIatiCode()).isEqualTo(1);
      assertThat(IatiResultType.OUTCOME.toIatiCode()).isEqualTo(2);
      assertThat(IatiResultType.IMPACT.toIatiCode()).isEqualTo(3);
      for (IatiResultType type : IatiResultType.values()) {
        assertThat(IatiResultType.ofIatiCode(type.toIatiCode())).isEqualTo(type);
      }
      assertThatThrownBy(() -> IatiResultType.ofIatiCode(4)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("4");
    }

    @Test
    void derives_the_ascending_flag_from_the_direction() {
      assertThat(Direction.INCREASE.isAscending()).isTrue();
      assertThat(Direction.DECREASE.isAscending()).isFalse();
      assertThat(Direction.KEEP.isAscending()).isTrue();
    }
  }

  @Nested
  class Sdg {
    @Test
    void gives_the_official_notation_and_goal() {
      assertThat(SdgIndicator.SDG_5_5_1_B.notation()).isEqualTo("5.5.1(b)");
      assertThat(SdgIndicator.SDG_5_C_1.notation()).isEqualTo("5.c.1");
      assertThat(SdgIndicator.SDG_11_2_1.notation()).isEqualTo("11.2.1");
      assertThat(SdgIndicator.SDG_11_7_2.notation()).isEqualTo("11.7.2");
      assertThat(SdgIndicator.SDG_5_C_1.goal()).isEqualTo(5);
      assertThat(SdgIndicator.SDG_11_7_2.goal()).isEqualTo(11);
    }

    @Test
    void finds_an_indicator_by_notation() {
      for (SdgIndicator indicator : SdgIndicator.values()) {
        assertThat(SdgIndicator.ofNotation(indicator.notation())).isEqualTo(indicator);
      }
      assertThatThrownBy(() -> SdgIndicator.ofNotation("5.5.1")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("5.5.1");
    }
  }

  @Nested
  class Json {
    @Test
    void writes_constants_by_name_and_rejects_unknown_codes() {
      assertThat(KdkJson.strict().write(SdgIndicator.SDG_5_5_1_B)).isEqualTo("\"SDG_5_5_1_B\"\n");
      assertThat(KdkJson.strict().read("\"DECREASE\"", Direction.class)).isEqualTo(Direction.DECREASE);
      assertThatThrownBy(() -> KdkJson.strict().read("\"PERCENT\"", Measure.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE));
    }
  }
}
