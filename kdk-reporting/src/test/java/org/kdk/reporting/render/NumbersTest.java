package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Measure;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

class NumbersTest {
  private static final Language TR = Language.TR;
  private static final Language EN = Language.EN;

  @Nested
  class Decimals {
    @Test
    void turkish_groups_with_a_dot_and_writes_a_decimal_comma() {
      assertThat(Numbers.decimal(new BigDecimal("1234.5"), TR)).isEqualTo("1.234,5");
      assertThat(Numbers.decimal(new BigDecimal("1234567.125"), TR)).isEqualTo("1.234.567,125");
    }

    @Test
    void english_groups_with_a_comma_and_writes_a_decimal_point() {
      assertThat(Numbers.decimal(new BigDecimal("1234.5"), EN)).isEqualTo("1,234.5");
    }

    @Test
    void keeps_at_most_four_decimals_rounding_half_up_and_drops_trailing_zeros() {
      assertThat(Numbers.decimal(new BigDecimal("6.45165"), EN)).isEqualTo("6.4517");
      assertThat(Numbers.decimal(new BigDecimal("15.0000"), TR)).isEqualTo("15");
      assertThat(Numbers.decimal(new BigDecimal("2.345"), 2, EN)).isEqualTo("2.35");
    }

    @Test
    void writes_negative_numbers_with_an_ascii_minus_and_never_minus_zero() {
      assertThat(Numbers.decimal(new BigDecimal("-1234.5"), TR)).isEqualTo("-1.234,5");
      assertThat(Numbers.decimal(new BigDecimal("-0.001"), 2, EN)).isEqualTo("0");
    }

    @Test
    void signs_gaps() {
      assertThat(Numbers.signed(new BigDecimal("20.0000"), TR)).isEqualTo("+20");
      assertThat(Numbers.signed(new BigDecimal("-3.5"), TR)).isEqualTo("-3,5");
      assertThat(Numbers.signed(BigDecimal.ZERO, EN)).isEqualTo("0");
    }

    @Test
    void groups_whole_numbers() {
      assertThat(Numbers.integer(12_500, TR)).isEqualTo("12.500");
      assertThat(Numbers.integer(12_500, EN)).isEqualTo("12,500");
    }
  }

  @Nested
  class MoneyAndPercentages {
    @Test
    void money_has_the_currency_decimals_and_code() {
      assertThat(Numbers.money(Money.ofLira(630_000), TR)).isEqualTo("630.000,00 TRY");
      assertThat(Numbers.money(Money.of("1250.5", "EUR"), EN)).isEqualTo("1,250.50 EUR");
    }

    @Test
    void turkish_puts_the_percent_sign_first() {
      assertThat(Numbers.percent(new BigDecimal("45.2"), TR)).isEqualTo("%45,2");
      assertThat(Numbers.percent(new BigDecimal("45.2"), EN)).isEqualTo("45.2%");
    }

    @Test
    void shares_are_fractions_shown_as_percentages() {
      assertThat(Numbers.share(new BigDecimal("0.5"), TR)).isEqualTo("%50");
      assertThat(Numbers.share(new BigDecimal("0.37705"), EN)).isEqualTo("37.7%");
      assertThat(Numbers.share(new BigDecimal("1.2500"), EN)).isEqualTo("125%");
      assertThat(Numbers.share(new BigDecimal("-0.25"), TR)).isEqualTo("-%25");
      assertThat(Numbers.share(new BigDecimal("-0.25"), EN)).isEqualTo("-25%");
    }

    @Test
    void measured_values_follow_the_measure() {
      assertThat(Numbers.measured(new BigDecimal("9.6774"), Measure.PERCENTAGE, TR)).isEqualTo("%9,68");
      assertThat(Numbers.measured(new BigDecimal("1500"), Measure.COUNT, TR)).isEqualTo("1.500");
    }
  }

  @Nested
  class DatesAndMachines {
    @Test
    void dates_are_day_month_year_in_turkish_and_iso_in_english() {
      assertThat(Numbers.date(LocalDate.of(2014, 3, 30), TR)).isEqualTo("30.03.2014");
      assertThat(Numbers.date(LocalDate.of(2014, 3, 30), EN)).isEqualTo("2014-03-30");
      assertThat(Numbers.dateRange(DateRange.ofYears(2013, 2017), TR)).isEqualTo("01.01.2013 – 31.12.2017");
    }

    @Test
    void periods_keep_their_canonical_text() {
      assertThat(Numbers.period(ReportingPeriod.ofQuarter(2014, 2), TR)).isEqualTo("2014-Q2");
    }

    @Test
    void plain_numbers_have_no_grouping_no_exponent_and_the_given_separator() {
      assertThat(Numbers.plain(new BigDecimal("1234567.50"), '.')).isEqualTo("1234567.50");
      assertThat(Numbers.plain(new BigDecimal("1234567.50"), ',')).isEqualTo("1234567,50");
      assertThat(Numbers.plain(new BigDecimal("1E+6"), '.')).isEqualTo("1000000");
      assertThat(Numbers.plain(new BigDecimal("-0.5"), ',')).isEqualTo("-0,5");
    }

    @Test
    void decimal_separators_per_language() {
      assertThat(Numbers.decimalSeparator(TR)).isEqualTo(',');
      assertThat(Numbers.decimalSeparator(EN)).isEqualTo('.');
    }
  }

  @Test
  void output_does_not_depend_on_the_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      String[] outputs = new String[3];
      Locale[] locales = {Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.forLanguageTag("ar-EG")};
      for (int i = 0; i < locales.length; i++) {
        Locale.setDefault(locales[i]);
        outputs[i] = Numbers.decimal(new BigDecimal("-1234.5"), EN) + Numbers.percent(BigDecimal.TEN, TR)
            + Numbers.date(LocalDate.of(2014, 3, 30), TR) + Numbers.money(Money.ofLira(1000), EN);
      }
      assertThat(outputs).containsOnly("-1,234.5%1030.03.20141,000.00 TRY");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
