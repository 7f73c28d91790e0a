package org.kdk.rules.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Severity;

/**
 * Profil — a named set of rule settings, such as {@link Profiles#phase2Programme()} or
 * {@link Profiles#currentLaw()}.
 *
 * <p>Change one by deriving a new one: {@code profile.withRuleDisabled("KDK-MECH-008")},
 * {@code withSeverity(…)}, {@code withParameter(…)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfile.class)
@JsonDeserialize(as = ImmutableProfile.class)
public abstract class Profile {

  Profile() {}

  /** The profile's name, such as {@code phase-2-programme}. */
  public abstract String getName();

  /** What the profile is for. */
  public abstract LocalizedText getDescription();

  /** Settings by rule id; rules not listed run with their defaults. */
  public abstract Map<String, RuleSetting> getSettings();

  /** A builder. */
  public static ImmutableProfile.Builder builder() {
    return ImmutableProfile.builder();
  }

  /** The setting of rule {@code ruleId}, the default when the profile does not list it. */
  public RuleSetting settingOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return getSettings().getOrDefault(ruleId, RuleSetting.defaults());
  }

  /** A copy with rule {@code ruleId} switched off. */
  public Profile withRuleDisabled(String ruleId) {
    return with(ruleId, ImmutableRuleSetting.copyOf(settingOf(ruleId)).withEnabled(false));
  }

  /** A copy with rule {@code ruleId} switched on. */
  public Profile withRuleEnabled(String ruleId) {
    return with(ruleId, ImmutableRuleSetting.copyOf(settingOf(ruleId)).withEnabled(true));
  }

  /** A copy in which rule {@code ruleId} reports at {@code severity}. */
  public Profile withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return with(ruleId, ImmutableRuleSetting.copyOf(settingOf(ruleId)).withSeverity(severity));
  }

  /** A copy in which rule {@code ruleId}'s parameter {@code name} is {@code value}. */
  public Profile withParameter(String ruleId, String name, BigDecimal value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    RuleSetting current = settingOf(ruleId);
    Map<String, BigDecimal> parameters = new LinkedHashMap<>(current.getParameters());
    parameters.put(name, value);
    return with(ruleId, ImmutableRuleSetting.copyOf(current).withParameters(parameters));
  }

  /** A copy in which rule {@code ruleId}'s parameter {@code name} is {@code value}. */
  public Profile withParameter(String ruleId, String name, long value) {
    return withParameter(ruleId, name, BigDecimal.valueOf(value));
  }

  /** A copy under another name. */
  public Profile named(String name, LocalizedText description) {
    return ImmutableProfile.copyOf(this).withName(name).withDescription(description);
  }

  private Profile with(String ruleId, RuleSetting setting) {
    Objects.requireNonNull(ruleId, "ruleId");
    Map<String, RuleSetting> settings = new LinkedHashMap<>(getSettings());
    settings.put(ruleId, setting);
    return ImmutableProfile.copyOf(this).withSettings(settings);
  }

  @Override
  public String toString() {
    return getName();
  }
}
