package org.kdk.rules.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.kdk.core.i18n.Language;
import org.kdk.rules.catalogue.duty.DutyRules;
import org.kdk.rules.catalogue.indicator.IndicatorRules;
import org.kdk.rules.catalogue.mechanism.MechanismRules;
import org.kdk.rules.catalogue.plan.PlanRules;
import org.kdk.rules.catalogue.reference.ReferenceRules;
import org.kdk.rules.lifecycle.LifecycleRules;
import org.kdk.rules.rule.Rule;

/**
 * Kural kataloğu — every rule the SDK ships, by area: mechanisms, plans, the plan lifecycle, indicators, legal
 * duties and references. Field constraints are checked besides these, by {@link
 * org.kdk.rules.constraint.ConstraintCheck}.
 */
public final class RuleCatalogue {
  private static final List<Rule> ALL = build();

  private RuleCatalogue() {}

  /** Every rule of the catalogue, in id order within each area. */
  public static List<Rule> all() {
    return ALL;
  }

  /** Every rule of the catalogue as data, in catalogue order. */
  public static List<RuleDescription> descriptions() {
    return ALL.stream().map(RuleDescription::of).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The catalogue as a Markdown table — id, severity, Turkish and English title, basis — as committed in
   * {@code kdk-rules/RULES.md}.
   */
  public static String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("# KDK rule catalogue / KDK kural kataloğu\n\n");
    s.append("Generated from the code by `RuleCatalogueDocumentationTest`; do not edit by hand. ");
    s.append("Field constraints (`KDK-FIELD-…`) are reported besides these rules.\n\n");
    s.append(ALL.size()).append(" rules.\n\n");
    s.append("| id | severity / önem | Türkçe | English | basis / dayanak |\n");
    s.append("|---|---|---|---|---|\n");
    for (Rule rule : ALL) {
      s.append("| ").append(rule.getId())
          .append(" | ").append(rule.getDefaultSeverity().getDisplayName(Language.EN)).append(" / ")
          .append(rule.getDefaultSeverity().getDisplayName(Language.TR))
          .append(" | ").append(cell(rule.getTitle().get(Language.TR)))
          .append(" | ").append(cell(rule.getTitle().get(Language.EN)))
          .append(" | ").append(rule.getBasis().getKind().getDisplayName(Language.EN)).append(": ")
          .append(cell(rule.getBasis().getCitation().get(Language.EN))).append(" / ")
          .append(cell(rule.getBasis().getCitation().get(Language.TR)))
          .append(" |\n");
    }
    return s.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(MechanismRules.all());
    rules.addAll(PlanRules.all());
    rules.addAll(LifecycleRules.all());
    rules.addAll(IndicatorRules.all());
    rules.addAll(DutyRules.all());
    rules.addAll(ReferenceRules.all());
    return Collections.unmodifiableList(rules);
  }
}
