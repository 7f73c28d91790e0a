package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class StrategicPlanLinkRuleTest {
  static final Id KIZILTEPE = Id.of("kiziltepe");

  final StrategicPlanLinkRule rule = new StrategicPlanLinkRule();

  static Municipality municipality(MunicipalityType type, Long population) {
    var builder = Municipality.builder().id(KIZILTEPE).name("Kızıltepe Belediyesi").type(type)
        .provinceCode("TR-47");
    if (population != null) {
      builder.population(population);
    }
    return builder.build();
  }

  static ActionPlan municipalPlan(PlanState state, StrategicPlanLink... links) {
    return ActionPlan.builder().id(Id.of("p1")).kind(PlanKind.ACTION_PLAN).title("Kızıltepe YEEP")
        .scope(PlanScope.ofMunicipality("TR-47", KIZILTEPE)).period(DateRange.ofYears(2015, 2019))
        .addThemes(Theme.values()).addStrategicPlanLinks(links).state(state).build();
  }

  static Dataset dataset(Municipality municipality, ActionPlan plan) {
    return Dataset.builder().addMunicipality(municipality).addPlan(plan).build();
  }

  static StrategicPlanLink link() {
    return StrategicPlanLink.builder().institutionId(Id.of("kiziltepe-kurum"))
        .strategicPlanPeriod(DateRange.ofYears(2015, 2019)).build();
  }

  @Nested
  class Passes {
    @Test
    void an_implemented_plan_with_a_link() {
      assertThat(run(rule, dataset(municipality(MunicipalityType.METROPOLITAN_DISTRICT, 250_000L),
          municipalPlan(PlanState.IMPLEMENTING, link())))).isEmpty();
    }

    @Test
    void a_small_municipality_need_not_have_a_strategic_plan() {
      assertThat(run(rule, dataset(municipality(MunicipalityType.TOWN, 49_999L),
          municipalPlan(PlanState.IMPLEMENTING)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = {"DRAFTING", "BOARD_APPROVED", "COUNCIL_APPROVED", "SUSPENDED"})
    void before_integration(PlanState state) {
      assertThat(run(rule, dataset(municipality(MunicipalityType.METROPOLITAN, null), municipalPlan(state))))
          .isEmpty();
    }
  }

  @Nested
  class Fails {
    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = {"INTEGRATED", "IMPLEMENTING", "UNDER_REVIEW", "COMPLETED"})
    void a_metropolitan_municipality_s_plan_without_a_link(PlanState state) {
      List<Finding> findings = run(rule, dataset(municipality(MunicipalityType.METROPOLITAN, null),
          municipalPlan(state)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-006", Severity.ERROR, "plans[0].strategicPlanLinks", "p1",
          "Kızıltepe Belediyesi", "50000");
    }

    @Test
    void a_municipality_of_exactly_fifty_thousand() {
      assertThat(run(rule, dataset(municipality(MunicipalityType.DISTRICT, 50_000L),
          municipalPlan(PlanState.IMPLEMENTING)))).hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void a_provincial_plan_is_not_a_municipality_s() {
      ActionPlan provincial = PlanFixtures.plan("p1", PlanState.IMPLEMENTING);
      assertThat(run(rule, provincial)).isEmpty();
    }

    @Test
    void skips_a_municipality_missing_from_the_dataset_or_of_unknown_population() {
      assertThat(run(rule, municipalPlan(PlanState.IMPLEMENTING))).isEmpty();
      assertThat(run(rule, dataset(municipality(MunicipalityType.DISTRICT, null),
          municipalPlan(PlanState.IMPLEMENTING)))).isEmpty();
    }

    @Test
    void the_population_threshold_is_a_parameter() {
      Dataset dataset = dataset(municipality(MunicipalityType.DISTRICT, 30_000L), municipalPlan(PlanState.COMPLETED));
      assertThat(RuleHarness.run(rule, dataset, PlanFixtures.AS_OF,
          Map.of("minPopulation", BigDecimal.valueOf(25_000)))).hasSize(1);
    }
  }
}
