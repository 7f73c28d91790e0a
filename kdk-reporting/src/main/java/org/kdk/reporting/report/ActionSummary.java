package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;

/** Faaliyet özeti — one action of a plan report. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableActionSummary.class)
@JsonDeserialize(as = ImmutableActionSummary.class)
public abstract class ActionSummary {
  ActionSummary() {}

  /** The action's id. */
  public abstract Id getActionId();

  /** Its title. */
  public abstract String getTitle();

  /** The target it serves. */
  public abstract Optional<String> getTarget();

  /** The responsible institution's name (or id, when it does not resolve). */
  public abstract Optional<String> getResponsible();

  /** When it runs. */
  public abstract Optional<DateRange> getTimeline();

  /** Its budget. */
  public abstract BudgetSummary getBudget();

  /** The indicators it is measured by. */
  public abstract List<Id> getIndicatorIds();

  /** A builder. */
  public static ImmutableActionSummary.Builder builder() {
    return ImmutableActionSummary.builder();
  }
}
