package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/** Finansman kaynağı — where the money of a budget line or a grant comes from. */
public enum FundingSource implements Labelled {
  /** Öz bütçe — the institution's own budget. */
  OWN_BUDGET,
  /** Hibe — a grant, such as the programme's NGO grant rounds. */
  GRANT,
  /** Kalkınma ajansı — development agency support. */
  DEVELOPMENT_AGENCY,
  /** Diğer — any other source. */
  OTHER
}
