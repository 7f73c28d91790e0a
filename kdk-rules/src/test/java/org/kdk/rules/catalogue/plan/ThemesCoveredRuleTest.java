package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.base;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.plan.ThemeExemption;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class ThemesCoveredRuleTest {
  final ThemesCoveredRule rule = new ThemesCoveredRule();

  @Nested
  class Passes {
    @Test
    void when_all_six_themes_are_covered() {
      assertThat(run(rule, PlanFixtures.plan("p1", PlanState.DRAFTING))).isEmpty();
    }

    @Test
    void when_the_missing_themes_are_left_out_with_a_reason() {
      ActionPlan plan = base("p1").addThemes(Theme.EDUCATION, Theme.HEALTH, Theme.EMPLOYMENT, Theme.PARTICIPATION)
          .addThemeExemptions(ThemeExemption.of(Theme.VIOLENCE_AGAINST_WOMEN, "ŞÖNİM planında ele alınıyor"),
              ThemeExemption.of(Theme.URBAN_SERVICES, "Belediye planında ele alınıyor"))
          .state(PlanState.BOARD_APPROVED).build();
      assertThat(run(rule, plan)).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void once_per_theme_neither_covered_nor_exempted() {
      ActionPlan plan = base("p1").addThemes(Theme.EDUCATION, Theme.HEALTH, Theme.EMPLOYMENT, Theme.PARTICIPATION,
          Theme.URBAN_SERVICES).state(PlanState.DRAFTING).build();
      List<Finding> findings = run(rule, plan);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-001", Severity.ERROR, "plans[0].themes", "p1");
      assertThat(PlanFixtures.en(findings.get(0))).contains("Violence against women");
      assertThat(PlanFixtures.tr(findings.get(0))).contains("Kadına yönelik şiddet");
    }

    @Test
    void for_every_missing_theme_of_every_plan_with_its_index() {
      ActionPlan full = PlanFixtures.plan("p1", PlanState.DRAFTING);
      ActionPlan empty = base("p2").state(PlanState.IMPLEMENTING).build();
      List<Finding> findings = run(rule, full, empty);
      assertThat(findings).hasSize(6).allSatisfy(f -> assertThat(f.getPath()).isEqualTo("plans[1].themes"));
    }
  }

  @Nested
  class Edges {
    @Test
    void skips_a_plan_still_in_situation_analysis() {
      assertThat(run(rule, base("p1").state(PlanState.SITUATION_ANALYSIS).build())).isEmpty();
    }

    @Test
    void an_empty_dataset_has_nothing_to_report() {
      assertThat(run(rule, new ActionPlan[0])).isEmpty();
    }
  }
}
