package org.kdk.core.indicator;

import org.kdk.core.i18n.Labelled;

/**
 * İstenen yön — whether an indicator should rise, fall or stay where it is for the situation of women to
 * improve.
 */
public enum Direction implements Labelled {
  /** Artış — higher is better, such as the share of council seats held by women. */
  INCREASE,
  /** Azalış — lower is better, such as the share of women harassed in public space. */
  DECREASE,
  /** Koruma — the value should be kept, such as a budget line that must not be cut. */
  KEEP;

  /**
   * IATI's {@code ascending} flag: {@code false} only for {@link #DECREASE}.
   *
   * <p>IATI has no "keep"; {@link #KEEP} maps to IATI's default, ascending, which is this library's choice.
   */
  public boolean isAscending() {
    return this != DECREASE;
  }
}
