package org.kdk.rules.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kdk.core.dataset.Dataset;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.rule.RuleContext;

/** Test helper: runs one rule on a dataset, as the validator would, and returns its findings. */
public final class RuleHarness {
  private RuleHarness() {}

  /** The findings of {@code rule} on {@code dataset} as of {@code asOf}, with default severity and thresholds. */
  public static List<Finding> run(Rule rule, Dataset dataset, LocalDate asOf) {
    return run(rule, dataset, asOf, Map.of());
  }

  /** The findings with some thresholds set, e.g. {@code Map.of("months", BigDecimal.valueOf(6))}. */
  public static List<Finding> run(Rule rule, Dataset dataset, LocalDate asOf,
      Map<String, java.math.BigDecimal> parameters) {
    List<Finding> findings = new ArrayList<>();
    rule.check(new RuleContext(rule, dataset, asOf, rule.getDefaultSeverity(), parameters, findings::add));
    return findings;
  }
}
