package org.kdk.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.LocalizedText;

class OrdinalScaleTest {

  @Nested
  class Json {
    @Test
    void round_trips_a_labelled_scale() {
      String json = assertRoundTrip(Fixtures.fullScale(), OrdinalScale.class);
      assertThat(json).contains("\"min\" : 0").contains("\"max\" : 2")
          .contains("\"tr\" : \"Tam olarak karşılıyor\"");
    }

    @Test
    void round_trips_an_unlabelled_scale_without_levels() {
      assertThat(assertRoundTrip(OrdinalScale.of(1, 5), OrdinalScale.class)).doesNotContain("levels");
    }

    @Test
    void reports_the_path_of_a_wrong_number_of_levels() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"min\": 0, \"max\": 2, \"levels\": [{\"tr\": \"Yok\"}]}",
              OrdinalScale.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getPath()).isEqualTo("levels"));
    }
  }

  @Nested
  class Sdg5c1 {
    @Test
    void scores_does_not_meet_approaches_fully_meets() {
      OrdinalScale scale = OrdinalScale.sdg5c1();
      assertThat(scale.size()).isEqualTo(3);
      assertThat(scale.levelOf(0).map(t -> t.get(Language.EN))).contains("Does not meet the requirements");
      assertThat(scale.levelOf(1).map(t -> t.get(Language.EN))).contains("Approaches the requirements");
      assertThat(scale.levelOf(2).map(t -> t.get(Language.EN))).contains("Fully meets the requirements");
      assertThat(scale.levelOf(3)).isEmpty();
      assertThat(scale.contains(2)).isTrue();
      assertThat(scale.contains(-1)).isFalse();
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_max_not_above_min() {
      assertThatThrownBy(() -> OrdinalScale.of(2, 2))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("OrdinalScale.max: max must be above min: min=2, max=2 (value: 2)");
    }

    @Test
    void rejects_levels_that_do_not_name_every_point() {
      assertThatThrownBy(() -> OrdinalScale.of(0, 2, LocalizedText.ofTurkish("Yok"), LocalizedText.ofTurkish("Var")))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("OrdinalScale.levels")
          .hasMessageContaining("each of the 3 points from 0 to 2, but 2 were given");
    }
  }
}
