package org.kdk.core.activity;

import org.kdk.core.i18n.Labelled;

/** Hibe projesi durumu — where a grant project stands, from application to completion. */
public enum GrantProjectStatus implements Labelled {
  /** Başvuru yapıldı — applied for, not (yet) awarded. */
  APPLIED,
  /** Hibe verildi — awarded, not yet started. */
  AWARDED,
  /** Uygulamada — being carried out. */
  IN_PROGRESS,
  /** Tamamlandı — finished. */
  COMPLETED,
  /** İptal edildi — stopped before completion, or withdrawn after award. */
  CANCELLED;

  /** Whether a project in this status has been awarded its grant at some point. */
  public boolean wasAwarded() {
    return this != APPLIED;
  }
}
