package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class EscapingTest {

  @Nested
  class Html {
    @Test
    void escapes_the_five_special_characters() {
      assertThat(Escaping.html("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    }

    @Test
    void leaves_turkish_text_alone() {
      assertThat(Escaping.html("Şanlıurfa İl Özel İdaresi — %45,2")).isEqualTo("Şanlıurfa İl Özel İdaresi — %45,2");
    }

    @Test
    void escapes_owasp_xss_payloads_so_no_tag_or_quote_survives() {
      assertThat(Escaping.html("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertThat(Escaping.html("\"><img src=x onerror=alert(1)>"))
          .isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
      assertThat(Escaping.html("'';!--\"<XSS>=&{()}"))
          .isEqualTo("&#39;&#39;;!--&quot;&lt;XSS&gt;=&amp;{()}");
    }

    @ParameterizedTest
    @FieldSource("org.kdk.reporting.render.RenderFixtures#XSS_PAYLOADS")
    void output_of_any_payload_has_no_raw_markup_characters(String payload) {
      assertThat(Escaping.html(payload)).doesNotContain("<", ">", "\"", "'");
      assertThat(Escaping.htmlAttribute(payload)).doesNotContain("<", ">", "\"", "'");
    }

    @Test
    void drops_control_characters_html_forbids_but_keeps_line_breaks() {
      assertThat(Escaping.html("a\u0000b\u0007c\u007Fd\ne\tf")).isEqualTo("abcd\ne\tf");
    }

    @Test
    void attribute_values_stay_on_one_line() {
      assertThat(Escaping.htmlAttribute("a\nb\r\tc")).isEqualTo("a&#10;b&#13;&#9;c");
    }

    @Test
    void rejects_null() {
      assertThatNullPointerException().isThrownBy(() -> Escaping.html(null));
    }
  }

  @Nested
  class Csv {
    @ParameterizedTest
    @FieldSource("org.kdk.reporting.render.RenderFixtures#CSV_PAYLOADS")
    void neutralises_owasp_csv_injection_payloads_with_a_leading_apostrophe(String payload) {
      assertThat(Escaping.csvText(payload)).isEqualTo("'" + payload);
      assertThat(Escaping.isFormulaStart(payload)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mardin", "1+1", "'=already quoted", " =1", "İstihdam", "%45"})
    void leaves_text_that_is_no_formula_alone(String text) {
      assertThat(Escaping.csvText(text)).isEqualTo(text);
    }
  }

  @Nested
  class Markdown {
    @Test
    void escapes_table_pipes_and_inline_markup() {
      assertThat(Escaping.markdown("a | b *c* _d_ `e` [f](g) <h> #i \\j"))
          .isEqualTo("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\#i \\\\j");
    }

    @Test
    void keeps_a_row_on_one_line() {
      assertThat(Escaping.markdown("a\r\nb\nc\td")).isEqualTo("a b c d");
    }

    @Test
    void html_payloads_cannot_open_a_tag() {
      assertThat(Escaping.markdown("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
    }
  }
}
