package org.kdk.core.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.testing.Constraints;

class ProvincesTest {

  /** Reads the bundled CSV with a different method from the catalogue's own parser: split on quotes. */
  private static List<String[]> bundledRows() throws IOException {
    try (InputStream in = Provinces.class.getResourceAsStream("provinces.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> rows = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("plate,")) {
          continue;
        }
        // plate,name,nuts2,"agency",metropolitan,"phase"
        String[] q = line.split("\"", -1);
        String[] head = q[0].split(",", -1);
        String metropolitan = q[2].replaceAll("^,|,$", "");
        rows.add(new String[] {head[0], head[1], head[2], q[1], metropolitan, q[3]});
      }
      return rows;
    }
  }

  @Nested
  class Catalogue {
    @Test
    void equals_the_bundled_provinces_csv_field_by_field() throws IOException {
      List<String[]> rows = bundledRows();
      assertThat(Provinces.all()).hasSize(81).hasSameSizeAs(rows);
      for (String[] row : rows) {
        Province p = Provinces.ofPlate(Integer.parseInt(row[0]));
        assertThat(p.getCode()).isEqualTo("TR-" + row[0]);
        assertThat(p.getName()).isEqualTo(row[1]);
        assertThat(p.getNuts2()).isEqualTo(row[2]);
        assertThat(p.getDevelopmentAgency()).isEqualTo(row[3]);
        assertThat(p.getMetropolitanStatus()).isEqualTo(MetropolitanStatus.parseCatalogue(row[4]));
        List<Integer> phases = row[5].isEmpty() ? List.of()
            : Arrays.stream(row[5].split(",")).map(Integer::valueOf).collect(Collectors.toList());
        assertThat(p.getKdkPhases()).containsExactlyElementsOf(phases);
      }
    }

    @Test
    void has_thirty_metropolitan_provinces_sixteen_old_thirteen_by_law_6360_and_ordu_by_6447() {
      assertThat(Provinces.metropolitan()).hasSize(30);
      assertThat(Provinces.all()).filteredOn(p -> p.getMetropolitanStatus() == MetropolitanStatus.BEFORE_2012)
          .hasSize(16);
      assertThat(Provinces.all()).filteredOn(p -> p.getMetropolitanStatus() == MetropolitanStatus.LAW_6360)
          .hasSize(13);
      assertThat(Provinces.all()).filteredOn(p -> p.getMetropolitanStatus() == MetropolitanStatus.LAW_6447)
          .extracting(Province::getName).containsExactly("Ordu");
    }

    @Test
    void lists_the_programme_provinces_of_phases_one_and_two() {
      assertThat(Provinces.ofPhase(1)).extracting(Province::getName)
          .containsExactly("İzmir", "Kars", "Nevşehir", "Trabzon", "Şanlıurfa", "Van");
      assertThat(Provinces.ofPhase(2)).extracting(Province::getCode).containsExactly(
          "TR-02", "TR-07", "TR-16", "TR-27", "TR-35", "TR-36", "TR-44", "TR-47", "TR-50", "TR-55", "TR-61", "TR-63");
    }

    @Test
    void describes_mardin() {
      Province mardin = Provinces.of("TR-47");
      assertThat(mardin.getName()).isEqualTo("Mardin");
      assertThat(mardin.getNuts2()).isEqualTo("TRC3");
      assertThat(mardin.getDevelopmentAgency()).startsWith("Dicle Kalkınma Ajansı");
      assertThat(mardin.getMetropolitanStatus()).isEqualTo(MetropolitanStatus.LAW_6360);
    }
  }

  @Nested
  class Lookup {
    @Test
    void finds_by_name_ignoring_case_and_turkish_letters() {
      for (String name : new String[] {"İzmir", "izmir", "IZMIR", "İZMİR", "ızmır"}) {
        assertThat(Provinces.findByName(name)).as(name).map(Province::getCode).hasValue("TR-35");
      }
      assertThat(Provinces.findByName("sanliurfa")).map(Province::getCode).hasValue("TR-63");
      assertThat(Provinces.findByName("Atlantis")).isEmpty();
    }

    @Test
    void rejects_unknown_codes_and_plates_with_a_clear_message() {
      assertThatThrownBy(() -> Provinces.of("TR-82")).isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("TR-82").hasMessageContaining("TR-01 to TR-81");
      assertThatThrownBy(() -> Provinces.ofPlate(0)).isInstanceOf(NoSuchElementException.class);
      assertThat(Provinces.find("tr-47")).isEmpty();
      assertThat(Provinces.isCode("TR-47")).isTrue();
      assertThat(Provinces.isCode("TR-00")).isFalse();
      assertThat(Provinces.isCode("TR-4")).isFalse();
    }
  }

  @Nested
  class AsValue {
    @Test
    void round_trips_through_json() {
      String json = assertRoundTrip(Provinces.of("TR-35"), Province.class);
      assertThat(json).contains("\"code\" : \"TR-35\"").contains("\"kdkPhases\" : [ 1, 2 ]")
          .contains("\"metropolitanStatus\" : \"BEFORE_2012\"").doesNotContain("\"metropolitan\" :");
    }

    @Test
    void rejects_a_code_that_disagrees_with_the_plate() {
      assertThatThrownBy(() -> Province.builder().code("TR-48").plate(47).name("Mardin").nuts2("TRC3")
              .developmentAgency("DİKA").metropolitanStatus(MetropolitanStatus.LAW_6360).build())
          .isInstanceOf(org.kdk.core.value.InvariantViolationException.class)
          .hasMessageContaining("Province.code").hasMessageContaining("TR-47");
    }

    @Test
    void every_catalogue_entry_satisfies_its_constraints() {
      assertThat(Provinces.all()).allSatisfy(p -> assertThat(Constraints.violations(p)).isEmpty());
    }
  }
}
