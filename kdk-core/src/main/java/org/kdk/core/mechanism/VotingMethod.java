package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/** Karar yeter sayısı — how a decision was carried: unanimously (oybirliği) or by majority (oyçokluğu). */
public enum VotingMethod implements Labelled {
  /** Oybirliği — nobody voted against. */
  UNANIMOUS,
  /** Oyçokluğu — by majority vote, as Mardin's upper board adopted its plan. */
  MAJORITY
}
