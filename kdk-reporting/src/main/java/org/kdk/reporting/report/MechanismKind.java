package org.kdk.reporting.report;

import org.kdk.core.i18n.Labelled;

/** Mekanizma türü — the local mechanisms of the Official Commitment, one column each in the matrices. */
public enum MechanismKind implements Labelled {
  /** İl Kadın Hakları Koordinasyon Kurulu. */
  COORDINATION_BOARD,
  /** Valilik eşitlik birimi. */
  UNIT_GOVERNORSHIP,
  /** İl Özel İdaresi eşitlik birimi (only where the special provincial administration exists). */
  UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION,
  /** Belediye eşitlik birimi. */
  UNIT_MUNICIPALITY,
  /** Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu. */
  COMMISSION_MUNICIPAL_COUNCIL,
  /** İl Genel Meclisi Kadın-Erkek Eşitlik Komisyonu (only where the provincial council exists). */
  COMMISSION_PROVINCIAL_COUNCIL
}
