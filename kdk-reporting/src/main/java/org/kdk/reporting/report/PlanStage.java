package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;

/** Plan aşaması — a plan's lifecycle stage and history as of a date. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanStage.class)
@JsonDeserialize(as = ImmutablePlanStage.class)
public abstract class PlanStage {
  PlanStage() {}

  /** The plan's id. */
  public abstract Id getPlanId();

  /** Its title. */
  public abstract String getTitle();

  /** Its kind. */
  public abstract PlanKind getKind();

  /** Its period. */
  public abstract DateRange getPeriod();

  /** Its state on the date: the last step on or before it. */
  public abstract PlanState getState();

  /** Its steps up to the date. */
  public abstract List<LifecycleEvent> getHistory();

  /** A builder. */
  public static ImmutablePlanStage.Builder builder() {
    return ImmutablePlanStage.builder();
  }
}
