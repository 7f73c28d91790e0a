package org.kdk.core.plan;

import org.kdk.core.i18n.Labelled;

/** Tema — one of the six headings of a local equality action plan. */
public enum Theme implements Labelled {
  /** Eğitim. */
  EDUCATION,
  /** Sağlık. */
  HEALTH,
  /** İstihdam. */
  EMPLOYMENT,
  /** Yönetim mekanizmalarına katılım. */
  PARTICIPATION,
  /** Kadına yönelik şiddet. */
  VIOLENCE_AGAINST_WOMEN,
  /** Kentsel hizmetler (kent planlaması dahil). */
  URBAN_SERVICES
}
