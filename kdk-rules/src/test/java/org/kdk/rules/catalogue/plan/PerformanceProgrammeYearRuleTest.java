package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class PerformanceProgrammeYearRuleTest {
  final PerformanceProgrammeYearRule rule = new PerformanceProgrammeYearRule();

  static StrategicPlanLink link(Integer year) {
    var builder = StrategicPlanLink.builder().institutionId(Id.of("mardin-bb-kurum"))
        .strategicPlanPeriod(DateRange.ofYears(2015, 2019));
    if (year != null) {
      builder.performanceProgrammeYear(year);
    }
    return builder.build();
  }

  static ActionPlan planWith(StrategicPlanLink... links) {
    return copy(plan("p1", PlanState.INTEGRATED)).withStrategicPlanLinks(links);
  }

  @Nested
  class Passes {
    @Test
    void years_on_both_ends_of_the_strategic_plan() {
      assertThat(run(rule, planWith(link(2015), link(2019)))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void a_year_before_the_strategic_plan() {
      List<Finding> findings = run(rule, planWith(link(2016), link(2014)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-014", Severity.ERROR,
          "plans[0].strategicPlanLinks[1].performanceProgrammeYear", "p1", "2014", "mardin-bb-kurum", "2015",
          "2019");
    }

    @Test
    void a_year_after_it() {
      assertThat(run(rule, planWith(link(2020)))).hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void a_link_without_a_performance_programme_year() {
      assertThat(run(rule, planWith(link(null)))).isEmpty();
    }
  }
}
