package org.kdk.core.activity;

import org.kdk.core.i18n.Labelled;

/** Farkındalık çalışması türü — the form an awareness activity took. */
public enum AwarenessEventKind implements Labelled {
  /** Kampanya. */
  CAMPAIGN,
  /** Panel. */
  PANEL,
  /** Çalıştay. */
  WORKSHOP,
  /** Mahalle toplantısı — a meeting at neighbourhood level. */
  NEIGHBOURHOOD_MEETING,
  /** Ulusal etkinlik — a national event, one of the public-information activities of area A7. */
  NATIONAL_EVENT,
  /** Medya çalışması — press, radio, television or online work. */
  MEDIA,
  /** Diğer — any other form. */
  OTHER
}
