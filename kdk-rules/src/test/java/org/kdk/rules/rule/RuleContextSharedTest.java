package org.kdk.rules.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.Datasets;
import org.kdk.rules.testing.TestRule;

/** What rules share through {@link RuleContext#shared} is computed once per validation, never across two. */
class RuleContextSharedTest {
  /** A result two rules share. */
  record PlanCount(int plans) {}

  private final AtomicInteger computations = new AtomicInteger();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  /** A rule that only asks for the shared plan count and notes what it got. */
  private final class CountingRule extends TestRule {
    CountingRule(String id) {
      super(id);
    }

    @Override
    public void check(RuleContext context) {
      PlanCount count = context.shared(PlanCount.class, dataset -> {
        computations.incrementAndGet();
        return new PlanCount(dataset.getPlans().size());
      });
      seen.add(getId() + "=" + count.plans());
    }
  }

  private KdkValidator validator() {
    return KdkValidator.standard().withRule(new CountingRule("ACME-001")).withRule(new CountingRule("ACME-002"));
  }

  @Test
  void the_rules_of_one_validation_share_one_computation() {
    int plans = Datasets.small().getPlans().size();

    validator().validate(Datasets.small(), Datasets.AS_OF);

    assertThat(computations).hasValue(1);
    assertThat(seen).containsExactly("ACME-001=" + plans, "ACME-002=" + plans);
  }

  @Test
  void each_validation_computes_afresh_for_its_own_dataset() {
    KdkValidator validator = validator();
    Dataset small = Datasets.small();
    Dataset empty = Dataset.builder().build();
    int plans = small.getPlans().size();

    validator.validate(small, Datasets.AS_OF);
    validator.validate(empty, Datasets.AS_OF);

    assertThat(computations).hasValue(2);
    assertThat(seen).containsExactly("ACME-001=" + plans, "ACME-002=" + plans, "ACME-001=0", "ACME-002=0");
  }

  @Test
  void a_context_made_outside_a_validation_keeps_its_own_results() {
    Rule rule = new CountingRule("ACME-003");
    RuleContext first = new RuleContext(rule, Datasets.small(), Datasets.AS_OF, Severity.INFO, Map.of(), f -> {});
    RuleContext second = new RuleContext(rule, Datasets.small(), Datasets.AS_OF, Severity.INFO, Map.of(), f -> {});

    rule.check(first);
    rule.check(first);
    rule.check(second);

    assertThat(computations).hasValue(2);
  }
}
