package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.VotingMethod;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;

/**
 * Mardin (TR-47) through the phase-2 profile: the action plan from situation analysis through drafting to the
 * coordination board's approval at the end of 2012, then the Local Equality Strategic Plan adopted by the board's
 * upper tier by majority on 6 August 2014 (DOMAIN §5, §6).
 */
class MardinPathTest {
  static final Id VALILIK = Id.of("mardin-valilik");
  static final Id IKHKK = Id.of("mardin-ikhkk");
  static final Decision BOARD_2012 = Decision.builder().id(Id.of("mardin-ikhkk-2012-1"))
      .body(DecisionBody.COORDINATION_BOARD).bodyId(IKHKK).number("2012/1").date(LocalDate.of(2012, 12, 20))
      .subject("Mardin Yerel Eşitlik Eylem Planının onaylanması").outcome(DecisionOutcome.ADOPTED)
      .illustrative(true).build();
  static final Decision UPPER_2014 = Decision.builder().id(Id.of("mardin-ust-kurul-2014-1"))
      .body(DecisionBody.COORDINATION_BOARD_UPPER_TIER).bodyId(IKHKK).date(LocalDate.of(2014, 8, 6))
      .subject("Mardin Yerel Eşitlik Stratejik Planının kabulü").outcome(DecisionOutcome.ADOPTED)
      .voting(VotingMethod.MAJORITY).build();

  final PlanTransitions transitions = LifecycleFixtures.phase2();

  static ImmutableDataset.Builder mardin() {
    return Dataset.builder().title("Mardin 2011–2015")
        .addInstitution(Institution.builder().id(VALILIK).name("Mardin Valiliği").kind(InstitutionKind.GOVERNORSHIP)
            .provinceCode("TR-47").build())
        .addCoordinationBoard(CoordinationBoard.builder().id(IKHKK).name("Mardin İl Kadın Hakları Koordinasyon Kurulu")
            .provinceCode("TR-47").hostInstitutionId(VALILIK).addTiers(BoardTier.MAIN, BoardTier.UPPER)
            .illustrative(true).build())
        .addDecisions(BOARD_2012, UPPER_2014);
  }

  @Test
  void walks_from_situation_analysis_to_the_upper_board_s_adoption_of_the_strategic_plan() {
    Dataset context = mardin().build();

    // The action plan (YEEP): situation analysis, drafting with stakeholders, board approval at the end of 2012.
    ActionPlan yeep = ActionPlan.builder().id(Id.of("mardin-yeep")).kind(PlanKind.ACTION_PLAN)
        .title("Mardin Yerel Eşitlik Eylem Planı").scope(PlanScope.ofProvince("TR-47"))
        .period(DateRange.ofYears(2013, 2015)).addThemes(Theme.values()).state(PlanState.SITUATION_ANALYSIS)
        .illustrative(true).build();
    yeep = transitions.apply(yeep,
        LifecycleEvent.ofCreation(LocalDate.of(2012, 3, 1), PlanState.SITUATION_ANALYSIS, VALILIK), context);
    yeep = transitions.apply(yeep,
        LifecycleEvent.of(LocalDate.of(2012, 9, 1), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, VALILIK),
        context);
    ActionPlan drafted = yeep;
    yeep = transitions.apply(yeep, LifecycleEvent.builder().date(LocalDate.of(2012, 12, 20))
        .from(PlanState.DRAFTING).to(PlanState.BOARD_APPROVED).actorId(IKHKK).decisionId(BOARD_2012.getId())
        .build(), context);

    assertThat(yeep.getState()).isEqualTo(PlanState.BOARD_APPROVED);
    assertThat(yeep.getHistory()).extracting(LifecycleEvent::getTo).containsExactly(
        PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED);
    assertThat(drafted.getState()).isEqualTo(PlanState.DRAFTING);
    assertThat(drafted.getHistory()).hasSize(2);

    // The strategic plan (YESP) grows out of it and is adopted by the upper board, by majority, on 6 August 2014.
    ActionPlan yesp = ActionPlan.builder().id(Id.of("mardin-yesp")).kind(PlanKind.STRATEGIC_PLAN)
        .title("Mardin Yerel Eşitlik Stratejik Planı").scope(PlanScope.ofProvince("TR-47"))
        .period(DateRange.ofYears(2014, 2018)).addThemes(Theme.values()).upgradedFromPlanId(yeep.getId())
        .state(PlanState.DRAFTING).build();
    yesp = transitions.apply(yesp, LifecycleEvent.ofCreation(LocalDate.of(2014, 4, 15), PlanState.DRAFTING, VALILIK),
        context);
    LifecycleEvent adoption = LifecycleEvent.builder().date(LocalDate.of(2014, 8, 6)).from(PlanState.DRAFTING)
        .to(PlanState.BOARD_APPROVED).actorId(IKHKK).reason("Üst Kurul oy çokluğuyla kabul etti")
        .decisionId(UPPER_2014.getId()).build();
    ActionPlan yespDraft = yesp;
    assertThatThrownBy(() -> transitions.apply(yespDraft, adoption, Dataset.empty()))
        .as("without the upper board's decision on file the step is refused")
        .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("mardin-ust-kurul-2014-1");
    assertThat(transitions.check(yesp, adoption, context)).isEmpty();
    yesp = transitions.apply(yesp, adoption, context);

    assertThat(yesp.getState()).isEqualTo(PlanState.BOARD_APPROVED);
    assertThat(yesp.getHistory()).last().isEqualTo(adoption);
    assertThat(context.decision(yesp.getHistory().get(1).getDecisionId().get()))
        .hasValueSatisfying(d -> assertThat(d.getVoting()).contains(VotingMethod.MAJORITY));

    // Recorded in a dataset, the two histories replay without a lifecycle finding under the phase-2 profile.
    ActionPlan yespRecorded = ImmutableActionPlan.copyOf(yesp).withApprovals(
        Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER, UPPER_2014.getId(), LocalDate.of(2014, 8, 6)));
    ActionPlan yeepRecorded = ImmutableActionPlan.copyOf(yeep).withApprovals(
        Approval.of(DecisionBody.COORDINATION_BOARD, BOARD_2012.getId(), LocalDate.of(2012, 12, 20)));
    ValidationReport report = KdkValidator.of(Profiles.phase2Programme())
        .validate(mardin().addPlans(yeepRecorded, yespRecorded).build(), LifecycleFixtures.TODAY);
    List<Finding> lifecycle = report.getFindings().stream().filter(f -> f.getRuleId().startsWith("KDK-LIFE-"))
        .collect(java.util.stream.Collectors.toList());
    assertThat(lifecycle).isEmpty();
    assertThat(report.findingsOf("KDK-PLAN-003")).isEmpty();
    assertThat(report.findingsOf("KDK-PLAN-004")).isEmpty();
    assertThat(report.findingsOf("KDK-PLAN-012")).isEmpty();
  }
}
