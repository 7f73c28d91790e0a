package org.kdk.core.activity;

import org.kdk.core.i18n.Labelled;

/** Merkezi otorite — the central authority a legislative proposal is sent to. */
public enum Authority implements Labelled {
  /** İçişleri Bakanlığı — the Ministry of Interior. */
  MINISTRY_OF_INTERIOR,
  /** Aile ve Sosyal Hizmetler Bakanlığı — the Ministry of Family and Social Services. */
  MINISTRY_OF_FAMILY_AND_SOCIAL_SERVICES,
  /** Türkiye Büyük Millet Meclisi — the Grand National Assembly of Türkiye. */
  GRAND_NATIONAL_ASSEMBLY,
  /** Cumhurbaşkanlığı — the Presidency. */
  PRESIDENCY,
  /** Diğer — any other central authority. */
  OTHER
}
