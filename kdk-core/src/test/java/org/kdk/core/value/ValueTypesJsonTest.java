package org.kdk.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;

class ValueTypesJsonTest {

  @Nested
  class Ids {
    @Test
    void round_trips_as_plain_string() {
      assertThat(assertRoundTrip(Id.of("mardin-valilik"), Id.class)).isEqualTo("\"mardin-valilik\"\n");
    }

    @Test
    void rejects_turkish_letters_naming_field_and_value() {
      assertThatThrownBy(() -> Id.of("mardİn"))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Id.value")
          .hasMessageContaining("mardİn");
    }

    @Test
    void rejects_an_invalid_id_in_json_with_a_document_exception() {
      assertThatThrownBy(() -> KdkJson.strict().read("\" bad\"", Id.class))
          .isInstanceOf(InvalidDocumentException.class)
          .hasMessageContaining("bad");
    }
  }

  @Nested
  class DateRanges {
    @Test
    void round_trips_as_start_and_end() {
      String json = assertRoundTrip(DateRange.ofYears(2013, 2017), DateRange.class);
      assertThat(json).contains("\"start\" : \"2013-01-01\"").contains("\"end\" : \"2017-12-31\"");
    }

    @Test
    void rejects_end_before_start_naming_both() {
      assertThatThrownBy(() -> DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2013, 1, 1)))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessage("DateRange.end: end must be on or after start: start=2014-01-01, end=2013-01-01"
              + " (value: 2013-01-01)");
    }

    @Test
    void explains_in_turkish() {
      InvariantViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          InvariantViolationException.class,
          () -> DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2013, 1, 1)));
      assertThat(e.getMessage(Locale.forLanguageTag("tr-TR"))).contains("bitiş, başlangıçla aynı gün ya da sonra");
    }

    @Test
    void reports_json_path_of_broken_range() {
      assertThatThrownBy(() -> KdkJson.strict().read("{\"start\":\"2014-01-01\",\"end\":\"2013-01-01\"}",
              DateRange.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("end");
            assertThat(e.getLine()).isEqualTo(1);
          });
    }

    @Test
    void counts_months_so_that_five_calendar_years_are_sixty() {
      assertThat(DateRange.ofYears(2013, 2017).lengthInMonths()).isEqualTo(60);
    }
  }

  @Nested
  class Moneys {
    @Test
    void normalises_to_currency_scale_so_equal_amounts_are_equal() {
      assertThat(Money.of("630000", "TRY")).isEqualTo(Money.of("630000.00", "TRY"));
      assertThat(assertRoundTrip(Money.ofLira(630_000), Money.class))
          .contains("\"amount\" : 630000.00").contains("\"currency\" : \"TRY\"");
    }

    @Test
    void rejects_more_decimals_than_the_currency_has() {
      assertThatThrownBy(() -> Money.of("12.345", "TRY"))
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Money.amount")
          .hasMessageContaining("12.345");
    }

    @Test
    void refuses_to_add_different_currencies() {
      assertThatThrownBy(() -> Money.ofLira(1).plus(Money.of(BigDecimal.ONE, java.util.Currency.getInstance("EUR"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("TRY and EUR");
    }
  }

  @Nested
  class ReportingPeriods {
    @Test
    void parses_the_four_forms_and_writes_them_back() {
      assertThat(ReportingPeriod.parse("2013").toDateRange()).isEqualTo(DateRange.ofYears(2013, 2013));
      assertThat(ReportingPeriod.parse("2013-Q2").getStart()).isEqualTo(LocalDate.of(2013, 4, 1));
      assertThat(ReportingPeriod.parse("2013-Q2").getEnd()).isEqualTo(LocalDate.of(2013, 6, 30));
      assertThat(ReportingPeriod.parse("2013-05")).isEqualTo(ReportingPeriod.ofMonth(YearMonth.of(2013, 5)));
      assertThat(ReportingPeriod.parse("2013-01-01/2013-06-30").getEnd()).isEqualTo(LocalDate.of(2013, 6, 30));
      for (String text : new String[] {"2013", "2013-Q2", "2013-05", "2013-01-01/2013-06-30"}) {
        assertThat(assertRoundTrip(ReportingPeriod.parse(text), ReportingPeriod.class))
            .isEqualTo("\"" + text + "\"\n");
      }
    }

    @Test
    void rejects_impossible_dates_and_unknown_forms() {
      assertThatThrownBy(() -> ReportingPeriod.parse("2013-02-30/2013-03-01"))
          .isInstanceOf(java.time.format.DateTimeParseException.class);
      assertThatThrownBy(() -> ReportingPeriod.parse("2013-Q5"))
          .isInstanceOf(java.time.format.DateTimeParseException.class);
      assertThatThrownBy(() -> ReportingPeriod.parse("2013-13"))
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void orders_by_start_then_end() {
      assertThat(ReportingPeriod.parse("2013-Q1")).isLessThan(ReportingPeriod.parse("2013-Q2"));
      assertThat(ReportingPeriod.parse("2013-01")).isLessThan(ReportingPeriod.parse("2013-Q1"));
    }
  }

  @Nested
  class LocalizedTexts {
    @Test
    void falls_back_to_turkish_when_english_is_missing() {
      assertThat(LocalizedText.ofTurkish("İstihdam").get(Locale.ENGLISH)).isEqualTo("İstihdam");
      assertThat(LocalizedText.of("İstihdam", "Employment").get(Locale.ENGLISH)).isEqualTo("Employment");
      assertRoundTrip(LocalizedText.of("İstihdam", "Employment"), LocalizedText.class);
      assertRoundTrip(LocalizedText.ofTurkish("İstihdam"), LocalizedText.class);
    }
  }
}
