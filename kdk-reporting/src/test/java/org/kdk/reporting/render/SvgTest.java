package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Nested
  class Coordinates {
    @Test
    void have_one_decimal_and_a_point_under_any_default_locale() {
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat(Svg.num(12.34)).isEqualTo("12.3");
        assertThat(Svg.num(1234.56)).isEqualTo("1234.6");
        assertThat(Svg.num(7)).isEqualTo("7.0");
      } finally {
        Locale.setDefault(before);
      }
    }

    @Test
    void never_write_a_negative_zero() {
      assertThat(Svg.num(-0.0)).isEqualTo("0.0");
      assertThat(Svg.num(-0.04)).isEqualTo("0.0");
      assertThat(Svg.num(-0.05)).isEqualTo("0.0");
      assertThat(Svg.num(-0.06)).isEqualTo("-0.1");
    }

    @Test
    void write_what_one_decimal_formatting_of_the_rounded_value_writes() {
      java.util.Random random = new java.util.Random(20261125L);
      for (int i = 0; i < 100_000; i++) {
        double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
        double rounded = Math.round(value * 10.0) / 10.0 + 0.0;
        assertThat(Svg.num(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", rounded));
      }
      assertThat(Svg.num(-1234.56)).isEqualTo("-1234.6");
      assertThat(Svg.num(1e15)).isEqualTo("1000000000000000.0");
    }
  }

  @Nested
  class TextLayout {
    @Test
    void estimates_wider_text_as_wider() {
      assertThat(Svg.textWidth("MMMM", 12)).isGreaterThan(Svg.textWidth("iiii", 12));
      assertThat(Svg.textWidth("abc", 24)).isEqualTo(2 * Svg.textWidth("abc", 12));
      assertThat(Svg.textWidth("", 12)).isZero();
    }

    @Test
    void fits_text_with_an_ellipsis_only_when_it_is_too_long() {
      assertThat(Svg.fit("Mardin", 200, 12)).isEqualTo("Mardin");
      String cut = Svg.fit("Kadın-Erkek Eşitlik Komisyonu (il genel meclisi)", 100, 12);
      assertThat(cut).endsWith("…").hasSizeLessThan(20);
      assertThat(Svg.textWidth(cut, 12)).isLessThanOrEqualTo(100);
    }

    @Test
    void wraps_at_spaces_into_at_most_the_lines_allowed() {
      assertThat(Svg.wrap("Equality commission (provincial council)", 90, 11, 4))
          .containsExactly("Equality", "commission", "(provincial", "council)");
      assertThat(Svg.wrap("Coordination board", 200, 11, 4)).containsExactly("Coordination board");
      assertThat(Svg.wrap("one two three four five six seven", 40, 11, 2)).hasSize(2)
          .last().asString().endsWith("…");
      assertThat(Svg.wrap("one two three", 40, 11, 1)).hasSize(1);
    }
  }

  @Nested
  class Markup {
    @Test
    void escapes_text_and_attribute_values() {
      String svg = new Svg().label(1, 2, "<b>&</b>", "class", "a\"b").toString();
      assertThat(svg).isEqualTo("<text x=\"1.0\" y=\"2.0\" class=\"a&quot;b\">&lt;b&gt;&amp;&lt;/b&gt;</text>\n");
    }

    @Test
    void never_draws_a_negative_size() {
      assertThat(new Svg().rect(0, 0, -5, 3).toString()).contains("width=\"0.0\"");
    }
  }
}
