package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/** Eşitlik biriminin bağlı olduğu kurum — the kind of institution an equality unit is set up in. */
public enum UnitHost implements Labelled {
  /** Valilik — the governorship. */
  GOVERNORSHIP,
  /**
   * İl Özel İdaresi — the special provincial administration; in the 30 metropolitan provinces it ceased to exist
   * at the local elections of 30 March 2014 (a rule kdk-rules checks, not this type).
   */
  SPECIAL_PROVINCIAL_ADMINISTRATION,
  /** Belediye — a municipality. */
  MUNICIPALITY,
  /** Kurul üyesi kurum — another member institution of the coordination board. */
  MEMBER_INSTITUTION
}
