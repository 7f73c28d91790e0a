package org.kdk.core.administration;

import org.kdk.core.i18n.Labelled;

/**
 * Belediye türü — the five kinds of municipality. In 2019 Türkiye had 1,389: 30 metropolitan, 51 province
 * centre, 519 metropolitan district, 403 district and 386 town municipalities.
 */
public enum MunicipalityType implements Labelled {
  /** Büyükşehir belediyesi — a metropolitan municipality (Law 5216). */
  METROPOLITAN,
  /** İl belediyesi — the municipality of a province centre outside the metropolitan provinces. */
  PROVINCE_CENTRE,
  /** Büyükşehir ilçe belediyesi — a district municipality within a metropolitan province. */
  METROPOLITAN_DISTRICT,
  /** İlçe belediyesi — a district municipality in a non-metropolitan province. */
  DISTRICT,
  /** Belde belediyesi — a town municipality. */
  TOWN
}
