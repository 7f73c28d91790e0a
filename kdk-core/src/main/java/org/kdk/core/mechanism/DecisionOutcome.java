package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/** Karar sonucu — what a body decided about the item before it. */
public enum DecisionOutcome implements Labelled {
  /** Kabul edildi — adopted. */
  ADOPTED,
  /** Reddedildi — rejected. */
  REJECTED,
  /** İade edildi — returned to the body that referred it, for example a plan sent back for revision. */
  RETURNED,
  /** Ertelendi — postponed to a later meeting. */
  POSTPONED
}
