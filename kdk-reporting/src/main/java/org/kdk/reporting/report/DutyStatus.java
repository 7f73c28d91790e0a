package org.kdk.reporting.report;

import org.kdk.core.i18n.Labelled;

/** Yükümlülük durumu — whether a municipality meets a legal duty. */
public enum DutyStatus implements Labelled {
  /** Karşılanıyor. */
  MET,
  /** Karşılanmıyor. */
  NOT_MET,
  /** Bilinmiyor — the dataset lacks the record needed. */
  UNKNOWN,
  /** Yükümlü değil. */
  NOT_APPLICABLE
}
