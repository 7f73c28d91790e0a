package org.kdk.rules.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.rules.finding.Severity;

/**
 * Kural ayarı — how a profile sets one rule: on or off, its severity, its thresholds. What is not set keeps the
 * rule's default. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSetting.class)
@JsonDeserialize(as = ImmutableRuleSetting.class)
public abstract class RuleSetting {

  RuleSetting() {}

  /** Whether the rule runs. */
  @Value.Default
  public boolean isEnabled() {
    return true;
  }

  /** The severity instead of the rule's default. */
  public abstract Optional<Severity> getSeverity();

  /** Threshold values by parameter name. */
  public abstract Map<String, BigDecimal> getParameters();

  /** A builder. */
  public static ImmutableRuleSetting.Builder builder() {
    return ImmutableRuleSetting.builder();
  }

  /** The default setting: enabled, default severity, default thresholds. */
  public static RuleSetting defaults() {
    return builder().build();
  }
}
