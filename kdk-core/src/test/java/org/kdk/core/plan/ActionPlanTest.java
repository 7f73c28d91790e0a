package org.kdk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

class ActionPlanTest {
  private static final Id ACTOR = PlanFixtures.GOVERNORSHIP;
  private static final LocalDate DAY = LocalDate.of(2012, 7, 6);

  private static LifecycleEvent step(int daysLater, PlanState from, PlanState to) {
    return LifecycleEvent.of(DAY.plusDays(daysLater), from, to, ACTOR);
  }

  private static LifecycleEvent creation(PlanState to) {
    return LifecycleEvent.ofCreation(DAY, to, ACTOR);
  }

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_plan() {
      String json = assertRoundTrip(PlanFixtures.fullPlan(), ActionPlan.class);
      assertThat(json)
          .startsWith("{\n  \"id\" : \"ornek-yesp\",\n  \"kind\" : \"STRATEGIC_PLAN\",\n")
          .contains("\"scope\" : {\n    \"level\" : \"MUNICIPALITY\"")
          .contains("\"ownerInstitutionIds\" : [ \"mardin-valilik\", \"mardin-belediye\" ]")
          .contains("\"themes\" : [ \"EDUCATION\", \"EMPLOYMENT\", \"PARTICIPATION\", \"VIOLENCE_AGAINST_WOMEN\","
              + " \"URBAN_SERVICES\" ]")
          .contains("\"themeExemptions\" : [ {\n    \"theme\" : \"HEALTH\"")
          .contains("\"actions\" : [ {\n    \"id\" : \"f1\",\n    \"targetId\" : \"t1\"")
          .contains("\"upgradedFromPlanId\" : \"ornek-yeep\"")
          .contains("\"totalBudget\" : {\n    \"amount\" : 630000.00,\n    \"currency\" : \"TRY\"\n  }")
          .contains("\"state\" : \"BOARD_APPROVED\"")
          .contains("\"history\" : [ {\n    \"date\" : \"2012-07-06\",\n    \"to\" : \"SITUATION_ANALYSIS\"")
          .endsWith("\"illustrative\" : true\n}\n");
    }

    @Test
    void round_trips_a_minimal_plan_leaving_out_empty_lists_and_absent_values() {
      String json = assertRoundTrip(PlanFixtures.minimalPlan().build(), ActionPlan.class);
      assertThat(json).isEqualTo("{\n  \"id\" : \"plan\",\n  \"kind\" : \"ACTION_PLAN\",\n"
          + "  \"title\" : \"Eylem planı\",\n  \"scope\" : {\n    \"level\" : \"PROVINCE\",\n"
          + "    \"provinceCode\" : \"TR-47\"\n  },\n  \"period\" : {\n    \"start\" : \"2013-01-01\",\n"
          + "    \"end\" : \"2017-12-31\"\n  },\n  \"state\" : \"SITUATION_ANALYSIS\",\n"
          + "  \"illustrative\" : false\n}\n");
    }

    @Test
    void writes_no_helper_as_a_property() {
      String json = KdkJson.strict().write(PlanFixtures.fullPlan());
      assertThat(json).doesNotContain("plannedBudget").doesNotContain("lastEvent")
          .doesNotContain("totalParticipants");
    }

    @Test
    void reports_a_negative_budget_amount_with_its_full_path() {
      String json = "{\"id\":\"p\",\"kind\":\"ACTION_PLAN\",\"title\":\"Plan\","
          + "\"scope\":{\"level\":\"PROVINCE\",\"provinceCode\":\"TR-47\"},"
          + "\"period\":{\"start\":\"2013-01-01\",\"end\":\"2017-12-31\"},"
          + "\"actions\":[{\"id\":\"f1\",\"targetId\":\"t1\",\"title\":\"F\",\"budget\":[{\"amount\":"
          + "{\"amount\":-5,\"currency\":\"TRY\"},\"fundingSource\":\"GRANT\"}]}],"
          + "\"state\":\"DRAFTING\"}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, ActionPlan.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("actions[0].budget[0].amount");
            assertThat(e.getDetail()).contains("must not be negative");
          });
    }

    @Test
    void reports_an_unknown_property_inside_an_action() {
      String json = KdkJson.strict().write(PlanFixtures.fullPlan())
          .replace("\"targetId\" : \"t1\"", "\"targetId\" : \"t1\", \"budgett\" : []");
      assertThatThrownBy(() -> KdkJson.strict().read(json, ActionPlan.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_PROPERTY);
            assertThat(e.getPath()).isEqualTo("actions[0].budgett");
          });
    }

    @Test
    void reports_a_history_with_a_forbidden_step_at_the_event() {
      String json = KdkJson.strict().write(PlanFixtures.fullPlan())
          .replace("\"to\" : \"BOARD_APPROVED\"", "\"to\" : \"COMPLETED\"")
          .replace("\"state\" : \"BOARD_APPROVED\"", "\"state\" : \"COMPLETED\"");
      assertThatThrownBy(() -> KdkJson.strict().read(json, ActionPlan.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("history[2].to");
            assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("geçişine izin vermez");
          });
    }

    @Test
    void reports_a_missing_state() {
      String json = KdkJson.strict().write(PlanFixtures.minimalPlan().build())
          .replace("  \"state\" : \"SITUATION_ANALYSIS\",\n", "");
      assertThatThrownBy(() -> KdkJson.strict().read(json, ActionPlan.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.MISSING_PROPERTY);
            assertThat(e.getPath()).isEqualTo("state");
          });
    }
  }

  @Nested
  class UniqueIds {
    @Test
    void rejects_an_id_shared_by_an_aim_and_an_action_naming_both() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan()
              .addAim(Aim.of(Id.of("x1"), Theme.HEALTH, "Amaç"))
              .addTarget(Target.of(Id.of("t1"), Id.of("x1"), "Hedef"))
              .addAction(Action.builder().id(Id.of("x1")).targetId(Id.of("t1")).title("Faaliyet").build())
              .build())
          .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
            assertThat(e.getField()).isEqualTo("actions[0].id");
            assertThat(e.getMessage()).isEqualTo("ActionPlan.actions[0].id: ids must be unique within a plan"
                + " (problems, aims, targets, actions and consultations together): x1 is used by both aims[0]"
                + " and actions[0] (value: x1)");
          });
    }

    @Test
    void rejects_two_consultations_with_one_id() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan()
              .addConsultation(PlanFixtures.consultation())
              .addConsultation(PlanFixtures.consultation())
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.consultations[1].id")
          .hasMessageContaining("c1 is used by both consultations[0] and consultations[1]");
    }

    @Test
    void rejects_a_problem_and_a_target_with_one_id() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan()
              .addProblem(Problem.builder().id(Id.of("t1")).theme(Theme.HEALTH).description("Sorun").build())
              .addTarget(PlanFixtures.target())
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.targets[0].id")
          .hasMessageContaining("t1");
    }
  }

  @Nested
  class OtherInvariants {
    @Test
    void rejects_a_theme_both_covered_and_exempted() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan().addTheme(Theme.HEALTH)
              .addThemeExemption(PlanFixtures.exemption()).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("ActionPlan.themeExemptions[0].theme: a theme cannot be both covered and exempted: HEALTH"
              + " (value: HEALTH)");
    }

    @Test
    void rejects_a_theme_exempted_twice() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan()
              .addThemeExemption(ThemeExemption.of(Theme.HEALTH, "Bir"))
              .addThemeExemption(ThemeExemption.of(Theme.HEALTH, "İki")).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.themeExemptions[1].theme")
          .hasMessageContaining("HEALTH");
    }

    @Test
    void rejects_two_revisions_with_one_number() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan()
              .addRevision(PlanFixtures.revision()).addRevision(PlanFixtures.revision()).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.revisions[1].number")
          .hasMessageContaining("(value: 1)");
    }

    @Test
    void rejects_a_negative_declared_total() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan().totalBudget(Money.ofLira(-1)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("ActionPlan.totalBudget: totalBudget must not be negative (value: -1.00)");
    }

    @Test
    void rejects_a_plan_upgraded_from_itself() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan().upgradedFromPlanId(Id.of("plan")).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.upgradedFromPlanId")
          .hasMessageContaining("plan");
    }

    @Test
    void leaves_context_rules_to_kdk_rules() {
      // A one-year plan covering one theme, implemented without any approval on file, is well-formed here:
      // period length, theme coverage and approvals are judged by kdk-rules.
      ActionPlan plan = ActionPlan.builder()
          .id(Id.of("p"))
          .kind(PlanKind.STRATEGIC_PLAN)
          .title("Tek temalı plan")
          .scope(PlanScope.ofProvince("TR-47"))
          .period(DateRange.ofYears(2013, 2013))
          .addTheme(Theme.HEALTH)
          .state(PlanState.IMPLEMENTING)
          .build();
      assertThat(plan.getApprovals()).isEmpty();
      assertThat(plan.getUpgradedFromPlanId()).isEmpty();
    }
  }

  @Nested
  class History {
    @Test
    void accepts_a_plan_without_history_in_any_state() {
      for (PlanState state : PlanState.values()) {
        assertThat(PlanFixtures.minimalPlan(state).build().getState()).isEqualTo(state);
      }
    }

    @Test
    void accepts_a_history_that_starts_mid_life_with_a_from() {
      ActionPlan plan = PlanFixtures.minimalPlan(PlanState.IMPLEMENTING)
          .addHistory(step(0, PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING)).build();
      assertThat(plan.lastEvent()).contains(step(0, PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING));
    }

    @Test
    void rejects_a_forbidden_step_naming_the_event_and_the_allowed_states() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan(PlanState.BOARD_APPROVED)
              .addHistory(creation(PlanState.SITUATION_ANALYSIS))
              .addHistory(step(1, PlanState.SITUATION_ANALYSIS, PlanState.BOARD_APPROVED))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("ActionPlan.history[1].to: the plan lifecycle does not allow SITUATION_ANALYSIS →"
              + " BOARD_APPROVED; allowed from SITUATION_ANALYSIS: DRAFTING, WITHDRAWN (value: BOARD_APPROVED)");
    }

    @Test
    void rejects_a_forbidden_first_step_too() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan(PlanState.DRAFTING)
              .addHistory(step(0, PlanState.COMPLETED, PlanState.DRAFTING)).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[0].to")
          .hasMessageContaining("allowed from COMPLETED: —");
    }

    @Test
    void rejects_a_state_that_is_not_the_last_events_to() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan(PlanState.IMPLEMENTING)
              .addHistory(creation(PlanState.SITUATION_ANALYSIS))
              .addHistory(step(1, PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("ActionPlan.state: state must be the last event's to: state=IMPLEMENTING,"
              + " last event to=DRAFTING (value: IMPLEMENTING)");
    }

    @Test
    void rejects_a_later_event_without_from() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan(PlanState.DRAFTING)
              .addHistory(creation(PlanState.SITUATION_ANALYSIS))
              .addHistory(LifecycleEvent.ofCreation(DAY.plusDays(1), PlanState.DRAFTING, ACTOR))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[1].from")
          .hasMessageContaining("only the first event");
    }

    @Test
    void rejects_an_event_that_does_not_start_where_the_previous_ended() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan(PlanState.BOARD_APPROVED)
              .addHistory(creation(PlanState.SITUATION_ANALYSIS))
              .addHistory(step(1, PlanState.DRAFTING, PlanState.BOARD_APPROVED))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[1].from")
          .hasMessageContaining("event 1 is from DRAFTING, but the previous event went to SITUATION_ANALYSIS");
    }

    @Test
    void rejects_events_out_of_date_order() {
      assertThatThrownBy(() -> PlanFixtures.minimalPlan(PlanState.DRAFTING)
              .addHistory(LifecycleEvent.ofCreation(DAY.plusDays(10), PlanState.SITUATION_ANALYSIS, ACTOR))
              .addHistory(step(5, PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING))
              .build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[1].date")
          .hasMessageContaining("2012-07-11");
    }

    @Test
    void accepts_two_events_on_one_day() {
      ActionPlan plan = PlanFixtures.minimalPlan(PlanState.DRAFTING)
          .addHistory(creation(PlanState.SITUATION_ANALYSIS))
          .addHistory(step(0, PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING))
          .build();
      assertThat(plan.getHistory()).hasSize(2);
    }

    @Test
    void explains_a_broken_history_in_turkish() {
      InvariantViolationException e = catchThrowableOfType(
          InvariantViolationException.class,
          () -> PlanFixtures.minimalPlan(PlanState.IMPLEMENTING)
              .addHistory(creation(PlanState.SITUATION_ANALYSIS)).build());
      assertThat(e.getMessage(Locale.forLanguageTag("tr-TR")))
          .contains("durum (state), son olayın to değeri olmalıdır: state=IMPLEMENTING,"
              + " son olay to=SITUATION_ANALYSIS");
    }
  }

  @Nested
  class WithEvent {
    @Test
    void takes_an_allowed_step_and_leaves_the_original_unchanged() {
      ActionPlan before = PlanFixtures.fullPlan();
      String beforeJson = KdkJson.strict().write(before);
      LifecycleEvent next = step(200, PlanState.BOARD_APPROVED, PlanState.COUNCIL_APPROVED);

      ActionPlan after = before.withEvent(next);

      assertThat(after.getState()).isEqualTo(PlanState.COUNCIL_APPROVED);
      assertThat(after.getHistory()).hasSize(4).endsWith(next);
      assertThat(after.lastEvent()).contains(next);
      assertThat(before.getState()).isEqualTo(PlanState.BOARD_APPROVED);
      assertThat(before.getHistory()).hasSize(3);
      assertThat(KdkJson.strict().write(before)).isEqualTo(beforeJson);
    }

    /** Guards {@code withEvent}'s hand-written copy: a new attribute must be copied there too. */
    @Test
    void copies_every_other_attribute() throws Exception {
      ActionPlan before = PlanFixtures.fullPlan();
      ActionPlan after = before.withEvent(step(200, PlanState.BOARD_APPROVED, PlanState.IMPLEMENTING));
      List<String> compared = new ArrayList<>();
      for (Method getter : ActionPlan.class.getDeclaredMethods()) {
        boolean accessor = Modifier.isPublic(getter.getModifiers()) && !Modifier.isStatic(getter.getModifiers())
            && getter.getParameterCount() == 0
            && (getter.getName().startsWith("get") || getter.getName().startsWith("is"));
        if (!accessor || getter.getName().equals("getState") || getter.getName().equals("getHistory")) {
          continue;
        }
        compared.add(getter.getName());
        Object value = getter.invoke(before);
        // The fixture must set every attribute, or a copy that forgets one would still compare equal.
        if (value instanceof java.util.Collection) {
          assertThat((java.util.Collection<?>) value).as("fixture sets %s", getter.getName()).isNotEmpty();
        } else if (value instanceof java.util.Optional) {
          assertThat((java.util.Optional<?>) value).as("fixture sets %s", getter.getName()).isPresent();
        } else if (value instanceof Boolean) {
          assertThat((Boolean) value).as("fixture sets %s", getter.getName()).isTrue();
        }
        assertThat(getter.invoke(after)).as(getter.getName()).isEqualTo(value);
      }
      assertThat(compared).contains("getActions", "getUpgradedFromPlanId", "isIllustrative");
    }

    @Test
    void refuses_a_step_the_lifecycle_forbids_and_leaves_the_original_unchanged() {
      ActionPlan before = PlanFixtures.fullPlan();
      assertThatThrownBy(() -> before.withEvent(step(200, PlanState.BOARD_APPROVED, PlanState.COMPLETED)))
          .isInstanceOfSatisfying(InvariantViolationException.class, e -> {
            assertThat(e.getField()).isEqualTo("history[3].to");
            assertThat(e.getMessage()).contains("does not allow BOARD_APPROVED → COMPLETED");
          });
      assertThat(before).isEqualTo(PlanFixtures.fullPlan());
      assertThat(before.getState()).isEqualTo(PlanState.BOARD_APPROVED);
    }

    @Test
    void refuses_an_event_that_starts_from_another_state() {
      ActionPlan plan = PlanFixtures.fullPlan();
      assertThatThrownBy(() -> plan.withEvent(step(200, PlanState.DRAFTING, PlanState.BOARD_APPROVED)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[3].from")
          .hasMessageContaining("event from=DRAFTING, plan state=BOARD_APPROVED");
    }

    @Test
    void refuses_an_event_without_from_once_there_is_a_history() {
      ActionPlan plan = PlanFixtures.fullPlan();
      assertThatThrownBy(() -> plan.withEvent(LifecycleEvent.ofCreation(DAY.plusDays(200),
              PlanState.IMPLEMENTING, ACTOR)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[3].from");
    }

    @Test
    void refuses_an_event_dated_before_the_last_one() {
      ActionPlan plan = PlanFixtures.fullPlan();
      assertThatThrownBy(() -> plan.withEvent(LifecycleEvent.of(LocalDate.of(2012, 1, 1),
              PlanState.BOARD_APPROVED, PlanState.IMPLEMENTING, ACTOR)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[3].date");
      assertThat(plan.getHistory()).hasSize(3);
    }

    @Test
    void refuses_any_step_out_of_a_terminal_state() {
      ActionPlan withdrawn = PlanFixtures.fullPlan()
          .withEvent(step(200, PlanState.BOARD_APPROVED, PlanState.WITHDRAWN));
      for (PlanState to : PlanState.values()) {
        assertThatThrownBy(() -> withdrawn.withEvent(step(201, PlanState.WITHDRAWN, to)))
            .as("WITHDRAWN → %s", to)
            .isInstanceOf(InvariantViolationException.class);
      }
    }

    @Test
    void records_the_creation_of_a_plan_without_history() {
      ActionPlan created = PlanFixtures.minimalPlan().build().withEvent(creation(PlanState.SITUATION_ANALYSIS));
      assertThat(created.getState()).isEqualTo(PlanState.SITUATION_ANALYSIS);
      assertThat(created.getHistory()).containsExactly(creation(PlanState.SITUATION_ANALYSIS));
    }

    @Test
    void checks_a_first_step_with_from_against_the_plans_state() {
      ActionPlan plan = PlanFixtures.minimalPlan().build();
      assertThat(plan.withEvent(step(0, PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING)).getState())
          .isEqualTo(PlanState.DRAFTING);
      assertThatThrownBy(() -> plan.withEvent(step(0, PlanState.DRAFTING, PlanState.BOARD_APPROVED)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("ActionPlan.history[0].from");
    }

    @Test
    void rejects_null() {
      assertThatThrownBy(() -> PlanFixtures.fullPlan().withEvent(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("event");
    }
  }

  @Nested
  class Helpers {
    private final ActionPlan plan = PlanFixtures.fullPlan();

    @Test
    void find_parts_by_id() {
      assertThat(plan.action(Id.of("f1"))).contains(PlanFixtures.action());
      assertThat(plan.action(Id.of("a1"))).isEmpty();
      assertThat(plan.aim(Id.of("a1"))).contains(PlanFixtures.aim());
      assertThat(plan.target(Id.of("t1"))).contains(PlanFixtures.target());
      assertThat(plan.problem(Id.of("p1"))).contains(PlanFixtures.problem());
      assertThat(plan.consultation(Id.of("c1"))).contains(PlanFixtures.consultation());
    }

    @Test
    void find_actions_by_theme_through_target_and_aim() {
      assertThat(plan.actionsOf(Theme.EMPLOYMENT)).containsExactly(PlanFixtures.action());
      assertThat(plan.actionsOf(Theme.HEALTH)).isEmpty();
      assertThat(plan.themeOf(PlanFixtures.action())).contains(Theme.EMPLOYMENT);
    }

    @Test
    void give_no_theme_to_an_action_with_a_dangling_target() {
      Action orphan = Action.builder().id(Id.of("f2")).targetId(Id.of("missing")).title("Yetim").build();
      ActionPlan withOrphan = PlanFixtures.minimalPlan().addAction(orphan).build();
      assertThat(withOrphan.themeOf(orphan)).isEmpty();
      for (Theme theme : Theme.values()) {
        assertThat(withOrphan.actionsOf(theme)).isEmpty();
      }
    }

    @Test
    void sum_the_budget_lines_of_all_actions() {
      Action second = Action.builder().id(Id.of("f2")).targetId(Id.of("t1")).title("İkinci")
          .addBudget(BudgetLine.of(Money.ofLira(25_000), FundingSource.OWN_BUDGET)).build();
      ActionPlan two = PlanFixtures.minimalPlan().addAction(PlanFixtures.action()).addAction(second).build();
      assertThat(two.plannedBudget()).contains(Money.ofLira(75_000));
      assertThat(PlanFixtures.minimalPlan().build().plannedBudget()).isEmpty();
      assertThat(PlanFixtures.minimalPlan().build().plannedBudgetByCurrency()).isEmpty();
    }

    @Test
    void refuse_one_sum_over_currencies_but_give_the_sums_apart() {
      Currency eur = Currency.getInstance("EUR");
      Action inEuro = Action.builder().id(Id.of("f2")).targetId(Id.of("t1")).title("AB hibesi")
          .addBudget(BudgetLine.of(Money.of(new BigDecimal("1000"), eur), FundingSource.GRANT)).build();
      ActionPlan mixed = PlanFixtures.minimalPlan().addAction(PlanFixtures.action()).addAction(inEuro).build();
      assertThatThrownBy(mixed::plannedBudget).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("plan plan").hasMessageContaining("EUR, TRY");
      assertThat(mixed.plannedBudgetByCurrency()).containsExactly(
          Map.entry(eur, Money.of(new BigDecimal("1000"), eur)), Map.entry(Money.TRY, Money.ofLira(50_000)));
    }

    @Test
    void sum_the_budget_lines_by_funding_source_and_currency_once_when_the_plan_is_made() {
      Currency eur = Currency.getInstance("EUR");
      Action mixed = Action.builder().id(Id.of("f2")).targetId(Id.of("t1")).title("Karma")
          .addBudget(BudgetLine.of(Money.ofLira(25_000), FundingSource.OWN_BUDGET))
          .addBudget(BudgetLine.of(Money.of(new BigDecimal("1000"), eur), FundingSource.GRANT))
          .addBudget(BudgetLine.of(Money.ofLira(5_000), FundingSource.GRANT))
          .build();
      ActionPlan plan = PlanFixtures.minimalPlan().addAction(PlanFixtures.action()).addAction(mixed).build();

      assertThat(plan.plannedBudgetByCurrency(FundingSource.OWN_BUDGET))
          .containsExactly(Map.entry(Money.TRY, Money.ofLira(25_000)));
      assertThat(plan.plannedBudgetByCurrency(FundingSource.GRANT)).containsExactly(
          Map.entry(eur, Money.of(new BigDecimal("1000"), eur)), Map.entry(Money.TRY, Money.ofLira(5_000)));
      assertThat(plan.plannedBudgetByCurrency(FundingSource.DEVELOPMENT_AGENCY))
          .containsExactly(Map.entry(Money.TRY, Money.ofLira(50_000)));
      assertThat(plan.plannedBudgetByCurrency(FundingSource.OTHER)).isEmpty();
      // A copy with other actions sums its own lines; the sums are not written to JSON, and read back the same.
      ActionPlan fewer = ImmutableActionPlan.copyOf(plan).withActions(PlanFixtures.action());
      assertThat(fewer.plannedBudgetByCurrency(FundingSource.OWN_BUDGET)).isEmpty();
      assertThat(fewer.plannedBudgetByCurrency(FundingSource.DEVELOPMENT_AGENCY))
          .containsExactly(Map.entry(Money.TRY, Money.ofLira(50_000)));
      assertThat(KdkJson.strict().write(plan)).doesNotContain("plannedBySource");
      assertThat(KdkJson.strict().read(KdkJson.strict().write(plan), ActionPlan.class)
          .plannedBudgetByCurrency(FundingSource.GRANT)).isEqualTo(plan.plannedBudgetByCurrency(FundingSource.GRANT));
    }

    @Test
    void tell_from_which_day_a_plan_uses_an_illustrative_figure() {
      Indicator real = Indicator.builder().id(Id.of("g1")).definition(ReferenceIndicators.of("KDK-R6-01"))
          .addObservation(Observation.of(ReportingPeriod.ofYear(2013), Measurement.of(3)))
          .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2015)).total(Measurement.of(5))
              .illustrative(true).build())
          .build();
      ActionPlan plan = PlanFixtures.minimalPlan().addIndicator(real).build();

      assertThat(plan.usesIllustrativeOn(LocalDate.of(2014, 12, 31))).isFalse();
      assertThat(plan.usesIllustrativeOn(LocalDate.of(2015, 1, 1))).isTrue();
      assertThat(PlanFixtures.minimalPlan().build().usesIllustrativeOn(LocalDate.of(2030, 1, 1))).isFalse();
      assertThat(PlanFixtures.minimalPlan().illustrative(true).build().usesIllustrativeOn(LocalDate.of(1990, 1, 1)))
          .isTrue();
      // The fixture's budget line and indicator are illustrative: from any day.
      assertThat(PlanFixtures.fullPlan().usesIllustrativeOn(LocalDate.of(1990, 1, 1))).isTrue();
      assertThat(ImmutableActionPlan.copyOf(plan).withIndicators().usesIllustrativeOn(LocalDate.of(2030, 1, 1)))
          .isFalse();
    }

    @Test
    void give_the_last_event() {
      assertThat(plan.lastEvent()).contains(PlanFixtures.approvalEvent());
      assertThat(PlanFixtures.minimalPlan().build().lastEvent()).isEmpty();
    }
  }

  @Nested
  class ConstraintAnnotations {
    @Test
    void accept_the_full_plan() {
      assertThat(Constraints.violations(PlanFixtures.fullPlan())).isEmpty();
    }

    @Test
    void flag_bad_fields_with_their_paths_down_the_tree() {
      ActionPlan plan = ActionPlan.builder()
          .id(Id.of("plan"))
          .kind(PlanKind.ACTION_PLAN)
          .title(" ")
          .scope(PlanScope.ofProvince("TR-82"))
          .period(DateRange.ofYears(2013, 2017))
          .state(PlanState.SITUATION_ANALYSIS)
          .addHistory(LifecycleEvent.builder().date(DAY).to(PlanState.SITUATION_ANALYSIS).actorId(ACTOR).reason("")
              .build())
          .addThemeExemption(ThemeExemption.of(Theme.HEALTH, ""))
          .addProblem(Problem.builder().id(Id.of("p1")).theme(Theme.HEALTH).description("Sorun")
              .addEvidence(Evidence.builder().description("Olgu").year(3000).build()).build())
          .addAction(Action.builder().id(Id.of("f1")).targetId(Id.of("t1")).title("")
              .addBudget(BudgetLine.builder().amount(Money.ofLira(1)).fundingSource(FundingSource.GRANT)
                  .year(99).build()).build())
          .addRevision(Revision.builder().number(0).date(DAY).reason("Neden").build())
          .build();
      assertThat(Constraints.violatedPaths(plan)).containsExactlyInAnyOrder(
          "title", "scope.provinceCode", "themeExemptions[0].reason", "problems[0].evidence[0].year",
          "actions[0].title", "actions[0].budget[0].year", "revisions[0].number", "history[0].reason");
    }
  }
}
