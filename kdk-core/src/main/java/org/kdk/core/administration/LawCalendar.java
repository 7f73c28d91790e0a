package org.kdk.core.administration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Mevzuat takvimi — answers what the law said about a province's local bodies on a given day.
 *
 * <p>The one change that matters to the programme: with the local elections of 30 March 2014, Laws 6360 and
 * 6447 turned 30 provinces into metropolitan provinces whose special provincial administration (İl Özel
 * İdaresi) and provincial council (İl Genel Meclisi) ceased to exist; 51 provinces keep them. So an equality unit
 * of a special provincial administration, or a commission of a provincial council, can exist in Mardin before that
 * date and not after, while Kars keeps both. Stateless and thread-safe.
 */
public final class LawCalendar {
  /** 30 March 2014: local elections, from which Laws 6360 and 6447 took effect. */
  public static final LocalDate METROPOLITAN_REFORM = LocalDate.of(2014, 3, 30);

  /** 6 December 2012: Law 6360 published in the Official Gazette. */
  public static final LocalDate LAW_6360_PUBLISHED = LocalDate.of(2012, 12, 6);

  private LawCalendar() {}

  /** Whether {@code province} is a metropolitan province on {@code date}. */
  public static boolean isMetropolitan(Province province, LocalDate date) {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(date, "date");
    return province.getMetropolitanStatus().isMetropolitanOn(date);
  }

  /**
   * Whether the special provincial administration (İl Özel İdaresi) of {@code province} exists on {@code date}:
   * always in the 51 non-metropolitan provinces, and in the 30 metropolitan ones only before 2014-03-30.
   */
  public static boolean hasSpecialProvincialAdministration(Province province, LocalDate date) {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(date, "date");
    return !province.getMetropolitanStatus().isMetropolitanToday() || date.isBefore(METROPOLITAN_REFORM);
  }

  /**
   * Whether the provincial council (İl Genel Meclisi) of {@code province} exists on {@code date}; it stands and
   * falls with the special provincial administration.
   */
  public static boolean hasProvincialCouncil(Province province, LocalDate date) {
    return hasSpecialProvincialAdministration(province, date);
  }

  /**
   * Whether institutions of {@code kind} can exist in {@code province} on {@code date} as far as the law calendar
   * knows: only the special provincial administration and the provincial council come and go.
   */
  public static boolean canExist(InstitutionKind kind, Province province, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case SPECIAL_PROVINCIAL_ADMINISTRATION:
        return hasSpecialProvincialAdministration(province, date);
      case PROVINCIAL_COUNCIL:
        return hasProvincialCouncil(province, date);
      default:
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(date, "date");
        return true;
    }
  }
}
