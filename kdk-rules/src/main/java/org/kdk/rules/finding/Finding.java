package org.kdk.rules.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.value.LocalizedText;

/**
 * Bulgu — one thing a rule found: which rule, how serious, where (a path in the JSON notation
 * {@code plans[0].actions[3].budget}), what (a message that carries the offending values), on what basis and
 * how to fix it, each text in Turkish and English.
 *
 * <p>A finding is plain data: it can be written as JSON, compared, and rendered in either language without the
 * rule at hand. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getSeverity)
      .thenComparing(Finding::getPath)
      .thenComparing(Finding::getRuleId)
      .thenComparing(f -> f.getMessage().get(Locale.ENGLISH));

  Finding() {}

  /** The rule's stable id, such as {@code KDK-MECH-003}. */
  public abstract String getRuleId();

  /** How serious it is, after the profile's adjustments. */
  public abstract Severity getSeverity();

  /** Where: the path to the element, empty for the whole document. */
  public abstract String getPath();

  /** The rule's title. */
  public abstract LocalizedText getTitle();

  /** What is wrong, with the offending values. */
  public abstract LocalizedText getMessage();

  /** What the rule rests on. */
  public abstract Basis getBasis();

  /** How to fix it. */
  public abstract LocalizedText getHint();

  /** A builder for a finding. */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /** The finding as one line in the language of {@code locale}: severity, rule, path, message. */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return getSeverity().getDisplayName(locale) + " " + getRuleId() + " "
        + (getPath().isEmpty() ? "/" : getPath()) + ": " + getMessage().get(locale);
  }

  /** Orders by severity (errors first), then path, rule and message. */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }
}
