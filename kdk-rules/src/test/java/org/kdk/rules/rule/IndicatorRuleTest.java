package org.kdk.rules.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.Datasets;
import org.kdk.rules.testing.TestRule;

/**
 * The validator runs every indicator rule over one indicator before it moves on to the next; each rule still
 * reports on every indicator, and a rule that throws stops only itself.
 */
class IndicatorRuleTest {
  private final List<String> calls = new ArrayList<>();
  private final AtomicInteger computations = new AtomicInteger();

  /** Reports every indicator it is given, and notes the call. */
  private class NotingRule extends TestRule implements IndicatorRule {
    NotingRule(String id) {
      super(id);
    }

    @Override
    public void check(RuleContext context, IndicatorSite site) {
      String code = site.shared(String.class, s -> {
        computations.incrementAndGet();
        return s.indicator().getDefinition().getCode();
      });
      calls.add(getId() + " " + site.path());
      context.report(site.path() + ".definition.code", LocalizedText.of(code, code), LocalizedText.of("-", "-"));
    }
  }

  /** Throws on the second indicator it meets. */
  private final class SecondThrowsRule extends NotingRule {
    private int seen;

    SecondThrowsRule(String id) {
      super(id);
    }

    @Override
    public void check(RuleContext context, IndicatorSite site) {
      if (++seen == 2) {
        throw new IllegalStateException("boom at " + site.path());
      }
      super.check(context, site);
    }
  }

  private static Indicator indicator(String id) {
    return Indicator.builder().id(Id.of(id))
        .definition(IndicatorDefinition.builder().code(id.toUpperCase(java.util.Locale.ROOT)).name(LocalizedText.of("Gösterge " + id, "Indicator " + id))
            .measure(Measure.COUNT).unit("kişi").direction(Direction.INCREASE).build())
        .build();
  }

  /** Two plans: the first with indicators a and b, the second with c. */
  private static Dataset dataset() {
    ActionPlan first = Datasets.thinPlan("p1", "TR-47");
    return Dataset.builder().title("göstergeler")
        .addPlan(ImmutableActionPlan.copyOf(first).withIndicators(indicator("a"), indicator("b")))
        .addPlan(ImmutableActionPlan.copyOf(Datasets.thinPlan("p2", "TR-47")).withIndicators(indicator("c")))
        .build();
  }

  private static List<String> findingsOf(List<Finding> findings, String prefix) {
    return findings.stream().filter(f -> f.getRuleId().startsWith(prefix))
        .map(f -> f.getRuleId() + " " + f.getPath()).collect(Collectors.toList());
  }

  @Test
  void the_validator_gives_each_indicator_to_every_rule_before_it_moves_on() {
    KdkValidator validator = KdkValidator.of(Profiles.currentLaw())
        .withRule(new NotingRule("ACME-101")).withRule(new NotingRule("ACME-102"));

    validator.validate(dataset(), Datasets.AS_OF);

    assertThat(calls).containsExactly(
        "ACME-101 plans[0].indicators[0]", "ACME-102 plans[0].indicators[0]",
        "ACME-101 plans[0].indicators[1]", "ACME-102 plans[0].indicators[1]",
        "ACME-101 plans[1].indicators[0]", "ACME-102 plans[1].indicators[0]");
  }

  @Test
  void every_rule_reports_on_every_indicator_and_the_report_orders_them_by_path() {
    KdkValidator validator = KdkValidator.of(Profiles.currentLaw())
        .withRule(new NotingRule("ACME-101")).withRule(new NotingRule("ACME-102"));

    List<Finding> findings = validator.validate(dataset(), Datasets.AS_OF).getFindings();

    assertThat(findingsOf(findings, "ACME-")).containsExactly(
        "ACME-101 plans[0].indicators[0].definition.code",
        "ACME-102 plans[0].indicators[0].definition.code",
        "ACME-101 plans[0].indicators[1].definition.code",
        "ACME-102 plans[0].indicators[1].definition.code",
        "ACME-101 plans[1].indicators[0].definition.code",
        "ACME-102 plans[1].indicators[0].definition.code");
  }

  @Test
  void what_one_rule_derives_from_an_indicator_the_next_rule_finds_ready() {
    KdkValidator validator = KdkValidator.of(Profiles.currentLaw())
        .withRule(new NotingRule("ACME-101")).withRule(new NotingRule("ACME-102"));

    List<Finding> findings = validator.validate(dataset(), Datasets.AS_OF).getFindings();

    assertThat(computations).hasValue(3);
    assertThat(findings).filteredOn(f -> f.getRuleId().equals("ACME-102")).extracting(f -> f.getMessage().get(Language.EN))
        .containsExactly("A", "B", "C");
  }

  @Test
  void a_rule_that_throws_on_one_indicator_gets_one_finding_and_the_others_carry_on() {
    KdkValidator validator = KdkValidator.of(Profiles.currentLaw())
        .withRule(new SecondThrowsRule("ACME-101")).withRule(new NotingRule("ACME-102"));

    List<Finding> findings = validator.validate(dataset(), Datasets.AS_OF).getFindings();

    assertThat(findingsOf(findings, "ACME-")).containsExactlyInAnyOrder(
        "ACME-101 plans[0].indicators[0].definition.code",
        "ACME-101 ",
        "ACME-102 plans[0].indicators[0].definition.code",
        "ACME-102 plans[0].indicators[1].definition.code",
        "ACME-102 plans[1].indicators[0].definition.code");
    assertThat(findings).filteredOn(f -> f.getPath().isEmpty() && f.getRuleId().equals("ACME-101")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().get(Language.EN)).contains("boom at plans[0].indicators[1]"));
    assertThat(calls).filteredOn(c -> c.startsWith("ACME-101")).hasSize(1);
  }

  @Test
  void run_on_its_own_a_rule_walks_every_indicator_of_the_dataset_itself() {
    Rule rule = new NotingRule("ACME-103");
    List<Finding> findings = new ArrayList<>();

    rule.check(new RuleContext(rule, dataset(), Datasets.AS_OF, Severity.INFO, Map.of(), findings::add));

    assertThat(findingsOf(findings, "ACME-")).containsExactly(
        "ACME-103 plans[0].indicators[0].definition.code",
        "ACME-103 plans[0].indicators[1].definition.code",
        "ACME-103 plans[1].indicators[0].definition.code");
  }

  @Test
  void a_site_names_its_indicator_by_path_and_index() {
    IndicatorSite site = IndicatorSite.of(dataset(), 0, 1);

    assertThat(site.path()).isEqualTo("plans[0].indicators[1]");
    assertThat(site.plan().getId()).isEqualTo(Id.of("p1"));
    assertThat(site.indicator().getId()).isEqualTo(Id.of("b"));
    assertThat(IndicatorSite.allOf(dataset())).extracting(IndicatorSite::path)
        .containsExactly("plans[0].indicators[0]", "plans[0].indicators[1]", "plans[1].indicators[0]");
  }
}
