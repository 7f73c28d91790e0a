package org.kdk.rules.catalogue.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.kdk.core.administration.ImmutableMunicipality;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;

/** Municipalities and datasets for the duty rules' tests. */
final class DutyFixtures {
  /** The day the tests validate as of. */
  static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);

  static final Locale TR = Locale.forLanguageTag("tr");

  private DutyFixtures() {}

  /** A builder with id, name, type and province (Kars) set. */
  static ImmutableMunicipality.Builder municipality(String id, String name, MunicipalityType type) {
    return Municipality.builder().id(Id.of(id)).name(name).type(type).provinceCode("TR-36");
  }

  /** A metropolitan municipality (Mardin) with no population recorded. */
  static ImmutableMunicipality.Builder metropolitan() {
    return Municipality.builder().id(Id.of("mardin-bb")).name("Mardin Büyükşehir Belediyesi")
        .type(MunicipalityType.METROPOLITAN).provinceCode("TR-47");
  }

  /** A district municipality of {@code population} people. */
  static ImmutableMunicipality.Builder district(long population) {
    return municipality("ilce-" + population, "Örnek İlçe Belediyesi", MunicipalityType.DISTRICT)
        .population(population);
  }

  /** A dataset of the municipalities. */
  static Dataset dataset(Municipality... municipalities) {
    return Dataset.builder().addMunicipalities(municipalities).build();
  }

  /** Asserts that both the English and the Turkish message of {@code finding} contain every value. */
  static void assertMessagesContain(Finding finding, Object... values) {
    for (Object value : values) {
      assertThat(finding.getMessage().get(Locale.ENGLISH)).contains(String.valueOf(value));
      assertThat(finding.getMessage().get(TR)).contains(String.valueOf(value));
    }
  }
}
