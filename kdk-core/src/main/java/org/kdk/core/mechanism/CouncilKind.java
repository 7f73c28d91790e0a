package org.kdk.core.mechanism;

import org.kdk.core.i18n.Labelled;

/** Meclis türü — the elected council whose equality commission it is. */
public enum CouncilKind implements Labelled {
  /** Belediye Meclisi — a municipal council (Municipal Law 5393 art. 24 for its specialised commissions). */
  MUNICIPAL_COUNCIL,
  /** İl Genel Meclisi — the provincial council of a special provincial administration (Law 5302 art. 16). */
  PROVINCIAL_COUNCIL
}
