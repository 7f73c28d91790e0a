package org.kdk.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.reporting.report.ReportData.date;
import static org.kdk.reporting.report.ReportData.id;
import static org.kdk.reporting.report.ReportData.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;

class ReportEngineScorecardTest {
  static final LocalDate BEFORE_REFORM = date(2013, 6, 30);
  static final LocalDate AFTER_REFORM = date(2014, 6, 30);
  final ReportEngine engine = ReportEngine.standard();

  static MechanismSlot slot(ProvinceScorecard card, MechanismKind kind) {
    return card.getMechanisms().stream().filter(s -> s.getKind() == kind).findFirst().orElseThrow();
  }

  static List<DutyStatus> duties(ProvinceScorecard card, String municipalityId) {
    return card.getDuties().stream().filter(d -> d.getMunicipalityId().equals(id(municipalityId)))
        .map(DutyLine::getStatus).collect(java.util.stream.Collectors.toList());
  }

  @Nested
  class MardinAcrossTheMetropolitanReform {
    final Dataset mardin = MardinDataset.build();

    @Test
    void is_metropolitan_from_the_reform_on() {
      assertThat(engine.scorecard(mardin, "TR-47", BEFORE_REFORM).isMetropolitan()).isFalse();
      assertThat(engine.scorecard(mardin, "TR-47", LawCalendar.METROPOLITAN_REFORM.minusDays(1)).isMetropolitan())
          .isFalse();
      assertThat(engine.scorecard(mardin, "TR-47", LawCalendar.METROPOLITAN_REFORM).isMetropolitan()).isTrue();
      assertThat(engine.scorecard(mardin, "TR-47", AFTER_REFORM).getProvinceName()).isEqualTo("Mardin");
    }

    @Test
    void has_one_slot_per_mechanism_kind_in_order() {
      assertThat(engine.scorecard(mardin, "TR-47", BEFORE_REFORM).getMechanisms()).extracting(MechanismSlot::getKind)
          .containsExactly(MechanismKind.values());
    }

    @Test
    void before_the_reform_the_special_provincial_administrations_bodies_are_applicable_and_present() {
      ProvinceScorecard card = engine.scorecard(mardin, "TR-47", BEFORE_REFORM);
      MechanismSlot unit = slot(card, MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION);
      assertThat(unit.isApplicable()).isTrue();
      assertThat(unit.isPresent()).isTrue();
      assertThat(unit.isActive()).isTrue();
      assertThat(unit.getNames()).containsExactly("Mardin İl Özel İdaresi Eşitlik Birimi");
      MechanismSlot commission = slot(card, MechanismKind.COMMISSION_PROVINCIAL_COUNCIL);
      assertThat(commission.isApplicable()).isTrue();
      assertThat(commission.isPresent()).isTrue();
      assertThat(commission.getStatus()).contains(MechanismStatus.ACTIVE);
    }

    @Test
    void after_the_reform_they_are_neither_applicable_nor_present_and_show_as_dissolved() {
      ProvinceScorecard card = engine.scorecard(mardin, "TR-47", AFTER_REFORM);
      for (MechanismKind kind : List.of(MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION,
          MechanismKind.COMMISSION_PROVINCIAL_COUNCIL)) {
        MechanismSlot slot = slot(card, kind);
        assertThat(slot.isApplicable()).as(kind.name()).isFalse();
        assertThat(slot.isPresent()).as(kind.name()).isFalse();
        assertThat(slot.isActive()).as(kind.name()).isFalse();
        assertThat(slot.getStatus()).as(kind.name()).contains(MechanismStatus.DISSOLVED);
      }
      assertThat(slot(engine.scorecard(mardin, "TR-47", LawCalendar.METROPOLITAN_REFORM),
          MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION).isApplicable()).isFalse();
    }

    @Test
    void the_board_and_the_governorships_unit_stay_active_and_the_municipality_has_none() {
      ProvinceScorecard card = engine.scorecard(mardin, "TR-47", AFTER_REFORM);
      assertThat(slot(card, MechanismKind.COORDINATION_BOARD).isActive()).isTrue();
      assertThat(slot(card, MechanismKind.COORDINATION_BOARD).getNames())
          .containsExactly("Mardin İl Kadın Hakları Koordinasyon Kurulu");
      assertThat(slot(card, MechanismKind.UNIT_GOVERNORSHIP).isActive()).isTrue();
      MechanismSlot municipal = slot(card, MechanismKind.UNIT_MUNICIPALITY);
      assertThat(municipal.isApplicable()).isTrue();
      assertThat(municipal.isPresent()).isFalse();
      assertThat(municipal.getStatus()).isEmpty();
      assertThat(municipal.getNames()).isEmpty();
    }

    @Test
    void shows_the_plans_that_exist_on_the_date_with_their_state_then() {
      assertThat(engine.scorecard(mardin, "TR-47", BEFORE_REFORM).getPlans())
          .extracting(PlanStage::getPlanId, PlanStage::getState)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(id("mardin-yeep"), PlanState.BOARD_APPROVED));
      assertThat(engine.scorecard(mardin, "TR-47", AFTER_REFORM).getPlans())
          .extracting(PlanStage::getPlanId, PlanStage::getState).containsExactly(
              org.assertj.core.groups.Tuple.tuple(id("mardin-yeep"), PlanState.BOARD_APPROVED),
              org.assertj.core.groups.Tuple.tuple(id("mardin-yesp"), PlanState.DRAFTING));
      PlanStage yesp = engine.scorecard(mardin, "TR-47", MardinDataset.YESP_ADOPTED).getPlans().get(1);
      assertThat(yesp.getState()).isEqualTo(PlanState.BOARD_APPROVED);
      assertThat(yesp.getHistory()).hasSize(2);
      assertThat(engine.scorecard(mardin, "TR-47", date(2012, 10, 1)).getPlans().get(0).getHistory()).hasSize(2);
    }

    @Test
    void carries_the_indicators_of_its_plans_with_every_status_counted() {
      ProvinceScorecard card = engine.scorecard(mardin, "TR-47", date(2015, 6, 30));
      assertThat(card.getIndicators()).extracting(p -> p.getIndicatorId()).containsExactly(id("yeep-g1"));
      assertThat(card.getStatusCounts()).extracting(StatusCount::getStatus).containsExactly(ProgressStatus.values());
      assertThat(card.getStatusCounts().stream().mapToInt(StatusCount::getCount).sum()).isEqualTo(1);
    }

    @Test
    void judges_the_duties_of_the_municipalities_existing_on_the_date() {
      ProvinceScorecard before = engine.scorecard(mardin, "TR-47", BEFORE_REFORM);
      assertThat(before.getDuties()).extracting(DutyLine::getMunicipalityId).containsOnly(id("mardin-belediyesi"));
      assertThat(duties(before, "mardin-belediyesi")).as("population not recorded")
          .containsExactly(DutyStatus.UNKNOWN, DutyStatus.UNKNOWN);
      ProvinceScorecard after = engine.scorecard(mardin, "TR-47", AFTER_REFORM);
      assertThat(after.getDuties()).extracting(DutyLine::getDuty)
          .containsExactly(Duty.SHELTER, Duty.STRATEGIC_PLAN, Duty.SHELTER, Duty.STRATEGIC_PLAN);
      assertThat(duties(after, "mardin-bb")).as("a metropolitan municipality three months old")
          .containsExactly(DutyStatus.UNKNOWN, DutyStatus.NOT_APPLICABLE);
      assertThat(duties(engine.scorecard(mardin, "TR-47", date(2015, 6, 30)), "mardin-bb"))
          .containsExactly(DutyStatus.UNKNOWN, DutyStatus.UNKNOWN);
    }

    @Test
    void summarises_the_findings_of_the_current_law_profile() {
      ProvinceScorecard card = engine.scorecard(mardin, "TR-47", date(2015, 6, 30));
      FindingSummary findings = card.getFindings();
      assertThat(findings.getProfile()).isEqualTo(Profiles.currentLaw().getName());
      assertThat(findings.getTop()).hasSizeLessThanOrEqualTo(10);
      List<Finding> all = KdkValidator.of(Profiles.currentLaw()).validate(mardin, date(2015, 6, 30)).getFindings();
      long provincial = all.stream().filter(f -> FindingPlaces.provinceOf(mardin, f.getPath()).isPresent()).count();
      assertThat(findings.getErrors() + findings.getWarnings() + findings.getInfos()).isEqualTo((int) provincial);
      assertThat(findings.getTop()).isSortedAccordingTo(Finding::compareTo);
    }

    @Test
    void notes_that_its_figures_are_illustrative() {
      assertThat(engine.scorecard(mardin, "TR-47", AFTER_REFORM).getNotes()).extracting(ReportNote::getCode)
          .containsExactly("ILLUSTRATIVE");
    }
  }

  @Nested
  class Mechanisms {
    final Dataset kars = Dataset.builder()
        .addCoordinationBoard(CoordinationBoard.builder().id(id("kars-ikhkk")).name("Kars İKHKK").provinceCode("TR-36")
            .hostInstitutionId(id("kars-valilik")).establishedOn(date(2012, 1, 1))
            .addMeeting(Meeting.of(date(2012, 5, 1), HeadCount.of(10, 5)))
            .addMeeting(Meeting.of(date(2014, 1, 1), HeadCount.of(12, 4))).build())
        .addEqualityUnit(EqualityUnit.builder().id(id("kars-valilik-eb")).name("Kars Valiliği Eşitlik Birimi")
            .provinceCode("TR-36").host(UnitHost.GOVERNORSHIP).hostInstitutionId(id("kars-valilik"))
            .addStatusHistory(StatusChange.of(date(2012, 1, 1), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(date(2013, 1, 1), MechanismStatus.DORMANT)).build())
        .addEqualityUnit(EqualityUnit.builder().id(id("kars-baro-eb")).name("Kars Barosu Eşitlik Birimi")
            .provinceCode("TR-36").host(UnitHost.MEMBER_INSTITUTION).hostInstitutionId(id("kars-baro")).build())
        .addEqualityUnit(EqualityUnit.builder().id(id("kars-bel-eb")).name("Kars Belediyesi Eşitlik Birimi")
            .provinceCode("TR-36").host(UnitHost.MUNICIPALITY).hostInstitutionId(id("kars-belediyesi")).build())
        .addEqualityCommission(EqualityCommission.builder().id(id("kek-1")).name("Eski komisyon").provinceCode("TR-36")
            .council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(id("kars-meclis"))
            .addStatusHistory(StatusChange.of(date(2012, 1, 1), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(date(2013, 1, 1), MechanismStatus.DISSOLVED)).build())
        .addEqualityCommission(EqualityCommission.builder().id(id("kek-2")).name("Yeni komisyon").provinceCode("TR-36")
            .council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(id("kars-meclis"))
            .addStatusHistory(StatusChange.of(date(2013, 3, 1), MechanismStatus.ACTIVE)).build())
        .build();

    @Test
    void a_board_without_status_history_exists_from_its_founding_day_but_is_not_active() {
      MechanismSlot board = slot(engine.scorecard(kars, "TR-36", BEFORE_REFORM), MechanismKind.COORDINATION_BOARD);
      assertThat(board.isPresent()).isTrue();
      assertThat(board.isActive()).isFalse();
      assertThat(board.getStatus()).isEmpty();
      assertThat(board.getLastMeeting()).contains(date(2012, 5, 1));
      MechanismSlot early = slot(engine.scorecard(kars, "TR-36", date(2011, 6, 30)), MechanismKind.COORDINATION_BOARD);
      assertThat(early.isPresent()).isFalse();
      assertThat(early.getNames()).as("not set up yet").isEmpty();
    }

    @Test
    void a_dormant_unit_is_present_but_not_active() {
      MechanismSlot unit = slot(engine.scorecard(kars, "TR-36", BEFORE_REFORM), MechanismKind.UNIT_GOVERNORSHIP);
      assertThat(unit.isPresent()).isTrue();
      assertThat(unit.isActive()).isFalse();
      assertThat(unit.getStatus()).contains(MechanismStatus.DORMANT);
    }

    @Test
    void an_undated_unit_is_taken_to_exist_and_a_member_institutions_unit_is_no_slot() {
      ProvinceScorecard card = engine.scorecard(kars, "TR-36", date(2011, 6, 30));
      assertThat(slot(card, MechanismKind.UNIT_MUNICIPALITY).isPresent()).isTrue();
      assertThat(slot(card, MechanismKind.UNIT_MUNICIPALITY).getNames())
          .containsExactly("Kars Belediyesi Eşitlik Birimi");
      assertThat(card.getMechanisms()).flatExtracting(MechanismSlot::getNames)
          .doesNotContain("Kars Barosu Eşitlik Birimi");
    }

    @Test
    void a_slot_of_several_commissions_shows_the_liveliest_status_and_all_their_names() {
      MechanismSlot commissions = slot(engine.scorecard(kars, "TR-36", BEFORE_REFORM),
          MechanismKind.COMMISSION_MUNICIPAL_COUNCIL);
      assertThat(commissions.isPresent()).isTrue();
      assertThat(commissions.isActive()).isTrue();
      assertThat(commissions.getStatus()).contains(MechanismStatus.ACTIVE);
      assertThat(commissions.getNames()).containsExactly("Eski komisyon", "Yeni komisyon");
      MechanismSlot between = slot(engine.scorecard(kars, "TR-36", date(2013, 2, 1)),
          MechanismKind.COMMISSION_MUNICIPAL_COUNCIL);
      assertThat(between.isPresent()).isFalse();
      assertThat(between.getStatus()).contains(MechanismStatus.DISSOLVED);
      assertThat(between.getNames()).containsExactly("Eski komisyon");
    }

    @Test
    void a_province_that_keeps_its_special_provincial_administration_keeps_those_slots_applicable() {
      ProvinceScorecard card = engine.scorecard(kars, "TR-36", date(2016, 1, 1));
      assertThat(card.isMetropolitan()).isFalse();
      assertThat(slot(card, MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION).isApplicable()).isTrue();
      assertThat(slot(card, MechanismKind.COMMISSION_PROVINCIAL_COUNCIL).isApplicable()).isTrue();
      assertThat(slot(card, MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION).isPresent()).isFalse();
    }

    @Test
    void mechanisms_of_other_provinces_do_not_count() {
      ProvinceScorecard adiyaman = engine.scorecard(kars, "TR-02", BEFORE_REFORM);
      assertThat(adiyaman.getMechanisms()).noneMatch(MechanismSlot::isPresent);
    }
  }

  @Nested
  class Duties {
    static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);

    final Dataset kars = Dataset.builder()
        .addMunicipality(municipality("big", MunicipalityType.PROVINCE_CENTRE, "TR-36",
            150_000L).shelterCount(1).addStrategicPlanPeriod(DateRange.ofYears(2015, 2019)).build())
        .addMunicipality(municipality("exactly-100k", MunicipalityType.DISTRICT, "TR-36",
            100_000L).shelterCount(0).build())
        .addMunicipality(municipality("over-100k", MunicipalityType.DISTRICT, "TR-36",
            100_001L).shelterCount(0).addStrategicPlanPeriod(DateRange.ofYears(2010, 2014)).build())
        .addMunicipality(municipality("just-below-50k", MunicipalityType.TOWN, "TR-36", 49_999L).build())
        .addMunicipality(municipality("unknown", MunicipalityType.DISTRICT, "TR-36", null).build())
        .addMunicipality(municipality("gone", MunicipalityType.TOWN, "TR-36", 3_000L)
            .abolishedOn(date(2015, 1, 1)).build())
        .addMunicipality(municipality("elsewhere", MunicipalityType.DISTRICT, "TR-02", 200_000L).build())
        .build();

    @Test
    void lists_shelter_then_strategic_plan_for_each_existing_municipality_of_the_province() {
      ProvinceScorecard card = engine.scorecard(kars, "TR-36", AS_OF);
      assertThat(card.getDuties()).extracting(DutyLine::getMunicipalityId).containsExactly(
          id("big"), id("big"), id("exactly-100k"), id("exactly-100k"), id("over-100k"), id("over-100k"),
          id("just-below-50k"), id("just-below-50k"), id("unknown"), id("unknown"));
      assertThat(card.getDuties().get(0).getMunicipalityName()).isEqualTo("Belediye big");
    }

    @Test
    void a_large_municipality_with_a_shelter_and_a_current_plan_meets_both() {
      assertThat(duties(engine.scorecard(kars, "TR-36", AS_OF), "big"))
          .containsExactly(DutyStatus.MET, DutyStatus.MET);
    }

    @Test
    void shelters_oblige_above_100000_people_not_at_100000() {
      ProvinceScorecard card = engine.scorecard(kars, "TR-36", AS_OF);
      assertThat(duties(card, "exactly-100k").get(0)).isEqualTo(DutyStatus.NOT_APPLICABLE);
      assertThat(duties(card, "over-100k").get(0)).isEqualTo(DutyStatus.NOT_MET);
    }

    @Test
    void a_strategic_plan_is_due_from_50000_people_and_met_only_by_a_period_covering_the_date() {
      ProvinceScorecard card = engine.scorecard(kars, "TR-36", AS_OF);
      assertThat(duties(card, "over-100k").get(1)).as("its plan ended in 2014").isEqualTo(DutyStatus.NOT_MET);
      assertThat(duties(card, "exactly-100k").get(1)).as("no period recorded").isEqualTo(DutyStatus.UNKNOWN);
      assertThat(duties(card, "just-below-50k")).containsExactly(DutyStatus.NOT_APPLICABLE, DutyStatus.NOT_APPLICABLE);
      assertThat(duties(engine.scorecard(kars, "TR-36", date(2014, 6, 30)), "over-100k").get(1))
          .isEqualTo(DutyStatus.MET);
    }

    @Test
    void without_a_population_neither_duty_can_be_judged() {
      assertThat(duties(engine.scorecard(kars, "TR-36", AS_OF), "unknown"))
          .containsExactly(DutyStatus.UNKNOWN, DutyStatus.UNKNOWN);
    }

    @Test
    void a_new_metropolitan_municipality_has_six_months_for_its_strategic_plan() {
      Municipality metropolitan = municipality("bb", MunicipalityType.METROPOLITAN,
          "TR-47", null).establishedOn(LawCalendar.METROPOLITAN_REFORM).shelterCount(2).build();
      Dataset dataset = Dataset.builder().addMunicipality(metropolitan).build();
      assertThat(duties(engine.scorecard(dataset, "TR-47", date(2014, 9, 29)), "bb"))
          .containsExactly(DutyStatus.MET, DutyStatus.NOT_APPLICABLE);
      assertThat(duties(engine.scorecard(dataset, "TR-47", date(2014, 9, 30)), "bb"))
          .containsExactly(DutyStatus.MET, DutyStatus.UNKNOWN);
    }
  }

  @Nested
  class Findings {
    // Mardin plus a Kars municipality of 150,000 people recorded with no shelter: KDK-DUTY-001 in Kars.
    final Dataset both = ReportData.withMunicipalities(MardinDataset.build(),
        municipality("kars-bel", MunicipalityType.PROVINCE_CENTRE, "TR-36", 150_000L).shelterCount(0).build());

    @Test
    void keeps_only_the_findings_about_objects_of_the_province() {
      FindingSummary kars = engine.scorecard(both, "TR-36", date(2015, 6, 30)).getFindings();
      assertThat(kars.getTop()).extracting(Finding::getRuleId).contains("KDK-DUTY-001");
      assertThat(kars.getErrors()).isGreaterThanOrEqualTo(1);
      assertThat(kars.getTop())
          .allMatch(f -> FindingPlaces.provinceOf(both, f.getPath()).orElseThrow().equals("TR-36"));
      FindingSummary mardin = engine.scorecard(both, "TR-47", date(2015, 6, 30)).getFindings();
      assertThat(mardin.getTop()).extracting(Finding::getRuleId).doesNotContain("KDK-DUTY-001");
      assertThat(mardin.getTop()).allMatch(f -> FindingPlaces.provinceOf(both, f.getPath()).orElseThrow()
          .equals("TR-47"));
    }

    @Test
    void puts_errors_first_and_counts_by_severity() {
      FindingSummary kars = engine.scorecard(both, "TR-36", date(2015, 6, 30)).getFindings();
      assertThat(kars.getTop().get(0).getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(kars.getTop()).hasSize(kars.getErrors() + kars.getWarnings() + kars.getInfos());
    }

    @Test
    void withholds_the_message_of_a_finding_that_may_quote_a_sensitive_count() {
      // Women 3 and men 4 of a total of 5 do not add up (KDK-IND-005), and the message would quote all three.
      Indicator violence = Indicator.builder().id(id("g-vaw")).definition(ReportData.definition("T-VAW",
              Measure.COUNT, Direction.DECREASE, true))
          .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(5))
              .women(Measurement.of(3)).men(Measurement.of(4)).build()).build();
      Dataset dataset = Dataset.builder()
          .addPlan(ReportData.plan("kars", "TR-36", PlanState.DRAFTING).addIndicator(violence).build()).build();
      ProvinceScorecard card = engine.scorecard(dataset, "TR-36", date(2015, 6, 30));
      Finding parts = card.getFindings().getTop().stream().filter(f -> f.getRuleId().equals("KDK-IND-005"))
          .findFirst().orElseThrow();
      assertThat(parts.getPath()).startsWith("plans[0].indicators[0]");
      assertThat(parts.getMessage().getTr()).contains("hassas").doesNotContain("7");
      assertThat(parts.getMessage().getEn()).hasValueSatisfying(en -> assertThat(en).contains("withheld"));
      assertThat(card.getNotes()).extracting(ReportNote::getCode).contains("SUPPRESSED");
    }

    @Test
    void a_province_without_objects_has_no_findings() {
      FindingSummary none = engine.scorecard(both, "TR-65", date(2015, 6, 30)).getFindings();
      assertThat(none.getErrors() + none.getWarnings() + none.getInfos()).isZero();
      assertThat(none.getTop()).isEmpty();
    }

    @Test
    void places_a_path_by_the_object_at_its_first_step() {
      Dataset mardin = MardinDataset.build();
      List<Decision> decisions = new java.util.ArrayList<>(mardin.getDecisions());
      decisions.add(Decision.builder().id(id("kars-karar")).body(DecisionBody.MUNICIPAL_COUNCIL)
          .bodyId(id("kars-meclis")).date(date(2013, 1, 1)).subject("Karar").outcome(DecisionOutcome.ADOPTED)
          .build());
      List<org.kdk.core.administration.Institution> institutions = new java.util.ArrayList<>(mardin.getInstitutions());
      institutions.add(ReportData.institution("kars-meclis", "Kars Belediye Meclisi",
          org.kdk.core.administration.InstitutionKind.MUNICIPAL_COUNCIL, "TR-36"));
      Dataset dataset = ImmutableDataset.copyOf(mardin).withDecisions(decisions).withInstitutions(institutions);
      assertThat(FindingPlaces.provinceOf(dataset, "plans[1].history[0].to")).contains("TR-47");
      assertThat(FindingPlaces.provinceOf(dataset, "coordinationBoards[0].meetings")).contains("TR-47");
      assertThat(FindingPlaces.provinceOf(dataset, "equalityCommissions[0]")).contains("TR-47");
      assertThat(FindingPlaces.provinceOf(dataset, "municipalities[2].population")).contains("TR-47");
      assertThat(FindingPlaces.provinceOf(dataset, "decisions[0].votes")).as("through the board").contains("TR-47");
      assertThat(FindingPlaces.provinceOf(dataset, "decisions[2].number")).as("through the council")
          .contains("TR-36");
      assertThat(FindingPlaces.provinceOf(dataset, "institutions[6].name")).as("the agency has no province")
          .isEmpty();
      assertThat(FindingPlaces.provinceOf(dataset, "plans[99]")).isEmpty();
      assertThat(FindingPlaces.provinceOf(dataset, "")).isEmpty();
      assertThat(FindingPlaces.provinceOf(dataset, "title")).isEmpty();
    }
  }

  @Test
  void refuses_a_code_that_is_no_province() {
    assertThatThrownBy(() -> engine.scorecard(Dataset.empty(), "TR-99", BEFORE_REFORM))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("TR-99");
  }
}
