package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.action;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.bareAction;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.line;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class ActionTimingRuleTest {
  final ActionTimingRule rule = new ActionTimingRule();

  static ActionPlan planWith(Action... actions) {
    return copy(plan("p1", PlanState.DRAFTING)).withActions(actions);
  }

  @Nested
  class Passes {
    @Test
    void timeline_and_budget_year_inside_the_period() {
      assertThat(run(rule, planWith(action("f1")))).isEmpty();
    }

    @Test
    void a_timeline_on_the_period_s_very_ends() {
      Action wholePeriod = bareAction("f1").timeline(DateRange.ofYears(2013, 2015))
          .addBudget(line(1, 2013), line(1, 2015)).build();
      assertThat(run(rule, planWith(wholePeriod))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void a_timeline_running_past_the_period() {
      Action late = bareAction("f1").timeline(DateRange.of(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 1, 31)))
          .build();
      List<Finding> findings = run(rule, planWith(late));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-010", Severity.WARNING, "plans[0].actions[0].timeline", "f1",
          "2015-06-01", "2016-01-31", "p1", "2013-01-01", "2015-12-31");
    }

    @Test
    void a_budget_line_for_a_year_outside_the_period() {
      Action early = bareAction("f1").addBudget(line(100, 2013), line(100, 2012)).build();
      List<Finding> findings = run(rule, planWith(early));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-010", Severity.WARNING, "plans[0].actions[0].budget[1].year", "f1",
          "2012", "p1", "2013", "2015");
    }
  }

  @Nested
  class Edges {
    @Test
    void no_timeline_and_no_budget_year_are_not_judged() {
      Action open = bareAction("f1").addBudget(BudgetLine.of(Money.ofLira(5), FundingSource.OTHER)).build();
      assertThat(run(rule, planWith(open))).isEmpty();
    }

    @Test
    void a_timeline_starting_the_day_before_the_period() {
      Action early = bareAction("f1").timeline(DateRange.of(LocalDate.of(2012, 12, 31), LocalDate.of(2013, 6, 1)))
          .build();
      assertThat(run(rule, planWith(early))).hasSize(1);
    }
  }
}
