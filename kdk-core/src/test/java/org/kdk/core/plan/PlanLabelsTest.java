package org.kdk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

/** Every code of the plan package has a label of its own in English and in Turkish. */
class PlanLabelsTest {
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Theme.class, FundingSource.class,
      PlanKind.class, ScopeLevel.class, ConsultationFormat.class, GenderMarker.class, PlanState.class);

  @Test
  void every_constant_has_an_english_and_a_turkish_label() {
    Texts labels = Texts.of(PlanState.class, "Labels");
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = type.getSimpleName() + "." + constant.name();
        assertThat(labels.has(key, Language.EN)).as("English %s", key).isTrue();
        assertThat(labels.has(key, Language.TR)).as("Turkish %s", key).isTrue();
        assertThat(((Labelled) constant).getDisplayName(Language.TR)).isNotBlank();
      }
    }
  }

  @Test
  void uses_the_glossary_wording_for_states() {
    assertThat(PlanState.BOARD_APPROVED.getDisplayName(Locale.forLanguageTag("tr-TR")))
        .isEqualTo("Koordinasyon kurulu onayı");
    assertThat(PlanState.INTEGRATED.getDisplayName(Locale.ENGLISH)).isEqualTo("Integrated into the strategic plan");
    assertThat(PlanKind.STRATEGIC_PLAN.getDisplayName(Language.TR)).isEqualTo("Yerel Eşitlik Stratejik Planı");
  }

  @Test
  void has_a_turkish_message_for_every_invariant() {
    Texts messages = Texts.of(PlanState.class, "Invariants");
    assertThat(messages.keys(Language.TR)).isEqualTo(messages.keys(Language.EN));
  }
}
