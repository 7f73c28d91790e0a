package org.kdk.rules.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

/**
 * Kural bağlamı — what a rule sees while it runs: the dataset, the day it is judged as of, the thresholds the
 * profile set, and where to report findings.
 *
 * <p>One context serves one rule in one validation; it is not shared between threads.
 */
public final class RuleContext {
  private final Rule rule;
  private final Dataset dataset;
  private final LocalDate asOf;
  private final Severity severity;
  private final Map<String, BigDecimal> parameters;
  private final Consumer<Finding> sink;

  /**
   * A context for {@code rule}; the validator makes these, tests of your own rules may too.
   *
   * @param parameters the profile's values for the rule's parameters; missing ones take their defaults
   */
  public RuleContext(Rule rule, Dataset dataset, LocalDate asOf, Severity severity,
      Map<String, BigDecimal> parameters, Consumer<Finding> sink) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** The dataset under validation. */
  public Dataset dataset() {
    return dataset;
  }

  /** The day the validation speaks of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The severity findings of this rule get. */
  public Severity severity() {
    return severity;
  }

  /**
   * The value of the rule's parameter {@code name}: the profile's, or the default.
   *
   * @throws NoSuchElementException if the rule declares no such parameter
   */
  public BigDecimal parameter(String name) {
    Objects.requireNonNull(name, "name");
    BigDecimal value = parameters.get(name);
    if (value != null) {
      return value;
    }
    return rule.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst()
        .map(RuleParameter::getDefaultValue)
        .orElseThrow(() -> new NoSuchElementException(rule.getId() + " has no parameter " + name));
  }

  /** The parameter {@code name} as a whole number. */
  public int intParameter(String name) {
    return parameter(name).intValueExact();
  }

  /** Reports a finding of this rule at {@code path} with its message and fix hint. */
  public void report(String path, LocalizedText message, LocalizedText hint) {
    sink.accept(Finding.builder()
        .ruleId(rule.getId())
        .severity(severity)
        .path(Objects.requireNonNull(path, "path"))
        .title(rule.getTitle())
        .message(Objects.requireNonNull(message, "message"))
        .basis(rule.getBasis())
        .hint(Objects.requireNonNull(hint, "hint"))
        .build());
  }
}
