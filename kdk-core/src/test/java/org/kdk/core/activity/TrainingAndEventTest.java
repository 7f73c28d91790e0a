package org.kdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.people.HeadCount;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class TrainingAndEventTest {

  static ImmutableTraining.Builder training() {
    return Training.builder()
        .id(Id.of("veri-egitimi"))
        .title("Cinsiyete göre ayrıştırılmış veri eğitimi")
        .period(DateRange.of(LocalDate.of(2013, 10, 14), LocalDate.of(2013, 10, 16)));
  }

  static Training fullTraining() {
    return training()
        .topic(TrainingTopic.SEX_DISAGGREGATED_DATA)
        .provinceCode("TR-06")
        .organiserInstitutionId(Id.of("mig"))
        .addParticipants(
            ParticipantGroup.builder().kind(InstitutionKind.GOVERNORSHIP).count(HeadCount.of(20, 10))
                .addInstitutionId(Id.of("mardin-valilik")).build(),
            ParticipantGroup.of(InstitutionKind.MUNICIPALITY, HeadCount.of(9, 7, 1)))
        .hours(18)
        .illustrative(true)
        .build();
  }

  static ImmutableAwarenessEvent.Builder event() {
    return AwarenessEvent.builder()
        .id(Id.of("8-mart-paneli"))
        .title("8 Mart paneli")
        .kind(AwarenessEventKind.PANEL)
        .date(LocalDate.of(2013, 3, 8));
  }

  static AwarenessEvent fullEvent() {
    return event()
        .provinceCode("TR-47")
        .organiserInstitutionId(Id.of("mardin-belediye"))
        .addParticipants(ParticipantGroup.of(InstitutionKind.WOMENS_NGO, HeadCount.of(40, 5)),
            ParticipantGroup.of(InstitutionKind.NEIGHBOURHOOD_ADMINISTRATION, HeadCount.of(3, 12)))
        .illustrative(true)
        .build();
  }

  @Nested
  class Trainings {
    @Test
    void round_trips_a_fully_populated_training() {
      String json = assertRoundTrip(fullTraining(), Training.class);
      assertThat(json)
          .contains("\"topic\" : \"SEX_DISAGGREGATED_DATA\"")
          .contains("\"kind\" : \"GOVERNORSHIP\"")
          .contains("\"hours\" : 18")
          .doesNotContain("totalParticipants");
    }

    @Test
    void totals_the_participants_of_all_groups() {
      assertThat(fullTraining().totalParticipants()).isEqualTo(HeadCount.of(29, 17, 1));
      assertThat(fullTraining().totalParticipants().total()).isEqualTo(47);
      assertThat(training().build().totalParticipants()).isEqualTo(HeadCount.none());
    }

    @Test
    void rejects_negative_hours() {
      assertThatThrownBy(() -> training().hours(-2).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Training.hours")
          .hasMessageContaining("-2");
    }

    @Test
    void flags_zero_hours_a_bad_province_and_a_blank_title() {
      Training bad = ImmutableTraining.copyOf(fullTraining()).withHours(0).withProvinceCode("TR-6")
          .withTitle("\t");
      assertThat(Constraints.violatedPaths(bad)).containsExactly("hours", "provinceCode", "title");
      assertThat(Constraints.violations(fullTraining())).isEmpty();
    }

    @Test
    void reports_a_broken_period_in_json_with_its_path() {
      String json = "{\"id\":\"t\",\"title\":\"T\",\"period\":{\"start\":\"2013-10-16\",\"end\":\"2013-10-14\"}}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Training.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("period.end");
          });
    }

    @Test
    void reports_a_negative_head_count_in_json_with_its_path() {
      String json = "{\"id\":\"t\",\"title\":\"T\",\"period\":{\"start\":\"2013-10-14\",\"end\":\"2013-10-14\"},"
          + "\"participants\":[{\"kind\":\"NGO\",\"count\":{\"women\":1,\"men\":1}},"
          + "{\"kind\":\"NGO\",\"count\":{\"women\":-1,\"men\":0}}]}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Training.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("participants[1].count.women");
          });
    }
  }

  @Nested
  class AwarenessEvents {
    @Test
    void round_trips_a_fully_populated_event() {
      String json = assertRoundTrip(fullEvent(), AwarenessEvent.class);
      assertThat(json)
          .contains("\"kind\" : \"PANEL\"")
          .contains("\"date\" : \"2013-03-08\"")
          .contains("\"organiserInstitutionId\" : \"mardin-belediye\"")
          .contains("\"kind\" : \"WOMENS_NGO\"");
    }

    @Test
    void totals_the_participants_of_all_groups() {
      assertThat(fullEvent().totalParticipants()).isEqualTo(HeadCount.of(43, 17));
    }

    @Test
    void flags_a_bad_province_and_a_blank_title() {
      AwarenessEvent bad = ImmutableAwarenessEvent.copyOf(fullEvent()).withTitle(" ")
          .withProvinceCode("tr-47");
      assertThat(Constraints.violatedPaths(bad)).containsExactly("provinceCode", "title");
      assertThat(Constraints.violations(fullEvent())).isEmpty();
    }

    @Test
    void reports_an_unknown_kind_with_its_path() {
      String json = "{\"id\":\"e\",\"title\":\"T\",\"kind\":\"CONCERT\",\"date\":\"2013-03-08\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, AwarenessEvent.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("kind");
          });
    }
  }
}
