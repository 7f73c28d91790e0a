package org.kdk.core.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LawCalendarTest {
  private static final LocalDate DAY_BEFORE = LocalDate.of(2014, 3, 29);
  private static final LocalDate REFORM = LocalDate.of(2014, 3, 30);

  @Test
  void mardin_loses_its_special_provincial_administration_on_30_march_2014() {
    Province mardin = Provinces.of("TR-47");
    assertThat(LawCalendar.hasSpecialProvincialAdministration(mardin, DAY_BEFORE)).isTrue();
    assertThat(LawCalendar.hasSpecialProvincialAdministration(mardin, REFORM)).isFalse();
    assertThat(LawCalendar.hasProvincialCouncil(mardin, LocalDate.of(2013, 1, 15))).isTrue();
    assertThat(LawCalendar.hasProvincialCouncil(mardin, LocalDate.of(2015, 1, 15))).isFalse();
    assertThat(LawCalendar.isMetropolitan(mardin, DAY_BEFORE)).isFalse();
    assertThat(LawCalendar.isMetropolitan(mardin, REFORM)).isTrue();
  }

  @Test
  void kars_keeps_its_special_provincial_administration() {
    Province kars = Provinces.of("TR-36");
    assertThat(LawCalendar.hasSpecialProvincialAdministration(kars, DAY_BEFORE)).isTrue();
    assertThat(LawCalendar.hasSpecialProvincialAdministration(kars, REFORM)).isTrue();
    assertThat(LawCalendar.hasSpecialProvincialAdministration(kars, LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(LawCalendar.isMetropolitan(kars, LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void izmir_was_already_metropolitan_and_its_special_provincial_administration_ended_in_2014() {
    Province izmir = Provinces.of("TR-35");
    assertThat(LawCalendar.isMetropolitan(izmir, LocalDate.of(2006, 12, 20))).isTrue();
    assertThat(LawCalendar.hasSpecialProvincialAdministration(izmir, DAY_BEFORE)).isTrue();
    assertThat(LawCalendar.hasSpecialProvincialAdministration(izmir, REFORM)).isFalse();
  }

  @Test
  void only_adiyaman_kars_and_nevsehir_of_phase_two_keep_the_bodies_after_2014() {
    assertThat(Provinces.ofPhase(2))
        .filteredOn(p -> LawCalendar.hasSpecialProvincialAdministration(p, REFORM))
        .extracting(Province::getName)
        .containsExactly("Adıyaman", "Kars", "Nevşehir");
  }

  @Test
  void other_institution_kinds_do_not_come_and_go_with_the_reform() {
    Province mardin = Provinces.of("TR-47");
    assertThat(LawCalendar.canExist(InstitutionKind.GOVERNORSHIP, mardin, REFORM)).isTrue();
    assertThat(LawCalendar.canExist(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION, mardin, REFORM)).isFalse();
    assertThat(LawCalendar.canExist(InstitutionKind.PROVINCIAL_COUNCIL, mardin, DAY_BEFORE)).isTrue();
  }
}
