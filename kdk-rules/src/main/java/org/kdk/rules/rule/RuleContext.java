package org.kdk.rules.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
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
  private final Map<Class<?>, Object> shared;

  /**
   * A context for {@code rule}; the validator makes these, tests of your own rules may too.
   *
   * @param parameters the profile's values for the rule's parameters; missing ones take their defaults
   */
  public RuleContext(Rule rule, Dataset dataset, LocalDate asOf, Severity severity,
      Map<String, BigDecimal> parameters, Consumer<Finding> sink) {
    this(rule, dataset, asOf, severity, parameters, sink, new HashMap<>());
  }

  /**
   * A context for {@code rule} in a validation whose rules share what {@link #shared} computes: give every
   * context of one validation the same, initially empty, map and drop it when the validation ends.
   *
   * @param parameters the profile's values for the rule's parameters; missing ones take their defaults
   * @param shared where the validation keeps the results of {@link #shared}; used by one thread at a time
   */
  public RuleContext(Rule rule, Dataset dataset, LocalDate asOf, Severity severity,
      Map<String, BigDecimal> parameters, Consumer<Finding> sink, Map<Class<?>, Object> shared) {
    this.shared = Objects.requireNonNull(shared, "shared");
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

  /**
   * What {@code computation} makes of the dataset, computed once per validation and shared by all its rules:
   * several rules walk the same structure (every id, every indicator value) and need not each walk it again.
   * The result serves the rules of one validation on one thread and lives as long as the validation; it may fill
   * caches lazily but must not change what it reports.
   *
   * @param type the result's type, which is also its key: one result per type and validation
   */
  public <T> T shared(Class<T> type, Function<Dataset, ? extends T> computation) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(computation, "computation");
    Object result = shared.get(type);
    if (result == null) {
      result = Objects.requireNonNull(computation.apply(dataset), "computation result");
      shared.put(type, result);
    }
    return type.cast(result);
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
