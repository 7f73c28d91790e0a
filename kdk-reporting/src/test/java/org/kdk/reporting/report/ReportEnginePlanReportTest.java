package org.kdk.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.reporting.report.ReportData.created;
import static org.kdk.reporting.report.ReportData.date;
import static org.kdk.reporting.report.ReportData.definition;
import static org.kdk.reporting.report.ReportData.id;
import static org.kdk.reporting.report.ReportData.lira;
import static org.kdk.reporting.report.ReportData.plan;
import static org.kdk.reporting.report.ReportData.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.plan.ThemeExemption;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.disclosure.DisclosurePolicy;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.progress.ProgressCalculator;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.rules.KdkValidator;

class ReportEnginePlanReportTest {
  static final LocalDate AS_OF = date(2015, 6, 30);
  final ReportEngine engine = ReportEngine.standard();

  static Indicator seats() {
    return Indicator.builder().id(id("g-seats")).definition(definition("T-SEATS", Measure.PERCENTAGE,
            Direction.INCREASE, false))
        .baseline(Baseline.of(date(2012, 12, 31), Measurement.ofRatio(2, 31)))
        .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(15)))
        .addObservation(Observation.of(ReportingPeriod.ofYear(2014), Measurement.ofRatio(3, 31))).build();
  }

  static Indicator dropout() {
    return Indicator.builder().id(id("g-dropout")).definition(definition("T-DROP", Measure.PERCENTAGE,
            Direction.DECREASE, false))
        .baseline(Baseline.of(date(2012, 12, 31), Measurement.of(40)))
        .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(20)))
        .addObservation(Observation.of(ReportingPeriod.ofYear(2014), Measurement.of(30))).build();
  }

  static Indicator violence() {
    return Indicator.builder().id(id("g-violence")).definition(definition("T-VAW", Measure.COUNT,
            Direction.DECREASE, true))
        .baseline(Baseline.of(date(2012, 12, 31), Measurement.of(40)))
        .addTarget(TargetValue.of(ReportingPeriod.ofYear(2016), Measurement.of(20)))
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(30))
            .women(Measurement.of(28)).men(Measurement.of(2)).build())
        .addObservation(Observation.of(ReportingPeriod.ofYear(2014), Measurement.of(3))).build();
  }

  static Indicator unused() {
    return Indicator.builder().id(id("g-unused")).definition(definition("T-UNUSED", Measure.COUNT,
        Direction.INCREASE, false)).build();
  }

  static BudgetLine line(Money amount, FundingSource source, Money executed) {
    var builder = BudgetLine.builder().amount(amount).fundingSource(source);
    if (executed != null) {
      builder.executed(executed);
    }
    return builder.build();
  }

  static ActionPlan karsPlan() {
    return plan("kars-yeep", "TR-36", PlanState.COUNCIL_APPROVED)
        .addThemes(Theme.EDUCATION, Theme.HEALTH, Theme.EMPLOYMENT, Theme.PARTICIPATION, Theme.VIOLENCE_AGAINST_WOMEN)
        .addThemeExemption(ThemeExemption.of(Theme.URBAN_SERVICES, "Belediyenin imar planı kapsıyor"))
        .addAim(Aim.of(id("a-emp"), Theme.EMPLOYMENT, "Kadın istihdamını artırmak"))
        .addAim(Aim.of(id("a-edu"), Theme.EDUCATION, "Kız çocuklarının okullaşmasını artırmak"))
        .addAim(Aim.of(id("a-emp2"), Theme.EMPLOYMENT, "Kadın kooperatiflerini güçlendirmek"))
        .addAim(Aim.of(id("a-vaw"), Theme.VIOLENCE_AGAINST_WOMEN, "Şiddeti önlemek"))
        .addTarget(Target.of(id("t-emp"), id("a-emp"), "Kadın istihdamı %20 artacak"))
        .addTarget(Target.of(id("t-edu"), id("a-edu"), "Okul terki yarıya inecek"))
        .addTarget(Target.of(id("t-vaw"), id("a-vaw"), "Başvuru hattı kurulacak"))
        .addAction(Action.builder().id(id("f-emp1")).targetId(id("t-emp")).title("Girişimcilik eğitimi")
            .responsibleInstitutionId(id("kars-valilik")).timeline(DateRange.ofYears(2013, 2014))
            .addBudget(line(lira(60_000), FundingSource.OWN_BUDGET, lira(45_000)))
            .addBudget(line(lira(40_000), FundingSource.DEVELOPMENT_AGENCY, null))
            .addIndicatorIds(id("g-seats")).build())
        .addAction(Action.builder().id(id("f-edu")).targetId(id("t-edu")).title("Burs programı")
            .addBudget(line(lira(5_000), FundingSource.GRANT, lira(5_000)))
            .addIndicatorIds(id("g-dropout"), id("g-missing")).build())
        .addAction(Action.builder().id(id("f-emp2")).targetId(id("t-emp")).title("Kreş desteği")
            .responsibleInstitutionId(id("bilinmeyen-kurum"))
            .addBudget(line(lira(10_000), FundingSource.OWN_BUDGET, lira(10_000)))
            .addBudget(line(Money.of("5000", "EUR"), FundingSource.GRANT, null))
            .addIndicatorIds(id("g-seats")).build())
        .addAction(Action.builder().id(id("f-vaw")).targetId(id("t-vaw")).title("Danışma hattı")
            .addBudget(line(lira(20_000), FundingSource.GRANT, null))
            .addIndicatorIds(id("g-violence")).build())
        .addAction(Action.builder().id(id("f-orphan")).targetId(id("t-none")).title("Hedefi olmayan faaliyet")
            .addBudget(line(lira(1_000), FundingSource.OTHER, null)).build())
        .addIndicators(seats(), dropout(), violence(), unused())
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, id("karar-1"), date(2012, 12, 20)))
        .addApproval(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, id("karar-2"), date(2013, 2, 15)))
        .addHistory(created(date(2012, 3, 1), PlanState.SITUATION_ANALYSIS))
        .addHistory(step(date(2012, 9, 1), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING))
        .addHistory(step(date(2012, 12, 20), PlanState.DRAFTING, PlanState.BOARD_APPROVED))
        .addHistory(step(date(2013, 2, 15), PlanState.BOARD_APPROVED, PlanState.COUNCIL_APPROVED))
        .build();
  }

  static Dataset kars(ActionPlan plan) {
    return Dataset.builder()
        .addInstitution(ReportData.institution("kars-valilik", "Kars Valiliği", InstitutionKind.GOVERNORSHIP, "TR-36"))
        .addPlan(plan).build();
  }

  PlanReport report() {
    return engine.planReport(kars(karsPlan()), id("kars-yeep"), AS_OF);
  }

  static ThemeSection section(PlanReport report, Theme theme) {
    return report.getThemes().stream().filter(t -> t.getTheme() == theme).findFirst().orElseThrow();
  }

  static IndicatorProgress indicator(PlanReport report, String id) {
    return report.getIndicators().stream().filter(p -> p.getIndicatorId().equals(id(id))).findFirst().orElseThrow();
  }

  @Nested
  class TheFrame {
    @Test
    void names_the_plan_its_province_and_its_period() {
      PlanReport report = report();
      assertThat(report.getAsOf()).isEqualTo(AS_OF);
      assertThat(report.getPlanId()).isEqualTo(id("kars-yeep"));
      assertThat(report.getTitle()).isEqualTo("Plan kars-yeep");
      assertThat(report.getProvinceCode()).isEqualTo("TR-36");
      assertThat(report.getProvinceName()).isEqualTo("Kars");
      assertThat(report.getMunicipalityName()).isEmpty();
      assertThat(report.getPeriod()).isEqualTo(DateRange.ofYears(2013, 2015));
    }

    @Test
    void names_the_municipality_of_a_municipal_plan() {
      ActionPlan municipal = ActionPlan.builder().id(id("kars-bel")).kind(PlanKind.ACTION_PLAN).title("Belediye planı")
          .scope(PlanScope.ofMunicipality("TR-36", id("kars-belediyesi"))).period(DateRange.ofYears(2024, 2028))
          .state(PlanState.DRAFTING).build();
      Dataset dataset = Dataset.builder().addPlan(municipal)
          .addMunicipality(ReportData.municipality("kars-belediyesi", MunicipalityType.PROVINCE_CENTRE, "TR-36", null)
              .build())
          .build();
      assertThat(engine.planReport(dataset, id("kars-bel"), AS_OF).getMunicipalityName())
          .contains("Belediye kars-belediyesi");
    }

    @Test
    void takes_the_state_and_history_up_to_the_date() {
      PlanReport early = engine.planReport(kars(karsPlan()), id("kars-yeep"), date(2012, 10, 1));
      assertThat(early.getState()).isEqualTo(PlanState.DRAFTING);
      assertThat(early.getHistory()).hasSize(2);
      PlanReport onTheDay = engine.planReport(kars(karsPlan()), id("kars-yeep"), date(2012, 12, 20));
      assertThat(onTheDay.getState()).isEqualTo(PlanState.BOARD_APPROVED);
      assertThat(report().getState()).isEqualTo(PlanState.COUNCIL_APPROVED);
      assertThat(report().getHistory()).hasSize(4);
    }

    @Test
    void a_plan_without_history_is_in_its_own_state() {
      Dataset dataset = Dataset.builder().addPlan(plan("p", "TR-36", PlanState.IMPLEMENTING).build()).build();
      PlanReport report = engine.planReport(dataset, id("p"), AS_OF);
      assertThat(report.getState()).isEqualTo(PlanState.IMPLEMENTING);
      assertThat(report.getHistory()).isEmpty();
    }

    @Test
    void refuses_an_unknown_plan_naming_its_id() {
      assertThatThrownBy(() -> engine.planReport(kars(karsPlan()), id("yok-plan"), AS_OF))
          .isInstanceOf(NoSuchElementException.class).hasMessageContaining("yok-plan");
    }
  }

  @Nested
  class Themes {
    @Test
    void has_one_section_per_theme_in_the_order_of_the_themes() {
      assertThat(report().getThemes()).extracting(ThemeSection::getTheme).containsExactly(Theme.values());
    }

    @Test
    void says_which_themes_are_covered_and_why_the_others_are_not() {
      assertThat(section(report(), Theme.EMPLOYMENT).isCovered()).isTrue();
      assertThat(section(report(), Theme.EMPLOYMENT).getExemptionReason()).isEmpty();
      assertThat(section(report(), Theme.URBAN_SERVICES).isCovered()).isFalse();
      assertThat(section(report(), Theme.URBAN_SERVICES).getExemptionReason())
          .contains("Belediyenin imar planı kapsıyor");
    }

    @Test
    void lists_the_aims_of_the_theme_in_plan_order() {
      assertThat(section(report(), Theme.EMPLOYMENT).getAims())
          .containsExactly("Kadın istihdamını artırmak", "Kadın kooperatiflerini güçlendirmek");
      assertThat(section(report(), Theme.HEALTH).getAims()).isEmpty();
    }

    @Test
    void places_an_action_under_the_theme_of_its_targets_aim() {
      ThemeSection employment = section(report(), Theme.EMPLOYMENT);
      assertThat(employment.getActions()).extracting(ActionSummary::getActionId)
          .containsExactly(id("f-emp1"), id("f-emp2"));
      assertThat(report().getThemes()).flatExtracting(ThemeSection::getActions).extracting(ActionSummary::getActionId)
          .as("an action whose target does not resolve belongs to no theme").doesNotContain(id("f-orphan"));
    }

    @Test
    void summarises_an_action_with_its_target_responsible_timeline_budget_and_indicators() {
      ActionSummary first = section(report(), Theme.EMPLOYMENT).getActions().get(0);
      assertThat(first.getTitle()).isEqualTo("Girişimcilik eğitimi");
      assertThat(first.getTarget()).contains("Kadın istihdamı %20 artacak");
      assertThat(first.getResponsible()).contains("Kars Valiliği");
      assertThat(first.getTimeline()).contains(DateRange.ofYears(2013, 2014));
      assertThat(first.getBudget().getPlanned()).isEqualTo(lira(100_000));
      assertThat(first.getIndicatorIds()).containsExactly(id("g-seats"));
      ActionSummary second = section(report(), Theme.EMPLOYMENT).getActions().get(1);
      assertThat(second.getResponsible()).as("an id that does not resolve").contains("bilinmeyen-kurum");
      assertThat(section(report(), Theme.EDUCATION).getActions().get(0).getResponsible()).isEmpty();
    }

    @Test
    void carries_the_progress_of_the_indicators_its_actions_name_once_each() {
      assertThat(section(report(), Theme.EMPLOYMENT).getIndicators()).extracting(IndicatorProgress::getIndicatorId)
          .containsExactly(id("g-seats"));
      assertThat(section(report(), Theme.EDUCATION).getIndicators()).extracting(IndicatorProgress::getIndicatorId)
          .as("an indicator id that does not resolve is skipped").containsExactly(id("g-dropout"));
      assertThat(section(report(), Theme.HEALTH).getIndicators()).isEmpty();
    }

    @Test
    void sums_the_budget_of_the_themes_actions() {
      BudgetSummary employment = section(report(), Theme.EMPLOYMENT).getBudget();
      assertThat(employment.getPlanned()).isEqualTo(lira(110_000));
      assertThat(employment.getExecuted()).isEqualTo(lira(55_000));
      assertThat(employment.getLinesInOtherCurrencies()).isEqualTo(1);
      assertThat(section(report(), Theme.HEALTH).getBudget().getPlanned()).isEqualTo(lira(0));
      assertThat(section(report(), Theme.HEALTH).getBudget().getBySource()).isEmpty();
    }
  }

  @Nested
  class Budget {
    @Test
    void sums_planned_and_executed_by_funding_source_in_the_order_of_the_sources() {
      BudgetSummary budget = report().getBudget();
      assertThat(budget.getBySource()).extracting(BudgetBySource::getSource).containsExactly(
          FundingSource.OWN_BUDGET, FundingSource.GRANT, FundingSource.DEVELOPMENT_AGENCY, FundingSource.OTHER);
      BudgetBySource own = budget.getBySource().get(0);
      assertThat(own.getPlanned()).isEqualTo(lira(70_000));
      assertThat(own.getExecuted()).isEqualTo(lira(55_000));
      BudgetBySource agency = budget.getBySource().get(2);
      assertThat(agency.getPlanned()).isEqualTo(lira(40_000));
      assertThat(agency.getExecuted()).as("an executed amount not recorded counts as zero").isEqualTo(lira(0));
    }

    @Test
    void totals_the_whole_plan_including_actions_outside_any_theme() {
      BudgetSummary budget = report().getBudget();
      assertThat(budget.getPlanned()).isEqualTo(lira(136_000));
      assertThat(budget.getExecuted()).isEqualTo(lira(60_000));
    }

    @Test
    void counts_lines_in_another_currency_instead_of_adding_them() {
      assertThat(report().getBudget().getLinesInOtherCurrencies()).isEqualTo(1);
      assertThat(report().getBudget().getBySource().get(1).getPlanned()).as("the EUR grant is left out")
          .isEqualTo(lira(25_000));
    }

    @Test
    void is_in_the_currency_of_the_first_line() {
      ActionPlan euros = plan("eu", "TR-36", PlanState.DRAFTING)
          .addAim(Aim.of(id("a"), Theme.HEALTH, "Sağlık"))
          .addTarget(Target.of(id("t"), id("a"), "Hedef"))
          .addAction(Action.builder().id(id("f")).targetId(id("t")).title("Faaliyet")
              .addBudget(line(Money.of("1000", "EUR"), FundingSource.GRANT, null))
              .addBudget(line(lira(500), FundingSource.OWN_BUDGET, null)).build())
          .build();
      BudgetSummary budget = engine.planReport(Dataset.builder().addPlan(euros).build(), id("eu"), AS_OF).getBudget();
      assertThat(budget.getPlanned()).isEqualTo(Money.of("1000", "EUR"));
      assertThat(budget.getLinesInOtherCurrencies()).isEqualTo(1);
    }

    @Test
    void is_zero_lira_without_any_line() {
      Dataset dataset = Dataset.builder().addPlan(plan("p", "TR-36", PlanState.DRAFTING).build()).build();
      BudgetSummary budget = engine.planReport(dataset, id("p"), AS_OF).getBudget();
      assertThat(budget.getPlanned()).isEqualTo(lira(0));
      assertThat(budget.getExecuted()).isEqualTo(lira(0));
      assertThat(budget.getBySource()).isEmpty();
    }
  }

  @Nested
  class Indicators {
    @Test
    void lists_every_indicator_of_the_plan_in_plan_order() {
      assertThat(report().getIndicators()).extracting(IndicatorProgress::getIndicatorId)
          .containsExactly(id("g-seats"), id("g-dropout"), id("g-violence"), id("g-unused"));
    }

    @Test
    void a_percentage_comes_from_its_numerator_and_denominator() {
      // 3 of 31 is 9.6774 %, the baseline 2 of 31 is 6.4516 %: (9.6774 − 6.4516) / (15 − 6.4516) of the way.
      IndicatorProgress seats = indicator(report(), "g-seats");
      assertThat(seats.getBaseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("6.4516"));
      PeriodProgress y2014 = seats.getPeriods().get(0);
      assertThat(y2014.getActual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("9.6774"));
      assertThat(y2014.getShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.3774"));
    }

    @Test
    void a_decreasing_indicator_is_half_way_from_40_to_20_at_30() {
      IndicatorProgress dropout = indicator(report(), "g-dropout");
      assertThat(dropout.getDirection()).isEqualTo(Direction.DECREASE);
      assertThat(dropout.getPeriods().get(0).getShare())
          .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
      assertThat(dropout.getStatus()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void a_sensitive_indicators_small_counts_are_withheld_everywhere_it_appears() {
      IndicatorProgress violence = indicator(report(), "g-violence");
      PeriodProgress y2013 = violence.getPeriods().get(0);
      PeriodProgress y2014 = violence.getPeriods().get(1);
      assertThat(y2013.getActual()).isPresent();
      assertThat(y2013.getWomen()).isEmpty();
      assertThat(y2013.getMen()).isEmpty();
      assertThat(y2014.getActual()).isEmpty();
      assertThat(y2014.isSuppressed()).isTrue();
      assertThat(section(report(), Theme.VIOLENCE_AGAINST_WOMEN).getIndicators()).containsExactly(violence);
    }

    @Test
    void counts_every_status_including_those_no_indicator_has() {
      PlanReport report = report();
      assertThat(report.getStatusCounts()).extracting(StatusCount::getStatus).containsExactly(ProgressStatus.values());
      assertThat(report.getStatusCounts()).extracting(StatusCount::getCount).containsExactly(1, 0, 0, 2, 1);
      assertThat(report.getStatusCounts().stream().mapToInt(StatusCount::getCount).sum())
          .isEqualTo(report.getIndicators().size());
    }
  }

  @Nested
  class Notes {
    @Test
    void says_in_both_languages_that_small_counts_were_withheld() {
      ReportNote note = report().getNotes().get(0);
      assertThat(note.getCode()).isEqualTo("SUPPRESSED");
      assertThat(note.getText().getTr()).contains("5").contains("Hassas");
      assertThat(note.getText().getEn()).hasValueSatisfying(en -> assertThat(en).contains("below 5"));
    }

    @Test
    void names_the_threshold_of_the_engines_policy() {
      ReportEngine strict = ReportEngine.of(ProgressCalculator.standard(), DisclosurePolicy.of(11),
          KdkValidator.standard());
      ReportNote note = strict.planReport(kars(karsPlan()), id("kars-yeep"), AS_OF).getNotes().get(0);
      assertThat(note.getText().getEn()).hasValueSatisfying(en -> assertThat(en).contains("below 11"));
    }

    @Test
    void has_no_notes_when_nothing_is_withheld_or_illustrative() {
      ActionPlan plan = karsPlan();
      ActionPlan quiet = plan("q", "TR-36", PlanState.DRAFTING).addIndicators(seats(), dropout()).build();
      assertThat(engine.planReport(Dataset.builder().addPlan(quiet).build(), id("q"), AS_OF).getNotes()).isEmpty();
      assertThat(engine.planReport(kars(plan), id("kars-yeep"), AS_OF).getNotes()).extracting(ReportNote::getCode)
          .containsExactly("SUPPRESSED");
    }

    @Test
    void marks_a_report_that_uses_an_illustrative_figure() {
      Indicator made = Indicator.builder().id(id("g-made")).definition(seats().getDefinition())
          .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
              .total(Measurement.ofRatio(3, 31)).illustrative(true).build()).build();
      Dataset dataset = Dataset.builder().addPlan(plan("q", "TR-36", PlanState.DRAFTING).addIndicator(made).build())
          .build();
      assertThat(engine.planReport(dataset, id("q"), AS_OF).getNotes()).extracting(ReportNote::getCode)
          .containsExactly("ILLUSTRATIVE");
      assertThat(engine.planReport(dataset, id("q"), date(2013, 12, 31)).getNotes())
          .as("an observation of a period not begun is not used").isEmpty();
      assertThat(engine.planReport(Dataset.builder().addPlan(plan("i", "TR-36", PlanState.DRAFTING)
          .illustrative(true).build()).build(), id("i"), AS_OF).getNotes()).extracting(ReportNote::getCode)
          .containsExactly("ILLUSTRATIVE");
    }

    @Test
    void the_mardin_action_plan_is_illustrative() {
      PlanReport report = engine.planReport(org.kdk.core.dataset.MardinDataset.build(), id("mardin-yeep"), AS_OF);
      assertThat(report.getNotes()).extracting(ReportNote::getCode).containsExactly("ILLUSTRATIVE");
      assertThat(report.getProvinceName()).isEqualTo("Mardin");
      assertThat(report.getIndicators().get(0).getPeriods().get(0).getActual())
          .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("9.6774")));
    }
  }
}
