package org.kdk.rules.finding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;

/**
 * Doğrulama raporu — every finding of one validation, not just the first, with counts by severity and the
 * verdict: a subject is acceptable when no finding is an error.
 *
 * <p>{@link #toString()} prints a readable summary for JShell; {@link #format(Locale)} prints it in Turkish or
 * English. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidationReport.class)
@JsonDeserialize(as = ImmutableValidationReport.class)
public abstract class ValidationReport {
  private static final Texts TEXTS = Texts.of(ValidationReport.class, "Messages");

  ValidationReport() {}

  /** What was validated, such as {@code Mardin 2011–2015} or a plan's id. */
  public abstract String getSubject();

  /** The day the validation speaks of: the law and the elapsed periods as of that day. */
  public abstract LocalDate getAsOf();

  /** The profile whose rules and severities applied. */
  public abstract String getProfile();

  /** The findings, errors first, then by path. */
  public abstract List<Finding> getFindings();

  /** A builder for a report. */
  public static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  @Value.Check
  ValidationReport sorted() {
    List<Finding> sorted = getFindings().stream().sorted().collect(Collectors.toList());
    return sorted.equals(getFindings()) ? this
        : ImmutableValidationReport.copyOf(this).withFindings(sorted);
  }

  /** Whether no finding is an error. */
  @JsonIgnore
  public boolean isAcceptable() {
    return count(Severity.ERROR) == 0;
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return getFindings().stream().filter(f -> f.getSeverity() == severity).count();
  }

  /** The number of findings per severity, every severity present. */
  public Map<Severity, Long> counts() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return counts;
  }

  /** The findings of the rule with {@code ruleId}. */
  public List<Finding> findingsOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /** The report as text in the language of {@code locale}: a verdict line, counts, then one line per finding. */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Language language = Language.of(locale);
    StringBuilder s = new StringBuilder();
    s.append(TEXTS.format("header", language, getSubject(), getAsOf(), getProfile())).append('\n');
    s.append(TEXTS.get(isAcceptable() ? "acceptable" : "notAcceptable", language)).append(" — ");
    s.append(TEXTS.format("counts", language, count(Severity.ERROR), count(Severity.WARNING),
        count(Severity.INFO))).append('\n');
    for (Finding f : getFindings()) {
      s.append("  ").append(f.format(locale)).append('\n');
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }
}
