package org.kdk.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

class ProgrammeCodesTest {
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(Objective.class, ExpectedResult.class, ActivityArea.class, CommitmentItem.class);

  @Nested
  class Labels {
    @Test
    void every_code_has_a_label_in_each_language_file() {
      Texts labels = Texts.of(Objective.class, "Labels");
      for (Class<? extends Enum<?>> type : ENUMS) {
        for (Enum<?> constant : type.getEnumConstants()) {
          String key = type.getSimpleName() + "." + constant.name();
          assertThat(labels.has(key, Language.EN)).as(key + " in English").isTrue();
          assertThat(labels.has(key, Language.TR)).as(key + " in Turkish").isTrue();
        }
      }
    }

    @Test
    void the_label_files_hold_no_stray_keys() {
      Set<String> expected = ENUMS.stream()
          .flatMap(t -> Arrays.stream(t.getEnumConstants()).map(c -> t.getSimpleName() + "." + c.name()))
          .collect(Collectors.toSet());
      Texts labels = Texts.of(Objective.class, "Labels");
      assertThat(labels.keys(Language.EN)).isEqualTo(expected);
      assertThat(labels.keys(Language.TR)).isEqualTo(expected);
    }

    @Test
    void uses_the_programme_page_wording_in_turkish() {
      Locale tr = Locale.forLanguageTag("tr-TR");
      assertThat(ActivityArea.A1.getDisplayName(tr)).isEqualTo("İl Durum Analizi");
      assertThat(ActivityArea.A8.getDisplayName(tr)).isEqualTo("Ulusal Düzeyde Mevzuat Çalışmaları");
      assertThat(Objective.O3.getDisplayName(tr)).startsWith("Yerel kadın STK'ları, taban örgütleri");
      assertThat(ActivityArea.A1.getDisplayName(Locale.ENGLISH)).isEqualTo("Provincial situation analysis");
      assertThat(Objective.O1.getDisplayName(Locale.ENGLISH)).contains("governorship, municipalities");
    }
  }

  @Nested
  class Objectives {
    @Test
    void has_one_general_and_three_specific_objectives() {
      assertThat(Arrays.stream(Objective.values()).filter(Objective::isSpecific))
          .containsExactly(Objective.O1, Objective.O2, Objective.O3);
    }
  }

  @Nested
  class ActivityAreas {
    @Test
    void link_areas_to_results_only_where_both_name_the_same_subject() {
      assertThat(ActivityArea.A1.expectedResults()).isEmpty();
      assertThat(ActivityArea.A2.expectedResults()).containsExactly(ExpectedResult.R1);
      assertThat(ActivityArea.A3.expectedResults()).containsExactly(ExpectedResult.R5);
      assertThat(ActivityArea.A4.expectedResults()).containsExactly(ExpectedResult.R6);
      assertThat(ActivityArea.A5.expectedResults()).containsExactly(ExpectedResult.R2);
      assertThat(ActivityArea.A6.expectedResults()).isEmpty();
      assertThat(ActivityArea.A7.expectedResults()).containsExactly(ExpectedResult.R3, ExpectedResult.R4);
      assertThat(ActivityArea.A8.expectedResults()).containsExactly(ExpectedResult.R8);
      assertThat(ActivityArea.A7.serves(ExpectedResult.R4)).isTrue();
    }

    @Test
    void leave_only_the_urban_planning_result_without_an_area() {
      Set<ExpectedResult> served = EnumSet.noneOf(ExpectedResult.class);
      for (ActivityArea area : ActivityArea.values()) {
        served.addAll(area.expectedResults());
      }
      assertThat(EnumSet.complementOf(EnumSet.copyOf(served))).containsExactly(ExpectedResult.R7);
    }
  }
}
