package org.kdk.core.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Raporlama dönemi — the period an indicator value belongs to: a year ({@code 2013}), a quarter
 * ({@code 2013-Q2}), a month ({@code 2013-05}) or any ISO 8601 interval of days
 * ({@code 2013-01-01/2013-06-30}).
 *
 * <p>Written in JSON as that text. Periods order by start, then by end. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ReportingPeriod implements Comparable<ReportingPeriod> {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern INTERVAL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::getStart).thenComparing(ReportingPeriod::getEnd);
  /**
   * The years and quarters of 1990–2060 by their text, made once: a national dataset names the same few
   * periods hundreds of thousands of times, and parsing them with the patterns dominated reading it. Equal
   * values, so sharing them changes nothing but time and memory.
   */
  private static final Map<String, ReportingPeriod> COMMON = common();

  /** Dönem türü — how a reporting period was given. */
  public enum Granularity {
    /** A calendar year. */
    YEAR,
    /** A calendar quarter. */
    QUARTER,
    /** A calendar month. */
    MONTH,
    /** Any range of days. */
    INTERVAL
  }

  ReportingPeriod() {}

  /** How the period was given. */
  @Value.Parameter
  public abstract Granularity getGranularity();

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate getStart();

  /** The last day of the period. */
  @Value.Parameter
  public abstract LocalDate getEnd();

  private static Map<String, ReportingPeriod> common() {
    Map<String, ReportingPeriod> common = new HashMap<>();
    for (int year = 1990; year <= 2060; year++) {
      common.put(Integer.toString(year), ofYear(year));
      for (int quarter = 1; quarter <= 4; quarter++) {
        common.put(year + "-Q" + quarter, ofQuarter(year, quarter));
      }
    }
    return Map.copyOf(common);
  }

  /** The calendar year {@code year}. */
  public static ReportingPeriod ofYear(int year) {
    return ImmutableReportingPeriod.of(Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Quarter {@code quarter} (1 to 4) of {@code year}.
   *
   * @throws DateTimeException if the quarter is not 1 to 4
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new DateTimeException("quarter must be 1 to 4: " + quarter);
    }
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    return ImmutableReportingPeriod.of(Granularity.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** The calendar month {@code month}. */
  public static ReportingPeriod ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return ImmutableReportingPeriod.of(Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /** The days {@code range} covers, as an interval. */
  public static ReportingPeriod of(DateRange range) {
    Objects.requireNonNull(range, "range");
    return ImmutableReportingPeriod.of(Granularity.INTERVAL, range.getStart(), range.getEnd());
  }

  /**
   * Parses {@code 2013}, {@code 2013-Q2}, {@code 2013-05} or {@code 2013-01-01/2013-06-30}.
   *
   * @throws DateTimeParseException if the text is none of these or names an impossible date
   */
  @JsonCreator
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    ReportingPeriod common = COMMON.get(s);
    if (common != null) {
      return common;
    }
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        return ofMonth(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = INTERVAL.matcher(s)).matches()) {
        LocalDate start = LocalDate.parse(m.group(1));
        LocalDate end = LocalDate.parse(m.group(2));
        if (end.isBefore(start)) {
          throw new DateTimeParseException(
              "reporting period ends before it starts: " + s, s, s.indexOf('/') + 1);
        }
        return of(DateRange.of(start, end));
      }
    } catch (DateTimeParseException e) {
      throw e;
    } catch (DateTimeException e) {
      throw new DateTimeParseException("invalid reporting period " + s + ": " + e.getMessage(), s, 0, e);
    }
    throw new DateTimeParseException(
        "reporting period must be a year (2013), a quarter (2013-Q2), a month (2013-05) or an interval"
            + " (2013-01-01/2013-06-30): " + s,
        s,
        0);
  }

  @Value.Check
  void check() {
    Invariants.check(!getEnd().isBefore(getStart()), DateRange.class, "end", getEnd(),
        "DateRange.endBeforeStart", getStart(), getEnd());
    LocalDate start = getStart();
    LocalDate end = getEnd();
    boolean aligned;
    switch (getGranularity()) {
      case YEAR:
        aligned = start.getDayOfYear() == 1 && end.equals(start.withMonth(12).withDayOfMonth(31));
        break;
      case QUARTER:
        aligned = start.getDayOfMonth() == 1 && start.getMonthValue() % 3 == 1
            && end.equals(YearMonth.from(start).plusMonths(2).atEndOfMonth());
        break;
      case MONTH:
        aligned = start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
        break;
      default:
        aligned = true;
    }
    Invariants.check(aligned, ReportingPeriod.class, "granularity", getGranularity(),
        "ReportingPeriod.granularity", getGranularity(), start, end);
  }

  /** The days of the period as a date range. */
  public DateRange toDateRange() {
    return DateRange.of(getStart(), getEnd());
  }

  /** Whether {@code date} falls in the period. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /** Whether the period has ended on {@code date}, that is {@code date} is after its last day. */
  public boolean isElapsedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isAfter(getEnd());
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  /** The canonical text: {@code 2013}, {@code 2013-Q2}, {@code 2013-05} or {@code 2013-01-01/2013-06-30}. */
  @JsonValue
  @Override
  public String toString() {
    switch (getGranularity()) {
      case YEAR:
        return String.valueOf(getStart().getYear());
      case QUARTER:
        return getStart().getYear() + "-Q" + ((getStart().getMonthValue() + 2) / 3);
      case MONTH:
        return YearMonth.from(getStart()).toString();
      default:
        return getStart() + "/" + getEnd();
    }
  }
}
