package org.kdk.core.administration;

import org.kdk.core.i18n.Labelled;

/** Kurum türü — the kind of an institution taking part in the programme or in a local mechanism. */
public enum InstitutionKind implements Labelled {
  /** Valilik — the governorship, the State's office in a province. */
  GOVERNORSHIP(Sector.PUBLIC),
  /** Kaymakamlık — a district governorship. */
  DISTRICT_GOVERNORSHIP(Sector.PUBLIC),
  /** İl Özel İdaresi — special provincial administration (Law 5302); gone in metropolitan provinces since 2014-03-30. */
  SPECIAL_PROVINCIAL_ADMINISTRATION(Sector.LOCAL_ADMINISTRATION),
  /** Belediye — a municipality. */
  MUNICIPALITY(Sector.LOCAL_ADMINISTRATION),
  /** Belediye Meclisi — a municipal council. */
  MUNICIPAL_COUNCIL(Sector.LOCAL_ADMINISTRATION),
  /** İl Genel Meclisi — the provincial council of a special provincial administration. */
  PROVINCIAL_COUNCIL(Sector.LOCAL_ADMINISTRATION),
  /** İl Müdürlüğü — a ministry's provincial directorate. */
  PROVINCIAL_DIRECTORATE(Sector.PUBLIC),
  /** Kalkınma Ajansı — a regional development agency. */
  DEVELOPMENT_AGENCY(Sector.PUBLIC),
  /** Bakanlık — a ministry. */
  MINISTRY(Sector.PUBLIC),
  /** Mahalle muhtarlığı — a neighbourhood administration. */
  NEIGHBOURHOOD_ADMINISTRATION(Sector.LOCAL_ADMINISTRATION),
  /** Türkiye Belediyeler Birliği and other unions of municipalities. */
  UNION_OF_MUNICIPALITIES(Sector.LOCAL_ADMINISTRATION),
  /** Kent Konseyi — a city council (with its women's assembly). */
  CITY_COUNCIL(Sector.CIVIL_SOCIETY),
  /** Kadın STK'sı — a women's non-governmental organisation. */
  WOMENS_NGO(Sector.CIVIL_SOCIETY),
  /** STK — any other non-governmental organisation. */
  NGO(Sector.CIVIL_SOCIETY),
  /** Taban örgütü — a grassroots organisation, such as a neighbourhood women's group. */
  GRASSROOTS_ORGANISATION(Sector.CIVIL_SOCIETY),
  /** Üniversite. */
  UNIVERSITY(Sector.ACADEMIA),
  /** Baro — a bar association. */
  BAR_ASSOCIATION(Sector.PROFESSIONAL),
  /** Meslek odası — a professional chamber. */
  PROFESSIONAL_BODY(Sector.PROFESSIONAL),
  /** Sendika — a trade union. */
  TRADE_UNION(Sector.PROFESSIONAL),
  /** Özel sektör — a private company or business association. */
  PRIVATE_SECTOR(Sector.PRIVATE),
  /** BM kuruluşu — a United Nations agency (UNFPA, UNDP, UN Women…). */
  UN_AGENCY(Sector.INTERNATIONAL),
  /** Uluslararası donör — a funder such as Sida or the European Union. */
  INTERNATIONAL_DONOR(Sector.INTERNATIONAL),
  /** Vakıf — a foundation, such as the Sabancı Foundation. */
  FOUNDATION(Sector.CIVIL_SOCIETY);

  /** Kesim — the broad sector a kind of institution belongs to. */
  public enum Sector implements Labelled {
    /** Central government and its provincial offices. */
    PUBLIC,
    /** Elected local administrations and their bodies. */
    LOCAL_ADMINISTRATION,
    /** Women's and other civil society organisations. */
    CIVIL_SOCIETY,
    /** Universities. */
    ACADEMIA,
    /** Bars, chambers and unions. */
    PROFESSIONAL,
    /** Business. */
    PRIVATE,
    /** UN agencies and international donors. */
    INTERNATIONAL
  }

  private final Sector sector;

  InstitutionKind(Sector sector) {
    this.sector = sector;
  }

  /** The broad sector of this kind. */
  public Sector getSector() {
    return sector;
  }

  /** Whether this kind is civil society: women's and other NGOs, grassroots organisations, city councils, foundations. */
  public boolean isCivilSociety() {
    return sector == Sector.CIVIL_SOCIETY;
  }

  /** Whether this kind is an elected local administration or one of its bodies. */
  public boolean isLocalAdministration() {
    return sector == Sector.LOCAL_ADMINISTRATION;
  }
}
