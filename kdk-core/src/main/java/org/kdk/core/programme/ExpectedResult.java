package org.kdk.core.programme;

import org.kdk.core.i18n.Labelled;

/** Beklenen sonuç — the eight expected results of phase 2 of the programme, in the order of the programme page. */
public enum ExpectedResult implements Labelled {
  /** Local administrations and ministries' provincial offices strengthened in gender-sensitive services and policy. */
  R1,
  /** Gender-sensitive strategic planning and budgeting in the provinces. */
  R2,
  /** Phase-1 results spread to neighbourhoods through a rights-based neighbourhood management system. */
  R3,
  /** More awareness of gender equality. */
  R4,
  /** NGO capacity on gender and advocacy. */
  R5,
  /** Participatory mechanisms of local administrations and women's NGOs to improve women's quality of life. */
  R6,
  /** A gender-sensitive urban planning approach. */
  R7,
  /** Proposals for legal changes sent to central authorities so that the mechanisms last. */
  R8
}
