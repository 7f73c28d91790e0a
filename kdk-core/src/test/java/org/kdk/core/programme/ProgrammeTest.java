package org.kdk.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.LocalizedText;

class ProgrammeTest {
  private static final Programme KDK = Programme.kadinDostuKentler();

  private static List<String> codesOfPhase(int phase) {
    return Provinces.ofPhase(phase).stream().map(Province::getCode).collect(Collectors.toList());
  }

  @Nested
  class BuiltInDescription {
    @Test
    void has_three_phases_in_order() {
      assertThat(KDK.getPhases()).extracting(Phase::getNumber).containsExactly(1, 2, 3);
      assertThat(KDK.getName().get(Locale.ENGLISH)).isEqualTo("Women Friendly Cities United Nations Joint Programme");
    }

    @Test
    void is_one_shared_instance() {
      assertThat(Programme.kadinDostuKentler()).isSameAs(KDK);
    }

    @Test
    void phase_one_is_bmop_2006_to_2010_in_six_provinces() {
      Phase one = KDK.phase(1);
      assertThat(one.getName().getTr()).contains("BMOP");
      assertThat(one.getStart()).isEqualTo(LocalDate.of(2006, 1, 1));
      assertThat(one.getEnd()).contains(LocalDate.of(2010, 12, 31));
      assertThat(one.getLaunchedOn()).contains(LocalDate.of(2006, 12, 20)).contains(Programme.PHASE_1_LAUNCHED);
      assertThat(one.getFunders()).containsExactly("Sabancı Vakfı");
      assertThat(one.getPartners()).contains("KA-DER");
      assertThat(one.getProvinceCodes()).containsExactly("TR-35", "TR-36", "TR-50", "TR-61", "TR-63", "TR-65");
      assertThat(one.getNotes()).anySatisfy(n -> assertThat(n.get(Locale.ENGLISH)).contains("2010/10"));
    }

    @Test
    void phase_two_runs_april_2011_to_june_2015_in_twelve_provinces() {
      Phase two = KDK.phase(2);
      assertThat(two.getStart()).isEqualTo(LocalDate.of(2011, 4, 1));
      assertThat(two.getEnd()).contains(LocalDate.of(2015, 6, 30));
      assertThat(two.getFunders()).containsExactly("Sida");
      assertThat(two.getPartners())
          .containsExactly("İçişleri Bakanlığı Mahalli İdareler Genel Müdürlüğü", "UNFPA", "UNDP");
      assertThat(two.getProvinceCodes()).hasSize(12).doesNotContain("TR-65")
          .contains("TR-02", "TR-07", "TR-16", "TR-27", "TR-44", "TR-47", "TR-55");
      assertThat(two.getCommitmentSignedOn()).contains(LocalDate.of(2012, 7, 6));
      ClosingConference close = two.getClosingConference().orElseThrow();
      assertThat(close.getPeriod()).isEqualTo(DateRange.of(LocalDate.of(2015, 6, 10), LocalDate.of(2015, 6, 11)));
      assertThat(close.getPlace()).contains("Ankara");
      assertThat(close.getGrantProjectsShown()).contains(38);
    }

    @Test
    void phase_two_keeps_the_phase_one_provinces_except_van() {
      List<String> one = KDK.phase(1).getProvinceCodes();
      assertThat(KDK.phase(2).getProvinceCodes()).containsAll(one.subList(0, 5));
      assertThat(one).contains("TR-65");
    }

    @Test
    void phase_three_is_eu_funded_with_25_municipalities_and_no_end() {
      Phase three = KDK.phase(3);
      assertThat(three.getStart()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(three.getEnd()).isEmpty();
      assertThat(three.getFunders()).containsExactly("Avrupa Birliği");
      assertThat(three.getPartners()).containsExactly("UNFPA", "Türkiye Belediyeler Birliği");
      assertThat(three.getMunicipalityCount()).contains(25);
      assertThat(three.getProvinceCodes()).isEmpty();
    }

    @Test
    void phase_provinces_agree_with_the_province_catalogue() {
      assertThat(KDK.phase(1).getProvinceCodes()).isEqualTo(codesOfPhase(1));
      assertThat(KDK.phase(2).getProvinceCodes()).isEqualTo(codesOfPhase(2));
    }

    @Test
    void has_the_key_dates_as_constants() {
      assertThat(Programme.COMMITMENT_SIGNED).isEqualTo(LocalDate.of(2012, 7, 6));
      assertThat(Programme.CIRCULAR_2010_10).isEqualTo(LocalDate.of(2010, 2, 19));
      assertThat(Programme.GRANT_PROJECTS_SHOWN_AT_CLOSE).isEqualTo(38);
    }

    @Test
    void passes_its_own_constraints() {
      assertThat(Constraints.violations(KDK)).isEmpty();
    }

    @Test
    void round_trips_with_a_golden_snippet() {
      String json = assertRoundTrip(KDK, Programme.class);
      assertThat(json)
          .contains("\"number\" : 2")
          .contains("\"start\" : \"2011-04-01\"")
          .contains("\"commitmentSignedOn\" : \"2012-07-06\"")
          .contains("\"grantProjectsShown\" : 38")
          .contains("\"municipalityCount\" : 25")
          .doesNotContain("\"launchedOn\" : null");
    }
  }

  @Nested
  class Lookups {
    @Test
    void finds_a_phase_by_number() {
      assertThat(KDK.phase(2).getNumber()).isEqualTo(2);
      assertThat(KDK.findPhase(4)).isEmpty();
    }

    @Test
    void refuses_an_unknown_phase_number_listing_the_known_ones() {
      assertThatThrownBy(() -> KDK.phase(4))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("no phase 4")
          .hasMessageContaining("1, 2, 3");
    }

    @Test
    void lists_the_phases_of_a_province() {
      assertThat(KDK.phasesOf("TR-35")).extracting(Phase::getNumber).containsExactly(1, 2);
      assertThat(KDK.phasesOf("TR-47")).extracting(Phase::getNumber).containsExactly(2);
      assertThat(KDK.phasesOf("TR-65")).extracting(Phase::getNumber).containsExactly(1);
      assertThat(KDK.phasesOf("TR-06")).isEmpty();
    }

    @Test
    void finds_the_phase_running_on_a_date() {
      assertThat(KDK.phaseOn(Programme.COMMITMENT_SIGNED)).map(Phase::getNumber).contains(2);
      assertThat(KDK.phaseOn(Programme.CIRCULAR_2010_10)).map(Phase::getNumber).contains(1);
      assertThat(KDK.phaseOn(LocalDate.of(2020, 1, 1))).isEmpty();
      assertThat(KDK.phaseOn(LocalDate.of(2030, 1, 1))).map(Phase::getNumber).contains(3);
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_a_phase_number_given_twice() {
      assertThatThrownBy(() -> Programme.builder()
              .name(LocalizedText.ofTurkish("Deneme"))
              .addPhases(KDK.phase(1), KDK.phase(1))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Programme.phases")
          .hasMessageContaining("phase 1 appears twice");
    }

    @Test
    void reports_the_path_of_a_broken_phase_in_json() {
      String json = "{\"name\":{\"tr\":\"Deneme\"},\"phases\":[{\"number\":1,\"name\":{\"tr\":\"Bir\"},"
          + "\"start\":\"2011-01-01\"},{\"number\":2,\"name\":{\"tr\":\"İki\"},"
          + "\"start\":\"2015-01-01\",\"end\":\"2014-01-01\"}]}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Programme.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("phases[1].end");
          });
    }

    @Test
    void reports_the_path_of_an_unknown_property() {
      String json = "{\"name\":{\"tr\":\"Deneme\"},\"phases\":[{\"number\":1,\"name\":{\"tr\":\"Bir\"},"
          + "\"start\":\"2011-01-01\",\"provinces\":[\"TR-47\"]}]}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Programme.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_PROPERTY);
            assertThat(e.getPath()).isEqualTo("phases[0].provinces");
          });
    }
  }
}
