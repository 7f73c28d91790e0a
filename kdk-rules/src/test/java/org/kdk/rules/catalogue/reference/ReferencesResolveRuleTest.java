package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.AS_OF;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.TR;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.actionPlan;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.dataset;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.id;
import static org.kdk.rules.catalogue.reference.ReferenceFixtures.strategicPlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.activity.ImmutableGrantProject;
import org.kdk.core.administration.ImmutableMunicipality;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.json.KdkJson;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.ImmutableCoordinationBoard;
import org.kdk.core.mechanism.ImmutableMeeting;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.ImmutableEvidence;
import org.kdk.core.plan.ImmutableProblem;
import org.kdk.core.plan.ImmutableStrategicPlanLink;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class ReferencesResolveRuleTest {
  private final ReferencesResolveRule rule = new ReferencesResolveRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  /** The fixture with its action plan replaced. */
  private static Dataset withActionPlan(ActionPlan plan) {
    return ImmutableDataset.copyOf(dataset()).withPlans(plan, strategicPlan());
  }

  @Nested
  class Passing {
    @Test
    void passes_a_dataset_whose_references_all_resolve() {
      assertThat(run(dataset())).isEmpty();
    }

    @Test
    void passes_the_golden_mardin_dataset() {
      Path golden = Path.of("../kdk-core/src/test/resources/org/kdk/core/golden/mardin-core.json");
      Assumptions.assumeTrue(Files.exists(golden), "the golden dataset of kdk-core is not beside this module");
      assertThat(run(KdkJson.strict().readDataset(golden))).isEmpty();
    }

    @Test
    void lets_actions_be_named_from_any_plan() {
      // The fixture's grant project names an action of each plan; the strategic plan link names one of its own.
      Dataset dataset = withActionPlan(actionPlan().withStrategicPlanLinks(ImmutableStrategicPlanLink.copyOf(
          actionPlan().getStrategicPlanLinks().get(0)).withActionIds(id("yesp-f1"))));
      assertThat(run(dataset)).isEmpty();
    }

    @Test
    void lets_a_decision_name_a_sub_commission_as_its_body() {
      assertThat(dataset().decision(id("kars-karar-2")).orElseThrow().getBodyId()).isEqualTo(id("kars-alt-1"));
      assertThat(run(dataset())).isEmpty();
    }
  }

  @Nested
  class Dangling {
    @Test
    void reports_an_unknown_responsible_institution() {
      Dataset dataset = withActionPlan(actionPlan()
          .withActions(ReferenceFixtures.action().withResponsibleInstitutionId(id("kars-yok"))));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getRuleId()).isEqualTo("KDK-REF-001");
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getPath()).isEqualTo("plans[0].actions[0].responsibleInstitutionId");
        assertMessagesContain(f, "responsibleInstitutionId", "kars-yok");
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("no institution in the dataset has this id");
        assertThat(f.getMessage().get(TR)).contains("bu kimliğe sahip kurum yok");
        assertThat(f.getHint().get(TR)).contains("responsibleInstitutionId").contains("kurum");
      });
    }

    @Test
    void reports_an_element_of_a_list_by_its_index() {
      Dataset dataset = withActionPlan(actionPlan().withActions(ReferenceFixtures.action()
          .withCooperatingInstitutionIds(id("kars-stk"), id("kars-baro"))));

      assertThat(run(dataset)).extracting(Finding::getPath)
          .containsExactly("plans[0].actions[0].cooperatingInstitutionIds[1]");
    }

    @Test
    void reports_an_unknown_aim_of_a_target() {
      Dataset dataset = withActionPlan(actionPlan()
          .withTargets(Target.of(id("yeep-h1"), id("yeep-a9"), "Kooperatifleri desteklemek")));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("plans[0].targets[0].aimId");
        assertMessagesContain(f, "yeep-a9");
        assertThat(f.getMessage().get(TR)).contains("amaç");
      });
    }

    @Test
    void reports_an_unknown_decision_of_a_meeting_in_a_board() {
      ImmutableCoordinationBoard board = ImmutableCoordinationBoard.copyOf(dataset().getCoordinationBoards().get(0));
      Dataset dataset = ImmutableDataset.copyOf(dataset()).withCoordinationBoards(board.withMeetings(
          ImmutableMeeting.copyOf(board.getMeetings().get(0)).withDecisionIds(id("kars-karar-1"), id("kars-karar-9"))));

      assertThat(run(dataset)).extracting(Finding::getPath)
          .containsExactly("coordinationBoards[0].meetings[0].decisionIds[1]");
    }
  }

  @Nested
  class WrongKind {
    @Test
    void reports_a_decision_id_that_names_an_institution() {
      Dataset dataset = withActionPlan(actionPlan()
          .withApprovals(Approval.of(DecisionBody.COORDINATION_BOARD, id("kars-valilik"), LocalDate.of(2012, 12, 20))));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("plans[0].approvals[0].decisionId");
        assertMessagesContain(f, "decisionId", "kars-valilik", "institutions[0]");
        assertThat(f.getMessage().get(Locale.ENGLISH))
            .contains("that is the id of the institution at institutions[0]; expected: decision");
        assertThat(f.getMessage().get(TR)).contains("institutions[0] konumundaki kurum kaydına ait; beklenen: karar");
      });
    }

    @Test
    void reports_an_action_id_that_names_an_aim() {
      Dataset dataset = ImmutableDataset.copyOf(dataset()).withGrantProjects(ImmutableGrantProject
          .copyOf(dataset().getGrantProjects().get(0)).withActionIds(id("yeep-a1")));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("grantProjects[0].actionIds[0]");
        assertMessagesContain(f, "yeep-a1", "plans[0].aims[0]");
        assertThat(f.getMessage().get(TR)).contains("amaç kaydına ait; beklenen: faaliyet");
      });
    }

    @Test
    void reports_a_secretariat_that_is_not_an_equality_unit() {
      ImmutableCoordinationBoard board = ImmutableCoordinationBoard.copyOf(dataset().getCoordinationBoards().get(0));
      Dataset dataset = ImmutableDataset.copyOf(dataset())
          .withCoordinationBoards(board.withSecretariatUnitId(id("kars-kek")));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("coordinationBoards[0].secretariatUnitId");
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("gender equality commission")
            .contains("expected: equality unit");
      });
    }

    @Test
    void reports_a_body_that_is_a_plan() {
      Dataset dataset = ImmutableDataset.copyOf(dataset()).withDecisions(
          ReferenceFixtures.decision("kars-karar-0", DecisionBody.GOVERNOR, "kars-valilik"),
          ReferenceFixtures.decision("kars-karar-1", DecisionBody.COORDINATION_BOARD, "kars-yeep"),
          ReferenceFixtures.decision("kars-karar-2", DecisionBody.SUB_COMMISSION, "kars-alt-1"));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("decisions[1].bodyId");
        assertThat(f.getMessage().get(Locale.ENGLISH))
            .contains("expected: mechanism, sub-commission or council institution");
      });
    }

    @Test
    void reports_a_successor_that_is_an_institution() {
      Dataset dataset = ImmutableDataset.copyOf(dataset()).withMunicipalities(ImmutableMunicipality
          .copyOf(dataset().getMunicipalities().get(0)).withAbolishedOn(LocalDate.of(2014, 3, 30))
          .withSuccessorId(id("kars-belediye-kurum")));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("municipalities[0].successorId");
        assertThat(f.getMessage().get(TR)).contains("beklenen: belediye");
      });
    }
  }

  @Nested
  class SamePlan {
    @Test
    void reports_an_indicator_of_another_plan() {
      Dataset dataset = withActionPlan(actionPlan().withActions(ReferenceFixtures.action()
          .withIndicatorIds(id("yeep-g1"), id("yesp-g1"))));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("plans[0].actions[0].indicatorIds[1]");
        assertMessagesContain(f, "indicatorIds", "yesp-g1", "plans[1].indicators[0]", "kars-yesp", "kars-yeep");
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("it must be part of this plan (kars-yeep)");
        assertThat(f.getMessage().get(TR)).contains("bu planın (kars-yeep) parçası olmalı");
      });
    }

    @Test
    void reports_a_target_of_another_plan() {
      Dataset dataset = withActionPlan(actionPlan().withActions(ReferenceFixtures.action()
          .withTargetId(id("yesp-h1"))));

      assertThat(run(dataset)).singleElement().satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("plans[0].actions[0].targetId");
        assertMessagesContain(f, "yesp-h1", "plans[1].targets[0]");
      });
    }

    @Test
    void reports_evidence_naming_an_indicator_of_another_plan() {
      ImmutableProblem problem = ImmutableProblem.copyOf(actionPlan().getProblems().get(0));
      Dataset dataset = withActionPlan(actionPlan().withProblems(problem.withEvidence(
          ImmutableEvidence.copyOf(problem.getEvidence().get(0)).withIndicatorId(id("yesp-g1")))));

      assertThat(run(dataset)).extracting(Finding::getPath)
          .containsExactly("plans[0].problems[0].evidence[0].indicatorId");
    }
  }

  @Test
  void runs_in_the_validator() {
    Dataset dataset = withActionPlan(actionPlan()
        .withActions(ReferenceFixtures.action().withResponsibleInstitutionId(id("kars-yok"))));

    assertThat(KdkValidator.standard().validate(dataset, AS_OF).findingsOf("KDK-REF-001")).hasSize(1);
  }

  @Test
  void handles_a_national_dataset() {
    // 1,389 municipalities with a plan of 40 actions each, every action naming its institution, target and indicator.
    ImmutableDataset.Builder builder = Dataset.builder()
        .addInstitution(ReferenceFixtures.institution("kurum", InstitutionKind.MUNICIPALITY));
    for (int p = 0; p < 1389; p++) {
      String prefix = "p" + p;
      ImmutableActionPlan.Builder plan = ActionPlan.builder().id(id(prefix)).kind(PlanKind.ACTION_PLAN)
          .title("Plan " + p).scope(PlanScope.ofProvince("TR-36")).period(DateRange.ofYears(2024, 2028))
          .addThemes(Theme.HEALTH).state(PlanState.DRAFTING)
          .addAim(Aim.of(id(prefix + "-a"), Theme.HEALTH, "Amaç"))
          .addTarget(Target.of(id(prefix + "-h"), id(prefix + "-a"), "Hedef"))
          .addIndicator(Indicator.of(id(prefix + "-g"), ReferenceIndicators.of("KDK-R6-01")));
      for (int a = 0; a < 40; a++) {
        plan.addAction(Action.builder().id(id(prefix + "-f" + a)).targetId(id(prefix + "-h")).title("Faaliyet")
            .responsibleInstitutionId(id(a == 39 && p == 1388 ? "yok" : "kurum"))
            .addIndicatorIds(id(prefix + "-g")).build());
      }
      builder.addPlan(plan.build());
    }
    Dataset national = builder.build();

    List<Finding> findings = new ArrayList<>(run(national));
    findings.addAll(RuleHarness.run(new UniqueIdsRule(), national, AS_OF));

    assertThat(findings).extracting(Finding::getPath)
        .containsExactly("plans[1388].actions[39].responsibleInstitutionId");
  }
}
