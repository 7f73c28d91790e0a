package org.kdk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Provinces;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

/**
 * DOMAIN §5 and §6: Mardin's action plan was approved by the coordination board by the end of 2012 and upgraded
 * into a Local Equality Strategic Plan that the board's upper tier adopted by majority vote on 6 August 2014.
 *
 * <p>Facts: TR-47, the commitment of 6 July 2012, board approval by the end of 2012, the upgrade adopted on
 * 2014-08-06 by the upper tier by majority vote. Everything else (ids, titles, periods, themes, the other dates)
 * is illustrative, so both plans are marked illustrative.
 */
class MardinPlanTest {
  private static final Id GOVERNORSHIP = Id.of("mardin-valilik");
  private static final Id BOARD = Id.of("mardin-ikhkk");
  private static final Id UPPER_TIER = Id.of("mardin-ikhkk-ust-kurul");
  private static final LocalDate COMMITMENT_SIGNED = LocalDate.of(2012, 7, 6);
  private static final LocalDate YESP_ADOPTED = LocalDate.of(2014, 8, 6);

  private static ActionPlan yeepCreated() {
    return ActionPlan.builder()
        .id(Id.of("mardin-yeep"))
        .kind(PlanKind.ACTION_PLAN)
        .title("Mardin Yerel Eşitlik Eylem Planı")
        .scope(PlanScope.ofProvince("TR-47"))
        .addOwnerInstitutionId(GOVERNORSHIP)
        .addOwnerInstitutionId(Id.of("mardin-belediye"))
        .period(DateRange.ofYears(2013, 2017))
        .addThemes(Theme.values())
        .state(PlanLifecycle.initialState())
        .illustrative(true)
        .build()
        .withEvent(LifecycleEvent.ofCreation(COMMITMENT_SIGNED, PlanState.SITUATION_ANALYSIS, GOVERNORSHIP));
  }

  private static ActionPlan yeepBoardApproved() {
    return yeepCreated()
        .withEvent(LifecycleEvent.of(LocalDate.of(2012, 10, 1), PlanState.SITUATION_ANALYSIS,
            PlanState.DRAFTING, GOVERNORSHIP))
        .withEvent(LifecycleEvent.builder()
            .date(LocalDate.of(2012, 12, 31))
            .from(PlanState.DRAFTING)
            .to(PlanState.BOARD_APPROVED)
            .actorId(BOARD)
            .decisionId(Id.of("mardin-ikhkk-2012"))
            .build());
  }

  @Test
  void action_plan_moves_from_situation_analysis_through_drafting_to_board_approval_by_end_of_2012() {
    ActionPlan yeep = yeepBoardApproved();

    assertThat(Provinces.of(yeep.getScope().getProvinceCode()).getName()).isEqualTo("Mardin");
    assertThat(yeep.getState()).isEqualTo(PlanState.BOARD_APPROVED);
    assertThat(yeep.getHistory()).extracting(LifecycleEvent::getTo)
        .containsExactly(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED);
    assertThat(yeep.lastEvent().orElseThrow().getDate()).isBeforeOrEqualTo(LocalDate.of(2012, 12, 31));
    assertThat(yeepCreated().getState()).isEqualTo(PlanState.SITUATION_ANALYSIS);
    assertRoundTrip(yeep, ActionPlan.class);
  }

  @Test
  void action_plan_cannot_skip_drafting() {
    assertThatThrownBy(() -> yeepCreated().withEvent(LifecycleEvent.of(LocalDate.of(2012, 12, 31),
            PlanState.SITUATION_ANALYSIS, PlanState.BOARD_APPROVED, BOARD)))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("SITUATION_ANALYSIS → BOARD_APPROVED");
  }

  @Test
  void strategic_plan_upgrades_the_action_plan_and_is_adopted_by_the_upper_tier_on_6_august_2014() {
    ActionPlan yeep = yeepBoardApproved();
    ActionPlan yesp = ActionPlan.builder()
        .id(Id.of("mardin-yesp"))
        .kind(PlanKind.STRATEGIC_PLAN)
        .title("Mardin Yerel Eşitlik Stratejik Planı")
        .scope(PlanScope.ofProvince("TR-47"))
        .addOwnerInstitutionId(GOVERNORSHIP)
        .addOwnerInstitutionId(Id.of("mardin-buyuksehir-belediye"))
        .period(DateRange.ofYears(2014, 2018))
        .addThemes(Theme.values())
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER, Id.of("mardin-ust-kurul-2014-08-06"),
            YESP_ADOPTED))
        .upgradedFromPlanId(yeep.getId())
        .state(PlanState.BOARD_APPROVED)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2014, 4, 1), PlanState.DRAFTING, GOVERNORSHIP))
        .addHistory(LifecycleEvent.builder()
            .date(YESP_ADOPTED)
            .from(PlanState.DRAFTING)
            .to(PlanState.BOARD_APPROVED)
            .actorId(UPPER_TIER)
            .reason("Üst Kurul oy çokluğuyla kabul etti.")
            .decisionId(Id.of("mardin-ust-kurul-2014-08-06"))
            .build())
        .illustrative(true)
        .build();

    assertThat(yesp.getKind()).isEqualTo(PlanKind.STRATEGIC_PLAN);
    assertThat(yesp.getUpgradedFromPlanId()).contains(yeep.getId());
    assertThat(yesp.getApprovals()).singleElement().satisfies(approval -> {
      assertThat(approval.getBody()).isEqualTo(DecisionBody.COORDINATION_BOARD_UPPER_TIER);
      assertThat(approval.getDate()).isEqualTo(YESP_ADOPTED);
    });
    assertThat(yesp.lastEvent().orElseThrow().getDate()).isEqualTo(YESP_ADOPTED);
    String json = assertRoundTrip(yesp, ActionPlan.class);
    assertThat(json).contains("\"kind\" : \"STRATEGIC_PLAN\"").contains("\"upgradedFromPlanId\" : \"mardin-yeep\"")
        .contains("\"body\" : \"COORDINATION_BOARD_UPPER_TIER\"").contains("\"date\" : \"2014-08-06\"");

    // No council step: the upper tier's adoption leads straight into implementation.
    ActionPlan implementing = yesp.withEvent(LifecycleEvent.of(YESP_ADOPTED.plusDays(1), PlanState.BOARD_APPROVED,
        PlanState.IMPLEMENTING, GOVERNORSHIP));
    assertThat(implementing.getState()).isEqualTo(PlanState.IMPLEMENTING);
    assertThat(yesp.getState()).isEqualTo(PlanState.BOARD_APPROVED);
  }
}
