package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.AS_OF;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.plan;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class IndicatorUsedRuleTest {
  private final IndicatorUsedRule rule = new IndicatorUsedRule();
  private final Indicator used = indicator("g1", count()).build();
  private final Indicator unused = indicator("g2", count()).build();

  /** Plan p1 holding both indicators, its one action naming only g1. */
  private ActionPlan planUsingOnlyG1() {
    ActionPlan plan = plan(used, unused);
    Action action = plan.getActions().get(0);
    return ImmutableActionPlan.copyOf(plan).withActions(
        Action.builder().id(action.getId()).targetId(action.getTargetId()).title(action.getTitle())
            .addIndicatorId(used.getId()).build());
  }

  @Nested
  class Passing {
    @Test
    void accepts_indicators_named_by_an_action() {
      assertThat(run(rule, used, unused)).isEmpty();
    }

    @Test
    void accepts_a_plan_without_indicators() {
      assertThat(run(rule)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_an_indicator_no_action_names() {
      Dataset dataset = Dataset.builder().addPlan(planUsingOnlyG1()).build();
      assertOnly(RuleHarness.run(rule, dataset, AS_OF), "KDK-IND-012", Severity.INFO, "plans[0].indicators[1]",
          "g2", "TEST-COUNT", "p1");
    }

    @Test
    void does_not_count_an_action_of_another_plan() {
      ActionPlan other = ImmutableActionPlan.copyOf(plan(unused)).withId(Id.of("p2")).withIndicators();
      Dataset dataset = Dataset.builder().addPlan(planUsingOnlyG1()).addPlan(other).build();
      assertOnly(RuleHarness.run(rule, dataset, AS_OF), "KDK-IND-012", Severity.INFO, "plans[0].indicators[1]",
          "g2", "p1");
    }
  }
}
