package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.plan.Theme;
import org.kdk.reporting.progress.IndicatorProgress;

/** Tema bölümü — a plan report's section for one of the six themes. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableThemeSection.class)
@JsonDeserialize(as = ImmutableThemeSection.class)
public abstract class ThemeSection {
  ThemeSection() {}

  /** The theme. */
  public abstract Theme getTheme();

  /** Whether the plan covers the theme. */
  public abstract boolean isCovered();

  /** Why the plan leaves the theme out, when it does. */
  public abstract Optional<String> getExemptionReason();

  /** The aims under the theme. */
  public abstract List<String> getAims();

  /** The actions under the theme. */
  public abstract List<ActionSummary> getActions();

  /** The progress of the indicators of those actions. */
  public abstract List<IndicatorProgress> getIndicators();

  /** The theme's budget. */
  public abstract BudgetSummary getBudget();

  /** A builder. */
  public static ImmutableThemeSection.Builder builder() {
    return ImmutableThemeSection.builder();
  }
}
