package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/** Plan düzeyi — whether a plan covers a whole province or one municipality. */
public enum ScopeLevel implements Labelled {
  /** İl — the province, as the phase-2 plans adopted by the coordination boards did. */
  PROVINCE,
  /** Belediye — one municipality, as later municipal plans adopted by council decision do. */
  MUNICIPALITY
}
