package org.kdk.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.LocalizedText;

class PhaseTest {

  static ImmutablePhase.Builder minimal() {
    return minimal(2);
  }

  static ImmutablePhase.Builder minimal(int number) {
    return Phase.builder().number(number).name(LocalizedText.of("2. aşama", "Phase 2")).start(LocalDate.of(2011, 4, 1));
  }

  static Phase full() {
    return minimal()
        .end(LocalDate.of(2015, 6, 30))
        .launchedOn(LocalDate.of(2011, 4, 15))
        .addFunder("Sida")
        .addPartners("UNFPA", "UNDP")
        .addProvinceCodes("TR-47", "TR-02")
        .municipalityCount(12)
        .commitmentSignedOn(LocalDate.of(2012, 7, 6))
        .closingConference(ClosingConference.of(
            DateRange.of(LocalDate.of(2015, 6, 10), LocalDate.of(2015, 6, 11)), "Ankara", 38))
        .addNote(LocalizedText.of("Not", "Note"))
        .build();
  }

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_phase() {
      String json = assertRoundTrip(full(), Phase.class);
      assertThat(json)
          .contains("\"provinceCodes\" : [ \"TR-47\", \"TR-02\" ]")
          .contains("\"closingConference\" : {")
          .contains("\"place\" : \"Ankara\"")
          .contains("\"launchedOn\" : \"2011-04-15\"");
    }

    @Test
    void round_trips_a_closing_conference() {
      String json = assertRoundTrip(full().getClosingConference().orElseThrow(), ClosingConference.class);
      assertThat(json).contains("\"grantProjectsShown\" : 38").contains("\"start\" : \"2015-06-10\"");
    }

    @Test
    void leaves_out_what_is_absent() {
      String json = KdkJson.strict().write(minimal().build());
      assertThat(json).doesNotContain("end").doesNotContain("funders").doesNotContain("closingConference");
    }

    @Test
    void reports_a_bad_date_with_its_path() {
      String json = "{\"number\":1,\"name\":{\"tr\":\"Bir\"},\"start\":\"2011-02-30\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Phase.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class,
              e -> assertThat(e.getPath()).isEqualTo("start"));
    }

    @Test
    void reports_a_missing_name() {
      String json = "{\"number\":1,\"start\":\"2011-01-01\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Phase.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("name");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_an_end_before_the_start() {
      assertThatThrownBy(() -> minimal().end(LocalDate.of(2010, 12, 31)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("Phase.end: end must be on or after start: start=2011-04-01, end=2010-12-31"
              + " (value: 2010-12-31)");
    }

    @Test
    void accepts_a_one_day_phase() {
      assertThat(minimal().end(LocalDate.of(2011, 4, 1)).build().runsOn(LocalDate.of(2011, 4, 1))).isTrue();
    }

    @Test
    void rejects_a_province_listed_twice() {
      assertThatThrownBy(() -> minimal().addProvinceCodes("TR-47", "TR-47").build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Phase.provinceCodes")
          .hasMessageContaining("TR-47");
    }

    @Test
    void rejects_a_negative_municipality_count() {
      assertThatThrownBy(() -> minimal().municipalityCount(-1).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Phase.municipalityCount")
          .hasMessageContaining("-1");
    }

    @Test
    void rejects_a_negative_number_of_projects_shown() {
      assertThatThrownBy(() -> ClosingConference.of(DateRange.ofYears(2015, 2015), "Ankara", -3))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ClosingConference.grantProjectsShown")
          .hasMessageContaining("-3");
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_full_phase_is_valid() {
      assertThat(Constraints.violations(full())).isEmpty();
    }

    @Test
    void flags_a_phase_number_outside_one_to_three() {
      assertThat(Constraints.violatedPaths(minimal(4).build())).containsExactly("number");
      assertThat(Constraints.violatedPaths(minimal(0).build())).containsExactly("number");
    }

    @Test
    void flags_a_bad_province_code_and_a_blank_funder() {
      Phase phase = minimal().addProvinceCodes("TR-47", "TR-99").addFunder(" ").build();
      assertThat(Constraints.violatedPaths(phase)).containsExactly("funders[0].<list element>",
          "provinceCodes[1].<list element>");
    }

    @Test
    void flags_a_blank_conference_place() {
      Phase phase = minimal().closingConference(ClosingConference.of(DateRange.ofYears(2015, 2015), "", 1)).build();
      assertThat(Constraints.violatedPaths(phase)).containsExactly("closingConference.place");
    }
  }
}
