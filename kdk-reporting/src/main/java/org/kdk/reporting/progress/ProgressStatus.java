package org.kdk.reporting.progress;

import org.kdk.core.i18n.Labelled;

/** İlerleme durumu — where an indicator stands against its target; see {@link ProgressThresholds}. */
public enum ProgressStatus implements Labelled {
  /** Hedefe ulaşıldı — the target is met. */
  ACHIEVED,
  /** Yolunda — at or above the expected share of the way. */
  ON_TRACK,
  /** Risk altında — behind, but not far behind. */
  AT_RISK,
  /** Gerisinde — far behind, or the target period ended without the target met. */
  OFF_TRACK,
  /** Veri yok — no observation for a period whose target should have been measured. */
  NO_DATA
}
