package org.kdk.reporting.progress;

import org.kdk.core.i18n.Labelled;

/** Eğilim — how the last two observations moved, judged by the indicator's desired direction. */
public enum Trend implements Labelled {
  /** İyileşiyor — moved the desired way. */
  IMPROVING,
  /** Durağan — moved less than the threshold. */
  STABLE,
  /** Kötüleşiyor — moved the wrong way. */
  WORSENING,
  /** Bilinmiyor — fewer than two observations. */
  UNKNOWN
}
