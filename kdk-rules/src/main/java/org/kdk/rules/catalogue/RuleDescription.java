package org.kdk.rules.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.style.KdkStyle;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.rule.RuleParameter;

/**
 * Kural tanımı — a rule as data: id, default severity, basis, title in Turkish and English, thresholds. This is
 * what {@code kdk rules --format json} prints. Immutable and thread-safe.
 */
@Value.Immutable
@KdkStyle
@JsonSerialize(as = ImmutableRuleDescription.class)
@JsonDeserialize(as = ImmutableRuleDescription.class)
public abstract class RuleDescription {

  RuleDescription() {}

  /** The rule's id. */
  public abstract String getId();

  /** Its default severity. */
  public abstract Severity getSeverity();

  /** What it rests on. */
  public abstract Basis getBasis();

  /** Its title. */
  public abstract LocalizedText getTitle();

  /** Its thresholds with their defaults. */
  public abstract List<RuleParameter> getParameters();

  /** The description of {@code rule}. */
  public static RuleDescription of(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return ImmutableRuleDescription.builder()
        .id(rule.getId())
        .severity(rule.getDefaultSeverity())
        .basis(rule.getBasis())
        .title(rule.getTitle())
        .addAllParameters(rule.getParameters())
        .build();
  }
}
