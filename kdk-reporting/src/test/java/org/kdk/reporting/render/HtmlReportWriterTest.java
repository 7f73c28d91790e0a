package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.i18n.Language;
import org.kdk.core.testing.Golden;
import org.kdk.core.value.Money;
import org.kdk.reporting.report.Headline;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;

class HtmlReportWriterTest {
  private static final String GOLDEN = "src/test/resources/org/kdk/reporting/golden/";
  private static final HtmlReportWriter WRITER = HtmlReportWriter.standard();
  private static final PlanReport PLAN = HtmlReportFixtures.planReport();
  private static final ProvinceScorecard SCORECARD = HtmlReportFixtures.scorecard();
  private static final ProgrammeDashboard DASHBOARD = HtmlReportFixtures.dashboard();

  /** Every page the tests look at: the three fixture reports and the three hostile ones, in both languages. */
  static Stream<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
    for (Language language : Language.values()) {
      String lang = language.name().toLowerCase(Locale.ROOT);
      pages.add(Arguments.of("plan-" + lang, language, WRITER.write(PLAN, language)));
      pages.add(Arguments.of("scorecard-" + lang, language, WRITER.write(SCORECARD, language)));
      pages.add(Arguments.of("dashboard-" + lang, language, WRITER.write(DASHBOARD, language)));
      pages.add(Arguments.of("hostile-plan-" + lang, language, WRITER.write(HostileReports.planReport(), language)));
      pages.add(Arguments.of("hostile-scorecard-" + lang, language,
          WRITER.write(HostileReports.scorecard(), language)));
      pages.add(Arguments.of("hostile-dashboard-" + lang, language,
          WRITER.write(HostileReports.dashboard(), language)));
    }
    return pages.stream();
  }

  @Nested
  class Goldens {
    @ParameterizedTest
    @EnumSource(Language.class)
    void plan_report_matches_its_golden_file(Language language) {
      Golden.assertMatches(GOLDEN + "plan-" + code(language) + ".html", WRITER.write(PLAN, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void scorecard_matches_its_golden_file(Language language) {
      Golden.assertMatches(GOLDEN + "scorecard-" + code(language) + ".html", WRITER.write(SCORECARD, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void dashboard_matches_its_golden_file(Language language) {
      Golden.assertMatches(GOLDEN + "dashboard-" + code(language) + ".html", WRITER.write(DASHBOARD, language));
    }
  }

  @Nested
  class SelfContainedPage {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.reporting.render.HtmlReportWriterTest#pages")
    void is_an_html5_page_in_its_language_with_one_inline_style(String name, Language language, String html) {
      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + code(language) + "\">\n<head>\n"
          + "<meta charset=\"utf-8\">\n");
      assertThat(html).endsWith("</html>\n").doesNotContain("\r");
      assertThat(count(html, "<style>")).isEqualTo(1);
      assertThat(html).contains("@media print").contains("break-inside: avoid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.reporting.render.HtmlReportWriterTest#pages")
    void has_no_script_and_no_external_resource(String name, Language language, String html) {
      String lower = html.toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
          .doesNotContain("<img").doesNotContain("<link").doesNotContain("<iframe").doesNotContain("<object")
          .doesNotContain("<embed").doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
      StringBuilder tags = new StringBuilder();
      Matcher tag = Pattern.compile("<[^<>]*>").matcher(lower);
      while (tag.find()) {
        tags.append(tag.group()).append('\n');
      }
      assertThat(tags.toString()).as("attributes of the page's tags").doesNotContain(" src=")
          .doesNotContain(" style=").doesNotContain(" on").doesNotContain("javascript:");
      Matcher hrefs = Pattern.compile(" href=\"([^\"]*)\"").matcher(html);
      while (hrefs.find()) {
        assertThat(hrefs.group(1)).as("links stay inside the page").startsWith("#");
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.reporting.render.HtmlReportWriterTest#pages")
    void every_element_is_closed_in_order(String name, Language language, String html) {
      Set<String> voids = Set.of("meta", "br");
      Deque<String> open = new ArrayDeque<>();
      Matcher tags = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(/?)>").matcher(html);
      while (tags.find()) {
        String tag = tags.group(2);
        if (voids.contains(tag) || !tags.group(4).isEmpty()) {
          continue;
        }
        if (tags.group(1).isEmpty()) {
          open.push(tag);
        } else {
          assertThat(open).as("closing </%s> at %d", tag, tags.start()).isNotEmpty();
          assertThat(open.pop()).as("closing </%s> at %d", tag, tags.start()).isEqualTo(tag);
        }
      }
      assertThat(open).isEmpty();
      assertThat(html.replaceAll("<[^<>]*>", "")).as("no stray angle brackets in text").doesNotContain("<", ">");
    }
  }

  @Nested
  class Charts {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.reporting.render.HtmlReportWriterTest#pages")
    void every_chart_is_a_labelled_image_in_a_captioned_figure_followed_by_its_table(String name,
        Language language, String html) {
      List<Integer> svgs = positions(html, "<svg");
      assertThat(svgs).isNotEmpty();
      for (int i = 0; i < svgs.size(); i++) {
        int svg = svgs.get(i);
        int next = i + 1 < svgs.size() ? svgs.get(i + 1) : html.length();
        String element = html.substring(svg, html.indexOf("</svg>", svg));
        Matcher ids = Pattern.compile("aria-labelledby=\"(\\S+)-title \\1-desc\"").matcher(element);
        assertThat(element).startsWith("<svg role=\"img\"");
        assertThat(ids.find()).as("svg labelled by its title and desc").isTrue();
        assertThat(element).contains("<title id=\"" + ids.group(1) + "-title\">")
            .contains("<desc id=\"" + ids.group(1) + "-desc\">");
        int figure = html.lastIndexOf("<figure", svg);
        assertThat(figure).isGreaterThanOrEqualTo(0);
        String beforeSvg = html.substring(figure, svg);
        assertThat(beforeSvg).contains("<figcaption>").doesNotContain("</figure>");
        int table = html.indexOf("<table", svg);
        assertThat(table).as("a table after chart %d", i + 1).isBetween(svg, next);
        assertThat(html.indexOf("</figure>", svg)).as("the table is in the chart's figure").isGreaterThan(table);
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kdk.reporting.render.HtmlReportWriterTest#pages")
    void coordinates_are_numbers_with_one_fixed_decimal(String name, Language language, String html) {
      assertThat(html).doesNotContain("NaN").doesNotContain("Infinity");
      Matcher numbers = Pattern.compile(" (?:x|y|x1|y1|x2|y2|cx|cy|r|width|height)=\"(-?[0-9.]+)\"").matcher(html);
      while (numbers.find()) {
        assertThat(numbers.group(1)).as("coordinates have one decimal").matches("-?\\d+\\.\\d");
      }
    }

    @Test
    void the_plan_report_draws_progress_women_and_men_and_the_lifecycle() {
      String html = WRITER.write(PLAN, Language.EN);
      assertThat(count(html, "<svg")).isEqualTo(3);
      assertThat(html).contains("How far each indicator has come towards its target")
          .contains("Women and men in the latest period, per indicator").contains("Lifecycle steps on a date axis");
      for (String status : List.of("Achieved", "On track", "At risk", "Off track", "No data")) {
        assertThat(html).contains(">" + status + "</span>");
      }
      assertThat(html).as("the withheld count").contains("suppressed")
          .contains("Withheld: small counts of a sensitive indicator are not shown.");
    }

    @Test
    void the_scorecard_shows_its_province_row_of_the_matrix_with_the_reform_applied() {
      String html = WRITER.write(SCORECARD, Language.TR);
      String matrix = html.substring(html.indexOf("Mardin yerel eşitlik mekanizmaları"));
      assertThat(matrix).contains(">Faal</text>").contains(">Yasal değil</text>");
    }

    @Test
    void the_dashboard_draws_one_matrix_row_per_province() {
      String html = WRITER.write(DASHBOARD, Language.EN);
      assertThat(count(html, "<svg")).isEqualTo(1);
      int rows = count(html, "<g class=\"row\">");
      assertThat(rows).isEqualTo(DASHBOARD.getProvinces().size());
    }

    @Test
    void a_dashboard_without_provinces_says_so_instead_of_drawing() {
      ProgrammeDashboard empty = ProgrammeDashboard.builder().asOf(HtmlReportFixtures.AS_OF).phase(3)
          .headline(Headline.builder().provinces(0).plansBoardApproved(0).plansCouncilApproved(0).plansIntegrated(0)
              .budgetAllocated(Money.ofLira(0)).peopleTrained(0).grantProjects(0).equalityRepresentatives(0)
              .build())
          .build();
      String html = WRITER.write(empty, Language.TR);
      assertThat(html).doesNotContain("<svg").contains("İl yok.");
    }
  }

  @Nested
  class HostileText {
    @ParameterizedTest
    @EnumSource(Language.class)
    void owasp_xss_payloads_in_names_come_out_as_text(Language language) {
      for (String html : List.of(WRITER.write(HostileReports.planReport(), language),
          WRITER.write(HostileReports.scorecard(), language), WRITER.write(HostileReports.dashboard(), language))) {
        for (String payload : HostileReports.PAYLOADS) {
          assertThat(html).doesNotContain(payload);
        }
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<XSS")
            .doesNotContain("<xss");
        assertThat(html).contains(Escaping.html(HostileReports.SCRIPT));
      }
      String plan = WRITER.write(HostileReports.planReport(), language);
      assertThat(plan).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
          .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
          .contains("&#39;&#39;;!--&quot;&lt;XSS&gt;=&amp;{()}");
    }
  }

  @Nested
  class Determinism {
    @Test
    void the_same_report_gives_the_same_characters_twice_and_under_any_default_locale() {
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.ROOT);
        List<String> root = writeAll();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        List<String> turkish = writeAll();
        Locale.setDefault(Locale.GERMANY);
        List<String> german = writeAll();
        assertThat(turkish).isEqualTo(root);
        assertThat(german).isEqualTo(root);
        assertThat(writeAll()).isEqualTo(root);
      } finally {
        Locale.setDefault(before);
      }
    }

    private List<String> writeAll() {
      List<String> all = new ArrayList<>();
      for (Language language : Language.values()) {
        all.add(WRITER.write(HtmlReportFixtures.planReport(), language));
        all.add(WRITER.write(HtmlReportFixtures.scorecard(), language));
        all.add(WRITER.write(HtmlReportFixtures.dashboard(), language));
      }
      return all;
    }

    @Test
    void numbers_and_dates_are_written_the_language_s_way() {
      assertThat(WRITER.write(PLAN, Language.TR)).contains("<html lang=\"tr\">").contains("30.06.2015")
          .contains("TRY");
      assertThat(WRITER.write(PLAN, Language.EN)).contains("<html lang=\"en\">").contains("2015-06-30");
    }
  }

  @Nested
  class Contract {
    @Test
    void rejects_null_arguments() {
      assertThatThrownBy(() -> WRITER.write((PlanReport) null, Language.TR)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> WRITER.write(PLAN, null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> WRITER.write((ProvinceScorecard) null, Language.TR))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> WRITER.write((ProgrammeDashboard) null, Language.TR))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void every_html_text_exists_in_both_languages() {
      assertThat(HtmlText.texts().keys(Language.TR)).isEqualTo(HtmlText.texts().keys(Language.EN));
    }
  }

  private static String code(Language language) {
    return language.name().toLowerCase(Locale.ROOT);
  }

  private static int count(String text, String part) {
    return positions(text, part).size();
  }

  private static List<Integer> positions(String text, String part) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      at.add(i);
    }
    return at;
  }
}
