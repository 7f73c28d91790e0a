package org.kdk.core.value;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Tarih aralığı — a closed range of calendar days, both ends included, with the end on or after the start.
 *
 * <p>Written in JSON as {@code {"start": "2013-01-01", "end": "2017-12-31"}}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableDateRange.class)
@JsonDeserialize(as = ImmutableDateRange.class)
public abstract class DateRange {

  DateRange() {}

  /** The first day of the range. */
  @Value.Parameter
  public abstract LocalDate getStart();

  /** The last day of the range, on or after the start. */
  @Value.Parameter
  public abstract LocalDate getEnd();

  /**
   * The range from {@code start} to {@code end}, both included.
   *
   * @throws InvariantViolationException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return ImmutableDateRange.of(start, end);
  }

  /** The calendar years {@code firstYear} to {@code lastYear}, 1 January to 31 December. */
  public static DateRange ofYears(int firstYear, int lastYear) {
    return of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  @Value.Check
  void check() {
    Invariants.check(!getEnd().isBefore(getStart()), DateRange.class, "end", getEnd(),
        "DateRange.endBeforeStart", getStart(), getEnd());
  }

  /** Whether {@code date} lies in the range, ends included. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /** Whether {@code other} lies wholly inside this range. */
  public boolean encloses(DateRange other) {
    Objects.requireNonNull(other, "other");
    return contains(other.getStart()) && contains(other.getEnd());
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !other.getEnd().isBefore(getStart()) && !other.getStart().isAfter(getEnd());
  }

  /** The number of days in the range, both ends counted. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(getStart(), getEnd()) + 1;
  }

  /**
   * The length in whole months from the start to the day after the end, so that 2013-01-01 to 2017-12-31 is
   * 60 months.
   */
  public long lengthInMonths() {
    return ChronoUnit.MONTHS.between(getStart(), getEnd().plusDays(1));
  }

  @Override
  public String toString() {
    return getStart() + "/" + getEnd();
  }
}
