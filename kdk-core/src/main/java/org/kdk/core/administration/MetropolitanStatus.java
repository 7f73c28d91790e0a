package org.kdk.core.administration;

import java.time.LocalDate;
import org.kdk.core.i18n.Labelled;

/**
 * Büyükşehir durumu — whether and by which law a province became metropolitan.
 *
 * <p>Law 6360 (published 6 December 2012) made 13 provinces metropolitan and Law 6447 (2013) one more; both took
 * effect with the local elections of {@linkplain LawCalendar#METROPOLITAN_REFORM 30 March 2014}. The sixteen
 * older metropolitan provinces were so before the programme began.
 */
public enum MetropolitanStatus implements Labelled {
  /** Not metropolitan: the special provincial administration and the provincial council remain. */
  NOT_METROPOLITAN(null),
  /** Metropolitan before 2012, under Law 5216 and earlier acts. */
  BEFORE_2012(LocalDate.MIN),
  /** Made metropolitan by Law 6360 (2012), effective at the 2014-03-30 elections. */
  LAW_6360(LawCalendar.METROPOLITAN_REFORM),
  /** Made metropolitan by Law 6447 (2013), effective at the 2014-03-30 elections. */
  LAW_6447(LawCalendar.METROPOLITAN_REFORM);

  private final LocalDate since;

  MetropolitanStatus(LocalDate since) {
    this.since = since;
  }

  /** Whether a province of this status is metropolitan on {@code date}. */
  public boolean isMetropolitanOn(LocalDate date) {
    return since != null && !date.isBefore(since);
  }

  /** Whether a province of this status is one of the 30 metropolitan provinces of today. */
  public boolean isMetropolitanToday() {
    return since != null;
  }

  /** Parses the {@code metropolitan} column of {@code provinces.csv}: empty, {@code before-2012}, {@code 6360 (2012)} or {@code 6447 (2013)}. */
  static MetropolitanStatus parseCatalogue(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return NOT_METROPOLITAN;
    }
    if (t.equals("before-2012")) {
      return BEFORE_2012;
    }
    if (t.startsWith("6360")) {
      return LAW_6360;
    }
    if (t.startsWith("6447")) {
      return LAW_6447;
    }
    throw new IllegalArgumentException("unknown metropolitan status in provinces.csv: " + text);
  }
}
