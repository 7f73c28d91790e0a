package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/**
 * Kurul katmanı — the tier of a coordination board: the board itself (Kurul) or its upper board (Üst Kurul).
 *
 * <p>Most boards have one tier; Mardin's also had an upper tier, which adopted its plan by majority vote.
 */
public enum BoardTier implements Labelled {
  /** Kurul — the board itself. */
  MAIN,
  /** Üst Kurul — the upper board. */
  UPPER
}
