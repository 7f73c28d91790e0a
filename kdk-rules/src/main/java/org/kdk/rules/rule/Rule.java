package org.kdk.rules.rule;

import java.util.List;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.Severity;

/**
 * Kural — a named check with a stable id, a severity, a basis and Turkish and English texts.
 *
 * <p>Implement it to add your own rules ({@code KdkValidator.withRule(rule)}); use an id prefix of your own
 * ({@code ACME-001}), since {@code KDK-} belongs to the SDK's catalogue. A rule reports through its
 * {@link RuleContext} and never throws for bad data; it must be stateless, so that one validator can run it on
 * several threads at once.
 */
public interface Rule {

  /** The stable id, such as {@code KDK-MECH-003}. */
  String getId();

  /** The severity unless a profile changes it. */
  Severity getDefaultSeverity();

  /** What the rule rests on. */
  Basis getBasis();

  /** A short title in Turkish and English. */
  LocalizedText getTitle();

  /** The thresholds a profile may change, with their defaults. */
  default List<RuleParameter> getParameters() {
    return List.of();
  }

  /** Checks the context's dataset and reports every finding through {@link RuleContext#report}. */
  void check(RuleContext context);
}
