package org.kdk.rules.finding;

import org.kdk.core.i18n.Labelled;

/** Dayanak türü — what a rule rests on. */
public enum BasisKind implements Labelled {
  /** Kanun — a law, such as Municipal Law 5393. */
  LAW,
  /** Yönetmelik — a regulation, such as the municipal council working regulation. */
  REGULATION,
  /** Genelge — a ministry circular, such as 2010/10. */
  CIRCULAR,
  /** Taahhütname — an item of the programme's Official Commitment. */
  COMMITMENT,
  /** Program uygulaması — the programme's practice, configurable. */
  PROGRAMME_PRACTICE,
  /** Çerçeve — an international framework: SDG, IATI, the CEMR Charter. */
  FRAMEWORK,
  /** Veri kalitesi — the data must agree with itself. */
  DATA_QUALITY
}
