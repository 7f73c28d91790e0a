package org.kdk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.catalogue.RuleCatalogue;
import org.kdk.rules.constraint.ConstraintCheck;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profile;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.profile.RuleSetting;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.rule.RuleContext;

/**
 * Doğrulayıcı — the one entry point that validates a dataset, a plan or a mechanism as of a date: field
 * constraints first, then every rule of the catalogue and of your own, as the profile sets them, and returns a
 * {@link ValidationReport} with every finding.
 *
 * <pre>{@code
 * ValidationReport report = KdkValidator.of(Profiles.phase2Programme()).validate(dataset, LocalDate.of(2015, 6, 30));
 * String text = report.format(Locale.forLanguageTag("tr"));   // every finding, in Turkish
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance between threads.
 */
public final class KdkValidator {
  private final Profile profile;
  private final List<Rule> rules;

  private KdkValidator(Profile profile, List<Rule> rules) {
    this.profile = profile;
    this.rules = Collections.unmodifiableList(rules);
  }

  /** A validator with the SDK's rule catalogue set by {@code profile}. */
  public static KdkValidator of(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return new KdkValidator(profile, new ArrayList<>(RuleCatalogue.all()));
  }

  /** A validator with the current-law profile. */
  public static KdkValidator standard() {
    return of(Profiles.currentLaw());
  }

  /**
   * A copy that also runs {@code rule}.
   *
   * @throws IllegalArgumentException if a rule with the same id is already there
   */
  public KdkValidator withRule(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    for (Rule existing : rules) {
      if (existing.getId().equals(rule.getId())) {
        throw new IllegalArgumentException("a rule with the id " + rule.getId() + " is already there");
      }
    }
    List<Rule> more = new ArrayList<>(rules);
    more.add(rule);
    return new KdkValidator(profile, more);
  }

  /** A copy with another profile and the same rules. */
  public KdkValidator withProfile(Profile newProfile) {
    return new KdkValidator(Objects.requireNonNull(newProfile, "newProfile"), new ArrayList<>(rules));
  }

  /** The profile in force. */
  public Profile profile() {
    return profile;
  }

  /** Every rule this validator knows, enabled or not, in catalogue order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Validates a whole dataset as of {@code asOf}. */
  public ValidationReport validate(Dataset dataset, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(asOf, "asOf");
    return run(dataset, asOf, dataset.getTitle().orElse("dataset"));
  }

  /** Validates one plan on its own as of {@code asOf}; references to other objects cannot resolve. */
  public ValidationReport validate(ActionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    return run(Dataset.builder().addPlan(plan).build(), Objects.requireNonNull(asOf, "asOf"), plan.getId().toString());
  }

  /** Validates one mechanism on its own as of {@code asOf}. */
  public ValidationReport validate(Mechanism mechanism, LocalDate asOf) {
    Objects.requireNonNull(mechanism, "mechanism");
    var builder = Dataset.builder();
    if (mechanism instanceof CoordinationBoard) {
      builder.addCoordinationBoard((CoordinationBoard) mechanism);
    } else if (mechanism instanceof EqualityUnit) {
      builder.addEqualityUnit((EqualityUnit) mechanism);
    } else {
      builder.addEqualityCommission((EqualityCommission) mechanism);
    }
    return run(builder.build(), Objects.requireNonNull(asOf, "asOf"), mechanism.getId().toString());
  }

  private ValidationReport run(Dataset dataset, LocalDate asOf, String subject) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : ConstraintCheck.shared().check(dataset, Severity.ERROR)) {
      RuleSetting setting = profile.settingOf(f.getRuleId());
      if (setting.isEnabled()) {
        findings.add(setting.getSeverity().map(s -> (Finding) org.kdk.rules.finding.ImmutableFinding.copyOf(f)
            .withSeverity(s)).orElse(f));
      }
    }
    // What the rules of this validation compute once and share (the walks of every id and indicator value).
    Map<Class<?>, Object> shared = new HashMap<>();
    List<Run> runs = new ArrayList<>();
    for (Rule rule : rules) {
      RuleSetting setting = profile.settingOf(rule.getId());
      if (setting.isEnabled()) {
        runs.add(new Run(rule, dataset, asOf, setting, shared));
      }
    }
    checkIndicators(dataset, runs);
    for (Run run : runs) {
      if (!(run.rule instanceof IndicatorRule)) {
        run.checkWhole();
      }
      findings.addAll(run.found);
    }
    return ValidationReport.builder()
        .subject(subject)
        .asOf(asOf)
        .profile(profile.getName())
        .addAllFindings(findings)
        .build();
  }

  /**
   * Every enabled indicator rule over one indicator, then over the next: the indicator's values are read from
   * memory once for all of them instead of once per rule.
   */
  private static void checkIndicators(Dataset dataset, List<Run> runs) {
    List<Run> indicatorRuns = new ArrayList<>();
    for (Run run : runs) {
      if (run.rule instanceof IndicatorRule) {
        indicatorRuns.add(run);
      }
    }
    if (indicatorRuns.isEmpty()) {
      return;
    }
    for (IndicatorSite site : IndicatorSite.allOf(dataset)) {
      for (Run run : indicatorRuns) {
        run.checkIndicator(site);
      }
    }
  }

  /** One enabled rule in one validation: its context and the findings it made, kept apart to keep rule order. */
  private static final class Run {
    private final Rule rule;
    private final RuleContext context;
    private final List<Finding> found = new ArrayList<>();
    private boolean failed;

    Run(Rule rule, Dataset dataset, LocalDate asOf, RuleSetting setting, Map<Class<?>, Object> shared) {
      this.rule = rule;
      this.context = new RuleContext(rule, dataset, asOf, setting.getSeverity().orElse(rule.getDefaultSeverity()),
          new LinkedHashMap<>(setting.getParameters()), found::add, shared);
    }

    void checkWhole() {
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    void checkIndicator(IndicatorSite site) {
      if (failed) {
        return;
      }
      try {
        ((IndicatorRule) rule).check(context, site);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    private void fail(RuntimeException e) {
      // A rule that throws is a defect, but the user still gets a report rather than a crash; it is not asked again.
      failed = true;
      context.report("", LocalizedText.of(
          "Kural çalıştırılamadı: " + e,
          "The rule could not run: " + e),
          LocalizedText.of("Bu bir yazılım hatasıdır; lütfen bildirin.", "This is a defect; please report it."));
    }
  }

  /** Setting by rule id, for the documentation generator and the CLI. */
  public Map<String, RuleSetting> settings() {
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    for (Rule rule : rules) {
      settings.put(rule.getId(), profile.settingOf(rule.getId()));
    }
    return Collections.unmodifiableMap(settings);
  }

  @Override
  public String toString() {
    return "KdkValidator{profile=" + profile.getName() + ", rules=" + rules.size() + "}";
  }
}
