package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/** Karar organı — the body that takes a decision: a council, the coordination board or one of its tiers. */
public enum DecisionBody implements Labelled {
  /** İl Kadın Hakları Koordinasyon Kurulu — the provincial women's rights coordination board. */
  COORDINATION_BOARD,
  /** Üst Kurul — the upper tier of a coordination board (Mardin adopted its plan there). */
  COORDINATION_BOARD_UPPER_TIER,
  /** Alt komisyon — a thematic sub-commission of the board. */
  SUB_COMMISSION,
  /** Belediye Meclisi — a municipal council (Municipal Law 5393 art. 18). */
  MUNICIPAL_COUNCIL,
  /** İl Genel Meclisi — the provincial council of a special provincial administration (Law 5302 art. 10). */
  PROVINCIAL_COUNCIL,
  /** Kadın-Erkek Eşitlik Komisyonu — a council's equality commission (Law 5393 art. 24). */
  EQUALITY_COMMISSION,
  /** Belediye Encümeni — a municipal executive committee. */
  MUNICIPAL_EXECUTIVE_COMMITTEE,
  /** Vali — the governor, by approval (onay). */
  GOVERNOR,
  /** Belediye Başkanı — the mayor, by approval (olur). */
  MAYOR,
  /** Bakanlık — a ministry, such as the Ministry of Interior by circular. */
  MINISTRY
}
