package org.kdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

class ActivityCodesTest {
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(GrantProjectStatus.class,
      TrainingTopic.class, AwarenessEventKind.class, Authority.class, ProposalStatus.class);

  @Test
  void every_code_has_a_label_in_both_languages_and_no_key_is_stray() {
    Set<String> expected = ENUMS.stream()
        .flatMap(t -> Arrays.stream(t.getEnumConstants()).map(c -> t.getSimpleName() + "." + c.name()))
        .collect(Collectors.toSet());
    Texts labels = Texts.of(TrainingTopic.class, "Labels");
    assertThat(labels.keys(Language.EN)).isEqualTo(expected);
    assertThat(labels.keys(Language.TR)).isEqualTo(expected);
  }

  @Test
  void uses_the_glossary_wording() {
    Locale tr = Locale.forLanguageTag("tr-TR");
    assertThat(ProposalStatus.WITHDRAWN.getDisplayName(tr)).isEqualTo("Geri çekildi");
    assertThat(GrantProjectStatus.IN_PROGRESS.getDisplayName(tr)).isEqualTo("Uygulamada");
    assertThat(TrainingTopic.GENDER_RESPONSIVE_BUDGETING.getDisplayName(tr))
        .isEqualTo("Toplumsal cinsiyete duyarlı bütçeleme");
    assertThat(Authority.MINISTRY_OF_FAMILY_AND_SOCIAL_SERVICES.getDisplayName(Locale.ENGLISH))
        .isEqualTo("Ministry of Family and Social Services");
  }

  @Test
  void knows_which_statuses_follow_an_award_or_a_submission() {
    assertThat(Arrays.stream(GrantProjectStatus.values()).filter(s -> !s.wasAwarded()))
        .containsExactly(GrantProjectStatus.APPLIED);
    assertThat(Arrays.stream(ProposalStatus.values()).filter(s -> !s.wasSubmitted()))
        .containsExactly(ProposalStatus.DRAFTED);
  }
}
