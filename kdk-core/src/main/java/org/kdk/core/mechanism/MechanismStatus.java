package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/**
 * Mekanizma durumu — where a local equality mechanism stands in its life, as recorded in its status history.
 *
 * <p>Which changes may follow which is a lifecycle rule of kdk-rules; the model itself only refuses any change
 * after {@link #DISSOLVED}.
 */
public enum MechanismStatus implements Labelled {
  /** Önerildi — proposed, for example named in the Official Commitment, but not yet set up. */
  PROPOSED,
  /** Kuruldu — set up by a founding decision, but not yet working. */
  ESTABLISHED,
  /** Faal — working: meeting, deciding, following the plan. */
  ACTIVE,
  /** Atıl — still existing on paper but no longer meeting. */
  DORMANT,
  /** Kaldırıldı — abolished or ceased to exist; nothing may follow. */
  DISSOLVED
}
