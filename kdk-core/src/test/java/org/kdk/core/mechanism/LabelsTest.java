package org.kdk.core.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

class LabelsTest {
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(DecisionBody.class, MechanismStatus.class,
      BoardTier.class, UnitHost.class, CouncilKind.class, MemberRole.class, DecisionOutcome.class,
      VotingMethod.class);

  @Test
  void every_code_has_an_english_and_a_turkish_label() {
    Texts labels = Texts.of(MechanismStatus.class, "Labels");
    for (Class<? extends Enum<?>> type : ENUMS) {
      assertThat(Labelled.class).isAssignableFrom(type);
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = type.getSimpleName() + "." + constant.name();
        assertThat(labels.has(key, Language.EN)).as(key + " in English").isTrue();
        assertThat(labels.has(key, Language.TR)).as(key + " in Turkish").isTrue();
      }
    }
  }

  @Test
  void uses_the_glossary_wording() {
    assertThat(BoardTier.UPPER.getDisplayName(Locale.forLanguageTag("tr-TR"))).isEqualTo("Üst Kurul");
    assertThat(BoardTier.UPPER.getDisplayName(Locale.ENGLISH)).isEqualTo("Upper board");
    assertThat(UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION.getDisplayName(Language.TR)).isEqualTo("İl Özel İdaresi");
    assertThat(CouncilKind.PROVINCIAL_COUNCIL.getDisplayName(Language.TR)).isEqualTo("İl Genel Meclisi");
    assertThat(VotingMethod.MAJORITY.getDisplayName(Language.TR)).isEqualTo("Oyçokluğu");
  }

  @Test
  void has_every_invariant_message_in_both_languages() {
    Texts messages = Texts.of(MechanismStatus.class, "Invariants");
    assertThat(messages.keys(Language.TR)).isEqualTo(messages.keys(Language.EN));
  }
}
