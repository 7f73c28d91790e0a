package org.kdk.rules.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.plan.ActionPlan;

/**
 * Göstergenin yeri — one indicator of one plan of the dataset under validation, with the indexes that make its
 * JSON path ({@code plans[i].indicators[j]}), as an {@link IndicatorRule} is given it.
 *
 * <p>The validator gives the same site to every indicator rule of a validation in turn, so what one rule derives
 * from the indicator and puts in {@link #shared} the next finds ready. A site is used by one thread at a time.
 */
public final class IndicatorSite {
  private final int planIndex;
  private final ActionPlan plan;
  private final int indicatorIndex;
  private final Indicator indicator;
  private Map<Class<?>, Object> shared;

  private IndicatorSite(int planIndex, ActionPlan plan, int indicatorIndex, Indicator indicator) {
    this.planIndex = planIndex;
    this.plan = plan;
    this.indicatorIndex = indicatorIndex;
    this.indicator = indicator;
  }

  /**
   * The indicator {@code plans[planIndex].indicators[indicatorIndex]} of {@code dataset}.
   *
   * @throws IndexOutOfBoundsException if the dataset has no such plan or the plan no such indicator
   */
  public static IndicatorSite of(Dataset dataset, int planIndex, int indicatorIndex) {
    ActionPlan plan = Objects.requireNonNull(dataset, "dataset").getPlans().get(planIndex);
    return new IndicatorSite(planIndex, plan, indicatorIndex, plan.getIndicators().get(indicatorIndex));
  }

  /** Every indicator of every plan of {@code dataset}, plan by plan, each plan's in its own order. */
  public static List<IndicatorSite> allOf(Dataset dataset) {
    List<IndicatorSite> sites = new ArrayList<>();
    List<ActionPlan> plans = Objects.requireNonNull(dataset, "dataset").getPlans();
    for (int i = 0; i < plans.size(); i++) {
      List<Indicator> indicators = plans.get(i).getIndicators();
      for (int j = 0; j < indicators.size(); j++) {
        sites.add(new IndicatorSite(i, plans.get(i), j, indicators.get(j)));
      }
    }
    return Collections.unmodifiableList(sites);
  }

  /** The plan's index in the dataset. */
  public int planIndex() {
    return planIndex;
  }

  /** The plan that holds the indicator. */
  public ActionPlan plan() {
    return plan;
  }

  /** The indicator's index in its plan. */
  public int indicatorIndex() {
    return indicatorIndex;
  }

  /** The indicator. */
  public Indicator indicator() {
    return indicator;
  }

  /** {@code plans[i].indicators[j]}, the start of the path of a finding about this indicator. */
  public String path() {
    return "plans[" + planIndex + "].indicators[" + indicatorIndex + "]";
  }

  /**
   * What {@code computation} makes of this indicator, computed once and kept with the site for the other rules
   * that check it: the list of its values with their paths, for instance. The result must not change what it
   * reports.
   *
   * @param type the result's type, which is also its key: one result per type and site
   */
  public <T> T shared(Class<T> type, Function<IndicatorSite, ? extends T> computation) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(computation, "computation");
    if (shared == null) {
      shared = new HashMap<>(4);
    }
    Object result = shared.get(type);
    if (result == null) {
      result = Objects.requireNonNull(computation.apply(this), "computation result");
      shared.put(type, result);
    }
    return type.cast(result);
  }

  @Override
  public String toString() {
    return path() + " " + indicator.getId();
  }
}
