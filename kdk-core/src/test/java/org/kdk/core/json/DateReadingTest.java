package org.kdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates are read by a fast path for {@code yyyy-MM-dd} and by {@link LocalDate#parse} for the rest: together
 * they must accept exactly what {@code LocalDate.parse} accepts, and give the same date.
 */
class DateReadingTest {
  private final KdkJson json = KdkJson.strict();

  /** Every day number 0–32 of every month of a leap, a common, a century and a 400th year, and odd shapes. */
  private static List<String> candidates() {
    List<String> texts = new ArrayList<>();
    for (int year : new int[] {0, 1900, 2000, 2013, 2016, 2024, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day));
        }
      }
    }
    texts.addAll(List.of("2013-1-01", "2013-01-1", "13-01-01", "2013/01/01", "2013-01-01T00:00", " 2013-01-01",
        "2013-0a-01", "+12013-01-01", "-0001-01-01", "2013-01-011", "２０１３-01-01", "2013−01−01"));
    return texts;
  }

  @Test
  void accepts_exactly_the_dates_that_LocalDate_parse_accepts_and_reads_them_the_same() {
    for (String text : candidates()) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(text);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> json.read("\"" + text + "\"", LocalDate.class)).as(text)
            .isInstanceOf(InvalidDocumentException.class);
        continue;
      }
      assertThat(json.read("\"" + text + "\"", LocalDate.class)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void an_impossible_day_is_refused_with_the_reason_of_LocalDate_parse() {
    assertThatThrownBy(() -> json.read("\"2013-02-29\"", LocalDate.class))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("2013-02-29");
  }
}
