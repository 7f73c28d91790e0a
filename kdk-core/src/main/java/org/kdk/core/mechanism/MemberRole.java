package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/** Üyelik rolü — the role a person or institution holds in a board, sub-commission, unit or commission. */
public enum MemberRole implements Labelled {
  /** Başkan — the chair. */
  CHAIR,
  /** Başkan vekili — the vice-chair or deputy chair. */
  VICE_CHAIR,
  /** Raportör — the rapporteur, as a sub-commission elects one. */
  RAPPORTEUR,
  /** Sekretarya — the secretariat, such as the governorship's equality unit for the board. */
  SECRETARIAT,
  /** Üye — an ordinary member. */
  MEMBER,
  /**
   * Danışman — may speak but not vote, as muhtars, universities, professional bodies, unions and NGOs in a
   * council's commission (Municipal Law 5393 art. 24).
   */
  ADVISOR
}
