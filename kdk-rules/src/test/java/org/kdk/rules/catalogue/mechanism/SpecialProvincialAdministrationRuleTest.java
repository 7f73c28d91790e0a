package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.meeting;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.provincialCommission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class SpecialProvincialAdministrationRuleTest {
  private static final LocalDate DAY_BEFORE = LocalDate.of(2014, 3, 29);
  private static final LocalDate REFORM = LocalDate.of(2014, 3, 30);
  private static final StatusChange ACTIVE_2012 = StatusChange.of(LocalDate.of(2012, 6, 1), MechanismStatus.ACTIVE);

  private final SpecialProvincialAdministrationRule rule = new SpecialProvincialAdministrationRule();

  private static Dataset spaUnit(String provinceCode, StatusChange... history) {
    return Dataset.builder().addEqualityUnit(unit("İl Özel İdaresi Eşitlik Birimi", provinceCode,
        UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION).addStatusHistory(history).build()).build();
  }

  @Nested
  class StatusOnTheValidationDay {
    @Test
    void accepts_an_active_unit_in_mardin_the_day_before_the_reform() {
      assertThat(run(rule, spaUnit("TR-47", ACTIVE_2012), DAY_BEFORE)).isEmpty();
    }

    @Test
    void rejects_an_active_unit_in_mardin_on_the_day_of_the_reform() {
      List<Finding> findings = run(rule, spaUnit("TR-47", ACTIVE_2012), REFORM);
      assertThat(findings).singleElement().satisfies(f -> {
        assertFinding(f, "KDK-MECH-007", Severity.ERROR, "equalityUnits[0].statusHistory[0].status",
            "İl Özel İdaresi Eşitlik Birimi", "Mardin", "TR-47", "2014-03-30");
        assertThat(f.getMessage().get(Language.EN)).contains("Active");
        assertThat(f.getMessage().get(Language.TR)).contains("Faal");
      });
    }

    @Test
    void accepts_an_active_unit_in_kars_which_keeps_its_administration() {
      assertThat(run(rule, spaUnit("TR-36", ACTIVE_2012), REFORM)).isEmpty();
      assertThat(run(rule, spaUnit("TR-36", ACTIVE_2012), AS_OF)).isEmpty();
    }

    @Test
    void accepts_a_unit_in_mardin_dissolved_on_the_day_of_the_reform() {
      Dataset dataset = spaUnit("TR-47", ACTIVE_2012, StatusChange.of(REFORM, MechanismStatus.DISSOLVED));
      assertThat(run(rule, dataset, AS_OF)).isEmpty();
    }

    @Test
    void rejects_a_dormant_unit_in_mardin_after_the_reform() {
      Dataset dataset = spaUnit("TR-47", ACTIVE_2012,
          StatusChange.of(LocalDate.of(2013, 6, 1), MechanismStatus.DORMANT));
      assertThat(run(rule, dataset, AS_OF)).singleElement().satisfies(f -> {
        assertFinding(f, "KDK-MECH-007", Severity.ERROR, "equalityUnits[0].statusHistory[1].status",
            "2015-06-30");
        assertThat(f.getMessage().get(Language.TR)).contains("Atıl");
      });
    }

    @Test
    void rejects_a_provincial_council_commission_in_mardin_but_not_in_kars() {
      Dataset mardin = Dataset.builder().addEqualityCommission(provincialCommission("Mardin İGM Komisyonu", "TR-47").addStatusHistory(ACTIVE_2012).build()).build();
      assertThat(run(rule, mardin, AS_OF)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-007",
          Severity.ERROR, "equalityCommissions[0].statusHistory[0].status", "Mardin İGM Komisyonu", "TR-47"));
      Dataset kars = Dataset.builder().addEqualityCommission(provincialCommission("Kars İGM Komisyonu")
          .addStatusHistory(ACTIVE_2012).build()).build();
      assertThat(run(rule, kars, AS_OF)).isEmpty();
    }

    @Test
    void ignores_units_of_other_hosts() {
      Dataset dataset = Dataset.builder().addEqualityUnit(unit("Belediye Eşitlik Birimi", "TR-47",
          UnitHost.MUNICIPALITY).addStatusHistory(ACTIVE_2012).addMeetings(meeting(AS_OF, 4)).build()).build();
      assertThat(run(rule, dataset, AS_OF)).isEmpty();
    }
  }

  @Nested
  class DatesOnOrAfterTheLoss {
    @Test
    void accepts_a_meeting_in_mardin_the_day_before_and_rejects_one_on_the_day() {
      Dataset dataset = Dataset.builder().addEqualityUnit(unit("İÖİ Eşitlik Birimi", "TR-47",
              UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION)
          .addStatusHistory(ACTIVE_2012, StatusChange.of(REFORM, MechanismStatus.DISSOLVED))
          .addMeetings(meeting(DAY_BEFORE, 5), meeting(REFORM, 4)).build()).build();
      assertThat(run(rule, dataset, AS_OF)).singleElement().satisfies(f -> {
        assertFinding(f, "KDK-MECH-007", Severity.ERROR, "equalityUnits[0].meetings[1].date", "İÖİ Eşitlik Birimi",
            "Mardin (TR-47)", "2014-03-30");
        assertThat(f.getMessage().get(Language.EN)).contains("met on 2014-03-30");
      });
    }

    @Test
    void accepts_the_same_meetings_in_kars() {
      Dataset dataset = Dataset.builder().addEqualityUnit(unit("İÖİ Eşitlik Birimi", "TR-36",
              UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION)
          .addMeetings(meeting(DAY_BEFORE, 5), meeting(REFORM, 4)).build()).build();
      assertThat(run(rule, dataset, AS_OF)).isEmpty();
    }

    @Test
    void rejects_a_unit_established_in_mardin_on_the_day_of_the_reform() {
      Dataset dataset = Dataset.builder().addEqualityUnit(unit("Yeni Birim", "TR-47",
          UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION).establishedOn(REFORM).build()).build();
      assertThat(run(rule, dataset, AS_OF)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-007",
          Severity.ERROR, "equalityUnits[0].establishedOn", "Yeni Birim", "2014-03-30"));
      Dataset before = Dataset.builder().addEqualityUnit(unit("Eski Birim", "TR-47",
          UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION).establishedOn(DAY_BEFORE).build()).build();
      assertThat(run(rule, before, AS_OF)).isEmpty();
    }

    @Test
    void reports_a_status_change_after_the_loss_once_on_its_date() {
      Dataset dataset = spaUnit("TR-47", StatusChange.of(LocalDate.of(2014, 4, 10), MechanismStatus.ACTIVE));
      assertThat(run(rule, dataset, AS_OF)).singleElement().satisfies(f -> {
        assertFinding(f, "KDK-MECH-007", Severity.ERROR, "equalityUnits[0].statusHistory[0].date",
            "2014-04-10");
        assertThat(f.getMessage().get(Language.TR)).contains("Faal");
      });
    }

    @Test
    void skips_an_unknown_province_code() {
      assertThat(run(rule, spaUnit("TR-99", ACTIVE_2012), AS_OF)).isEmpty();
    }
  }
}
