package org.kdk.core.programme;

import org.kdk.core.i18n.Labelled;

/**
 * Hedef — the programme's general objective and its three specific objectives, as the programme page states them.
 *
 * <p>The Turkish labels are the programme page's own wording; the English ones follow the domain brief.
 */
public enum Objective implements Labelled {
  /** Genel hedef — an environment in which women friendly cities can form, through gender equality in local planning. */
  GENERAL,
  /** Capacity of local administrations (governorship, municipalities) to plan for gender equality. */
  O1,
  /** Capacity of women's NGOs working for gender equality. */
  O2,
  /** Cooperation between women's NGOs, grassroots organisations and local administrations. */
  O3;

  /** Whether this is one of the three specific objectives rather than the general one. */
  public boolean isSpecific() {
    return this != GENERAL;
  }
}
