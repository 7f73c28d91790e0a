package org.kdk.core.people;

import org.kdk.core.i18n.Labelled;

/** Cinsiyet — the sex by which the programme disaggregates people and data. */
public enum Sex implements Labelled {
  /** Kadın. */
  WOMAN,
  /** Erkek. */
  MAN
}
