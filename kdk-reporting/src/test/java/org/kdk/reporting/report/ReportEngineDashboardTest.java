package org.kdk.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.reporting.report.ReportData.created;
import static org.kdk.reporting.report.ReportData.date;
import static org.kdk.reporting.report.ReportData.id;
import static org.kdk.reporting.report.ReportData.lira;
import static org.kdk.reporting.report.ReportData.plan;
import static org.kdk.reporting.report.ReportData.step;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantProjectStatus;
import org.kdk.core.activity.Training;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.FocalPerson;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Money;

class ReportEngineDashboardTest {
  static final LocalDate AS_OF = date(2015, 6, 30);
  final ReportEngine engine = ReportEngine.standard();

  static Action action(String id, BudgetLine... lines) {
    return Action.builder().id(id(id)).targetId(id("t")).title("Faaliyet " + id).addBudget(lines).build();
  }

  /** Kars: approved by the board and the municipal council, integrated, implemented, then suspended. */
  static ActionPlan kars() {
    return plan("kars", "TR-36", PlanState.SUSPENDED)
        .addAim(Aim.of(id("a"), Theme.EMPLOYMENT, "Amaç")).addTarget(Target.of(id("t"), id("a"), "Hedef"))
        .addAction(action("f1", BudgetLine.of(lira(50_000), FundingSource.OWN_BUDGET),
            BudgetLine.of(lira(20_000), FundingSource.GRANT)))
        .addAction(action("f2", BudgetLine.of(lira(30_000), FundingSource.OWN_BUDGET),
            BudgetLine.of(Money.of("1000", "EUR"), FundingSource.OWN_BUDGET)))
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, id("k1"), date(2012, 12, 20)))
        .addApproval(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, id("k2"), date(2013, 2, 15)))
        .addHistory(created(date(2012, 3, 1), PlanState.SITUATION_ANALYSIS))
        .addHistory(step(date(2012, 9, 1), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING))
        .addHistory(step(date(2012, 12, 20), PlanState.DRAFTING, PlanState.BOARD_APPROVED))
        .addHistory(step(date(2013, 2, 15), PlanState.BOARD_APPROVED, PlanState.COUNCIL_APPROVED))
        .addHistory(step(date(2013, 6, 1), PlanState.COUNCIL_APPROVED, PlanState.INTEGRATED))
        .addHistory(step(date(2013, 9, 1), PlanState.INTEGRATED, PlanState.IMPLEMENTING))
        .addHistory(step(date(2014, 5, 1), PlanState.IMPLEMENTING, PlanState.SUSPENDED))
        .build();
  }

  /** Adıyaman: approved by the board's upper tier only, written into a strategic plan, no history. */
  static ActionPlan adiyaman() {
    return plan("adiyaman", "TR-02", PlanState.BOARD_APPROVED)
        .addAim(Aim.of(id("a"), Theme.EMPLOYMENT, "Amaç")).addTarget(Target.of(id("t"), id("a"), "Hedef"))
        .addAction(action("f1", BudgetLine.of(lira(70_000), FundingSource.OWN_BUDGET)))
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER, id("a1"), date(2013, 1, 10)))
        .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(id("adiyaman-belediyesi"))
            .strategicPlanPeriod(DateRange.ofYears(2015, 2019)).build())
        .build();
  }

  /** Antalya: approvals only after the date, and a second plan that did not exist yet. */
  static ActionPlan antalya() {
    return plan("antalya", "TR-07", PlanState.DRAFTING)
        .addAim(Aim.of(id("a"), Theme.EMPLOYMENT, "Amaç")).addTarget(Target.of(id("t"), id("a"), "Hedef"))
        .addAction(action("f1", BudgetLine.of(lira(99_000), FundingSource.OWN_BUDGET)))
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, id("b1"), date(2016, 1, 1)))
        .addApproval(Approval.of(DecisionBody.PROVINCIAL_COUNCIL, id("b2"), date(2016, 1, 2)))
        .build();
  }

  static ActionPlan antalyaLater() {
    return plan("antalya-2016", "TR-07", PlanState.INTEGRATED)
        .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(id("antalya-bb"))
            .strategicPlanPeriod(DateRange.ofYears(2016, 2020)).build())
        .addHistory(created(date(2016, 2, 1), PlanState.DRAFTING))
        .addHistory(step(date(2016, 3, 1), PlanState.DRAFTING, PlanState.COUNCIL_APPROVED))
        .addHistory(step(date(2016, 4, 1), PlanState.COUNCIL_APPROVED, PlanState.INTEGRATED))
        .build();
  }

  static Training training(String id, String provinceCode, DateRange period, HeadCount people) {
    var builder = Training.builder().id(id(id)).title("Eğitim " + id).period(period)
        .addParticipant(ParticipantGroup.of(InstitutionKind.PROVINCIAL_DIRECTORATE, people));
    if (provinceCode != null) {
      builder.provinceCode(provinceCode);
    }
    return builder.build();
  }

  static GrantProject project(String id, GrantProjectStatus status) {
    return GrantProject.builder().id(id(id)).schemeId(id("hibe-2013")).granteeInstitutionId(id("kars-dernek"))
        .title("Proje " + id).amount(lira(45_000)).provinceCode("TR-36").status(status).build();
  }

  static Dataset programme() {
    return Dataset.builder()
        .addPlans(kars(), adiyaman(), antalya(), antalyaLater())
        .addEqualityUnit(EqualityUnit.builder().id(id("bursa-eb")).name("Bursa BB Eşitlik Birimi")
            .provinceCode("TR-16").host(UnitHost.MUNICIPALITY).hostInstitutionId(id("bursa-bb"))
            .establishedOn(date(2012, 3, 8)).representatives(HeadCount.of(100, 52))
            .addFocalPersons(FocalPerson.of(id("bursa-valilik")), FocalPerson.of(id("bursa-baro"))).build())
        .addEqualityUnit(EqualityUnit.builder().id(id("bursa-eski-eb")).name("Kapanan birim").provinceCode("TR-16")
            .host(UnitHost.MEMBER_INSTITUTION).hostInstitutionId(id("bursa-kurum")).representatives(HeadCount.of(10, 0))
            .addStatusHistory(StatusChange.of(date(2012, 1, 1), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(date(2014, 1, 1), MechanismStatus.DISSOLVED)).build())
        .addTraining(training("kars-veri", "TR-36", DateRange.of(date(2013, 5, 1), date(2013, 5, 2)),
            HeadCount.of(31, 16)))
        .addTraining(training("kars-sonra", "TR-36", DateRange.of(date(2015, 6, 29), date(2015, 7, 1)),
            HeadCount.of(20, 0)))
        .addTraining(training("ulusal", null, DateRange.of(date(2013, 3, 1), date(2013, 3, 2)), HeadCount.of(60, 40)))
        .addGrantProject(project("p1", GrantProjectStatus.AWARDED))
        .addGrantProject(project("p2", GrantProjectStatus.IN_PROGRESS))
        .addGrantProject(project("p3", GrantProjectStatus.COMPLETED))
        .addGrantProject(project("p4", GrantProjectStatus.APPLIED))
        .addGrantProject(project("p5", GrantProjectStatus.CANCELLED))
        .build();
  }

  static ProvinceColumn column(ProgrammeDashboard dashboard, String code) {
    return dashboard.getProvinces().stream().filter(c -> c.getProvinceCode().equals(code)).findFirst().orElseThrow();
  }

  @Nested
  class Provinces {
    @Test
    void shows_the_twelve_provinces_of_phase_two_in_plate_order() {
      ProgrammeDashboard dashboard = engine.dashboard(Dataset.empty(), 2, AS_OF);
      assertThat(dashboard.getPhase()).isEqualTo(2);
      assertThat(dashboard.getAsOf()).isEqualTo(AS_OF);
      assertThat(dashboard.getProvinces()).extracting(ProvinceColumn::getProvinceCode).containsExactly(
          "TR-02", "TR-07", "TR-16", "TR-27", "TR-35", "TR-36", "TR-44", "TR-47", "TR-50", "TR-55", "TR-61", "TR-63");
      assertThat(dashboard.getProvinces().get(0).getProvinceName()).isEqualTo("Adıyaman");
    }

    @Test
    void shows_the_six_provinces_of_phase_one() {
      assertThat(engine.dashboard(programme(), 1, AS_OF).getProvinces()).extracting(ProvinceColumn::getProvinceCode)
          .containsExactly("TR-35", "TR-36", "TR-50", "TR-61", "TR-63", "TR-65");
    }

    @Test
    void phase_three_names_no_province_so_the_datasets_provinces_are_shown() {
      assertThat(engine.dashboard(programme(), 3, AS_OF).getProvinces()).extracting(ProvinceColumn::getProvinceCode)
          .containsExactly("TR-02", "TR-07", "TR-16", "TR-36");
      assertThat(engine.dashboard(Dataset.empty(), 3, AS_OF).getProvinces()).isEmpty();
      assertThat(engine.dashboard(Dataset.empty(), 3, AS_OF).getHeadline().getProvinces()).isZero();
    }

    @Test
    void refuses_a_phase_the_programme_does_not_have() {
      assertThatThrownBy(() -> engine.dashboard(Dataset.empty(), 4, AS_OF)).isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("4");
    }

    @Test
    void every_column_has_one_mechanism_slot_per_kind() {
      ProgrammeDashboard dashboard = engine.dashboard(programme(), 2, AS_OF);
      assertThat(dashboard.getProvinces()).allSatisfy(c -> assertThat(c.getMechanisms())
          .extracting(MechanismSlot::getKind).containsExactly(MechanismKind.values()));
      MechanismSlot bursa = column(dashboard, "TR-16").getMechanisms().get(MechanismKind.UNIT_MUNICIPALITY.ordinal());
      assertThat(bursa.isPresent()).isTrue();
    }
  }

  @Nested
  class Columns {
    final ProgrammeDashboard dashboard = engine.dashboard(programme(), 2, AS_OF);

    @Test
    void board_approval_counts_the_board_and_its_upper_tier_by_the_date() {
      assertThat(column(dashboard, "TR-36").isBoardApproved()).isTrue();
      assertThat(column(dashboard, "TR-02").isBoardApproved()).as("by the upper tier").isTrue();
      assertThat(column(dashboard, "TR-07").isBoardApproved()).as("only in 2016").isFalse();
      assertThat(column(engine.dashboard(programme(), 2, date(2013, 1, 9)), "TR-02").isBoardApproved()).isFalse();
    }

    @Test
    void council_approval_counts_municipal_and_provincial_councils_by_the_date() {
      assertThat(column(dashboard, "TR-36").isCouncilApproved()).isTrue();
      assertThat(column(dashboard, "TR-02").isCouncilApproved()).isFalse();
      assertThat(column(dashboard, "TR-07").isCouncilApproved()).isFalse();
      assertThat(column(engine.dashboard(programme(), 2, date(2016, 1, 2)), "TR-07").isCouncilApproved()).isTrue();
    }

    @Test
    void integration_is_a_step_into_the_strategic_plan_or_a_link_to_one() {
      assertThat(column(dashboard, "TR-36").isIntegrated()).as("history reached INTEGRATED").isTrue();
      assertThat(column(dashboard, "TR-02").isIntegrated()).as("strategic plan link").isTrue();
      assertThat(column(dashboard, "TR-07").isIntegrated()).as("the linked plan does not exist yet").isFalse();
      assertThat(column(engine.dashboard(programme(), 2, date(2013, 5, 31)), "TR-36").isIntegrated()).isFalse();
    }

    @Test
    void the_plan_state_is_the_furthest_any_plan_reached() {
      assertThat(column(dashboard, "TR-36").getPlanState()).as("implemented, then suspended")
          .contains(PlanState.IMPLEMENTING);
      assertThat(column(dashboard, "TR-02").getPlanState()).contains(PlanState.BOARD_APPROVED);
      assertThat(column(dashboard, "TR-07").getPlanState()).contains(PlanState.DRAFTING);
      assertThat(column(dashboard, "TR-16").getPlanState()).isEmpty();
      assertThat(column(engine.dashboard(programme(), 2, date(2016, 6, 30)), "TR-07").getPlanState())
          .contains(PlanState.INTEGRATED);
    }

    @Test
    void the_budget_is_the_own_budget_lines_of_council_approved_plans_in_lira() {
      assertThat(column(dashboard, "TR-36").getBudgetAllocated()).isEqualTo(lira(80_000));
      assertThat(column(dashboard, "TR-02").getBudgetAllocated()).as("no council approval").isEqualTo(lira(0));
      assertThat(column(engine.dashboard(programme(), 2, date(2013, 2, 14)), "TR-36").getBudgetAllocated())
          .isEqualTo(lira(0));
    }

    @Test
    void people_trained_are_the_participants_of_the_provinces_trainings_ended_by_the_date() {
      assertThat(column(dashboard, "TR-36").getPeopleTrained()).isEqualTo(47);
      assertThat(column(engine.dashboard(programme(), 2, date(2015, 7, 1)), "TR-36").getPeopleTrained())
          .isEqualTo(67);
    }

    @Test
    void grant_projects_are_those_awarded_in_progress_or_completed() {
      assertThat(column(dashboard, "TR-36").getGrantProjects()).isEqualTo(3);
      assertThat(column(dashboard, "TR-02").getGrantProjects()).isZero();
    }

    @Test
    void representatives_are_the_counted_representatives_and_listed_focal_persons_of_existing_units() {
      assertThat(column(dashboard, "TR-16").getEqualityRepresentatives()).isEqualTo(154);
      assertThat(column(engine.dashboard(programme(), 2, date(2013, 6, 30)), "TR-16").getEqualityRepresentatives())
          .as("the unit dissolved in 2014 still counted in 2013").isEqualTo(164);
    }
  }

  @Nested
  class Headlines {
    @Test
    void counts_the_provinces_and_sums_the_columns() {
      Headline headline = engine.dashboard(programme(), 2, AS_OF).getHeadline();
      assertThat(headline.getProvinces()).isEqualTo(12);
      assertThat(headline.getPlansBoardApproved()).isEqualTo(2);
      assertThat(headline.getPlansCouncilApproved()).isEqualTo(1);
      assertThat(headline.getPlansIntegrated()).isEqualTo(2);
      assertThat(headline.getBudgetAllocated()).isEqualTo(lira(80_000));
      assertThat(headline.getPeopleTrained()).as("the national training is in no province").isEqualTo(47);
      assertThat(headline.getGrantProjects()).isEqualTo(3);
      assertThat(headline.getEqualityRepresentatives()).isEqualTo(154);
    }

    @Test
    void leaves_out_provinces_outside_the_phase() {
      Headline phase1 = engine.dashboard(programme(), 1, AS_OF).getHeadline();
      assertThat(phase1.getProvinces()).isEqualTo(6);
      assertThat(phase1.getPlansBoardApproved()).as("Kars only; Adıyaman was not in phase 1").isEqualTo(1);
      assertThat(phase1.getEqualityRepresentatives()).as("Bursa was not in phase 1").isZero();
    }

    @Test
    void counts_mardins_board_approval_of_2012() {
      ProgrammeDashboard dashboard = engine.dashboard(MardinDataset.build(), 2, date(2012, 12, 31));
      assertThat(dashboard.getHeadline().getPlansBoardApproved()).isEqualTo(1);
      assertThat(column(dashboard, "TR-47").getPlanState()).contains(PlanState.BOARD_APPROVED);
      assertThat(engine.dashboard(MardinDataset.build(), 2, date(2012, 12, 19)).getHeadline().getPlansBoardApproved())
          .isZero();
    }
  }

  @Nested
  class Notes {
    @Test
    void has_no_note_without_illustrative_figures() {
      assertThat(engine.dashboard(programme(), 2, AS_OF).getNotes()).isEmpty();
    }

    @Test
    void marks_a_dashboard_that_counts_an_illustrative_figure() {
      Training made = Training.builder().id(id("ornek")).title("Örnek").provinceCode("TR-36")
          .period(DateRange.of(date(2013, 1, 1), date(2013, 1, 1))).illustrative(true).build();
      Dataset dataset = Dataset.builder().addTraining(made).build();
      assertThat(engine.dashboard(dataset, 2, AS_OF).getNotes()).extracting(ReportNote::getCode)
          .containsExactly("ILLUSTRATIVE");
      assertThat(engine.dashboard(dataset, 2, date(2012, 12, 31)).getNotes()).as("not counted yet").isEmpty();
      assertThat(engine.dashboard(MardinDataset.build(), 2, AS_OF).getNotes()).extracting(ReportNote::getCode)
          .containsExactly("ILLUSTRATIVE");
    }
  }
}
