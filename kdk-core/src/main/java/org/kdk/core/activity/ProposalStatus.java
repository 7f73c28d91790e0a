package org.kdk.core.activity;

import org.kdk.core.i18n.Labelled;

/** Öneri durumu — where a legislative proposal stands. */
public enum ProposalStatus implements Labelled {
  /** Taslak hazırlandı — drafted, not yet sent. */
  DRAFTED,
  /** Gönderildi — sent to the authority. */
  SUBMITTED,
  /** Değerlendirmede — being considered by the authority. */
  UNDER_CONSIDERATION,
  /** Kabul edildi — adopted. */
  ADOPTED,
  /** Reddedildi — rejected. */
  REJECTED,
  /** Geri çekildi — withdrawn after submission. */
  WITHDRAWN;

  /** Whether a proposal in this status has been sent to the authority, so that it has a submission date. */
  public boolean wasSubmitted() {
    return this != DRAFTED;
  }
}
