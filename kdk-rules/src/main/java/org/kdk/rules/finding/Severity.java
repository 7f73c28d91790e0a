package org.kdk.rules.finding;

import org.kdk.core.i18n.Labelled;

/** Önem derecesi — how serious a finding is. Only errors make a subject unacceptable. */
public enum Severity implements Labelled {
  /** Hata — the law or the programme's commitment is broken, or the data contradicts itself. */
  ERROR,
  /** Uyarı — likely wrong, or against practice the brief marks unverified. */
  WARNING,
  /** Bilgi — worth knowing, nothing to fix. */
  INFO
}
