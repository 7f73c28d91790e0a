package org.kdk.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Measure;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * Sayı biçimi — numbers, money, percentages, shares and dates as people read them in Turkish or English.
 *
 * <p>Turkish groups thousands with a dot and writes a decimal comma ({@code 1.234,5}) and puts the percent sign
 * first ({@code %45,2}, as the Turkish Language Association writes it); English writes {@code 1,234.5} and
 * {@code 45.2%}. Dates are {@code 30.03.2014} in Turkish and ISO {@code 2014-03-30} in English. The symbols come
 * from the language's explicit locale, never from the JVM default, and the minus sign is always the ASCII
 * hyphen-minus, so output is identical on every machine. Rounding is half up. Stateless and thread-safe;
 * methods reject {@code null}.
 */
public final class Numbers {
  private static final DateTimeFormatter TR_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Language.TR.toLocale());
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final int MAX_FRACTION_DIGITS = 4;

  private Numbers() {}

  /** A number with grouping and as many decimals as it has, at most four: {@code 1.234,5} / {@code 1,234.5}. */
  public static String decimal(BigDecimal value, Language language) {
    return decimal(value, MAX_FRACTION_DIGITS, language);
  }

  /** A number with grouping and at most {@code maxFractionDigits} decimals (trailing zeros dropped). */
  public static String decimal(BigDecimal value, int maxFractionDigits, Language language) {
    Objects.requireNonNull(value, "value");
    return format(value, 0, maxFractionDigits, language);
  }

  /** A whole number with grouping: {@code 12.500} / {@code 12,500}. */
  public static String integer(long value, Language language) {
    return format(BigDecimal.valueOf(value), 0, 0, language);
  }

  /** A signed number, {@code +} before positive values: {@code +3,5} / {@code -2}; for gaps and changes. */
  public static String signed(BigDecimal value, Language language) {
    String text = decimal(value, 2, language);
    return value.signum() > 0 ? "+" + text : text;
  }

  /**
   * Money with its currency's decimals and its ISO code: {@code 630.000,00 TRY} / {@code 630,000.00 TRY}.
   */
  public static String money(Money money, Language language) {
    Objects.requireNonNull(money, "money");
    int digits = Math.max(money.getCurrency().getDefaultFractionDigits(), 0);
    return format(money.getAmount(), digits, digits, language) + " " + money.getCurrency().getCurrencyCode();
  }

  /** A value already in percent, at most two decimals: {@code %45,2} / {@code 45.2%}. */
  public static String percent(BigDecimal percent, Language language) {
    Objects.requireNonNull(percent, "percent");
    return withPercentSign(format(percent, 0, 2, language), language);
  }

  /** A fraction (1 = all the way) as a percentage with at most one decimal: 0.5 is {@code %50} / {@code 50%}. */
  public static String share(BigDecimal share, Language language) {
    Objects.requireNonNull(share, "share");
    return withPercentSign(format(share.movePointRight(2), 0, 1, language), language);
  }

  /** An indicator value in its measure: percentages with the percent sign, everything else as a decimal. */
  public static String measured(BigDecimal value, Measure measure, Language language) {
    Objects.requireNonNull(measure, "measure");
    return measure == Measure.PERCENTAGE ? percent(value, language) : decimal(value, language);
  }

  /** A date: {@code 30.03.2014} / {@code 2014-03-30}. */
  public static String date(LocalDate date, Language language) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(language, "language");
    return (language == Language.TR ? TR_DATE : EN_DATE).format(date);
  }

  /** A date range: {@code 01.01.2013 – 31.12.2017} / {@code 2013-01-01 – 2017-12-31}. */
  public static String dateRange(DateRange range, Language language) {
    Objects.requireNonNull(range, "range");
    return date(range.getStart(), language) + " – " + date(range.getEnd(), language);
  }

  /** A reporting period in its canonical, language-neutral form: {@code 2014}, {@code 2014-Q2}, {@code 2014-05}. */
  public static String period(ReportingPeriod period, Language language) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(language, "language");
    return period.toString();
  }

  /**
   * A number for machines (CSV): no grouping, all its decimals, never exponent notation, with
   * {@code decimalSeparator} ({@code '.'} or {@code ','}): {@code 1234.50} / {@code 1234,50}.
   */
  public static String plain(BigDecimal value, char decimalSeparator) {
    Objects.requireNonNull(value, "value");
    String text = value.toPlainString();
    return decimalSeparator == '.' ? text : text.replace('.', decimalSeparator);
  }

  /** The decimal separator of {@code language}: {@code ','} for Turkish, {@code '.'} for English. */
  public static char decimalSeparator(Language language) {
    return symbols(language).getDecimalSeparator();
  }

  private static String withPercentSign(String number, Language language) {
    if (language == Language.EN) {
      return number + "%";
    }
    return number.startsWith("-") ? "-%" + number.substring(1) : "%" + number;
  }

  private static String format(BigDecimal value, int minFractionDigits, int maxFractionDigits, Language language) {
    DecimalFormat format = new DecimalFormat("#,##0", symbols(language));
    format.setMinimumFractionDigits(minFractionDigits);
    format.setMaximumFractionDigits(maxFractionDigits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    String text = format.format(value);
    // "-0" after rounding a small negative value reads as a sign error
    return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
  }

  private static DecimalFormatSymbols symbols(Language language) {
    Objects.requireNonNull(language, "language");
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.toLocale());
    if (language == Language.TR) {
      symbols.setGroupingSeparator('.');
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    symbols.setMinusSign('-');
    return symbols;
  }
}
