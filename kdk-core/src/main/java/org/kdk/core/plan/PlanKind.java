package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/**
 * Plan türü — whether a plan is a local equality action plan or the strategic plan it was upgraded into.
 *
 * <p>In 2014 some phase-2 action plans were upgraded into Local Equality Strategic Plans: Adıyaman in July 2014,
 * Mardin on 6 August 2014; the strategic plan names the action plan it came from in
 * {@link ActionPlan#getUpgradedFromPlanId()}.
 */
public enum PlanKind implements Labelled {
  /** Yerel Eşitlik Eylem Planı (YEEP) — local equality action plan. */
  ACTION_PLAN,
  /** Yerel Eşitlik Stratejik Planı (YESP) — local equality strategic plan. */
  STRATEGIC_PLAN
}
