package org.kdk.rules.rule;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.kdk.core.value.LocalizedText;

/**
 * Kural eşiği — a threshold of a rule that a profile may change, such as the months without a meeting after
 * which a mechanism counts as dormant. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableRuleParameter.class)
@JsonDeserialize(as = ImmutableRuleParameter.class)
public abstract class RuleParameter {

  RuleParameter() {}

  /** The name, such as {@code months}. */
  @Value.Parameter
  public abstract String getName();

  /** The value when no profile sets one. */
  @Value.Parameter
  public abstract BigDecimal getDefaultValue();

  /** What it means, in Turkish and English. */
  @Value.Parameter
  public abstract LocalizedText getDescription();

  /** A whole-number parameter. */
  public static RuleParameter of(String name, long defaultValue, String tr, String en) {
    return ImmutableRuleParameter.of(name, BigDecimal.valueOf(defaultValue), LocalizedText.of(tr, en));
  }

  /** A decimal parameter, such as a tolerance of 0.005. */
  public static RuleParameter of(String name, BigDecimal defaultValue, String tr, String en) {
    return ImmutableRuleParameter.of(name, defaultValue, LocalizedText.of(tr, en));
  }
}
