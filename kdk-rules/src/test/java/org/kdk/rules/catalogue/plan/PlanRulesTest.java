package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.catalogue.RuleCatalogue;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.Rule;

class PlanRulesTest {

  @Test
  void lists_the_fifteen_plan_rules_in_id_order_as_new_instances() {
    List<Rule> rules = PlanRules.all();
    assertThat(rules).extracting(Rule::getId).containsExactlyElementsOf(IntStream.rangeClosed(1, 15)
        .mapToObj(i -> String.format(java.util.Locale.ROOT, "KDK-PLAN-%03d", i)).collect(Collectors.toList()));
    assertThat(PlanRules.all().get(0)).isNotSameAs(rules.get(0));
    assertThat(RuleCatalogue.all()).extracting(Rule::getId).containsAll(
        rules.stream().map(Rule::getId).collect(Collectors.toList()));
  }

  @Test
  void every_rule_has_complete_texts_and_both_files_hold_the_same_keys() throws IOException {
    assertThat(PlanRules.all()).allSatisfy(r -> assertThat(((CatalogueRule) r).hasCompleteTexts()).isTrue());
    assertThat(load("Rules_tr.properties").stringPropertyNames())
        .isEqualTo(load("Rules.properties").stringPropertyNames());
  }

  @Test
  void turkish_texts_are_written_in_turkish_letters() throws IOException {
    String all = String.join(" ", load("Rules_tr.properties").values().stream().map(String::valueOf)
        .collect(Collectors.toList()));
    assertThat(all).contains("ı").contains("ş").contains("ğ").contains("İ");
  }

  @Test
  void no_rule_throws_on_plans_with_nothing_but_the_required_parts() {
    ActionPlan bare = PlanFixtures.base("p1").state(PlanState.COMPLETED).build();
    for (Rule rule : PlanRules.all()) {
      PlanFixtures.run(rule, bare);
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PlanRules.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
