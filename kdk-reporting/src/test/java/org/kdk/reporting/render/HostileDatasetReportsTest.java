package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.core.testing.PropertyCheck.forAll;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Gen;
import org.kdk.core.testing.GeneratedDatasets;
import org.kdk.core.testing.HostileTexts;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.reporting.testing.AllReports;
import org.kdk.reporting.testing.AllReports.Rendering;

/**
 * A dataset whose every text is an attack payload, through the real engine and writers into every report, format
 * and language: the HTML has no markup but the writer's own, the CSV no cell a spreadsheet would evaluate, the
 * Markdown no raw HTML or link, the JSON stays well-formed.
 */
class HostileDatasetReportsTest {
  static final ReportEngine ENGINE = ReportEngine.standard();
  static final List<String> PAYLOADS = new ArrayList<>();
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9:-]*)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
  private static final Pattern MARKDOWN_HTML = Pattern.compile("(?<!\\\\)<[A-Za-z!/?]");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("(?<!\\\\)\\]\\s*\\(");

  static {
    PAYLOADS.addAll(HostileTexts.XSS);
    PAYLOADS.addAll(HostileTexts.CSV);
  }

  /** The hostile Mardin of the render fixtures: every text a payload, in all reports. */
  static List<Rendering> hostileMardin() {
    Dataset hostile = HostileTexts.withEveryText(RenderFixtures.mardin(), PAYLOADS);
    return AllReports.rendered(AllReports.of(ENGINE, hostile, RenderFixtures.AS_OF));
  }

  /** Tag and attribute names the HTML writer itself uses, from the benign Mardin reports. */
  static final Set<String> OWN_TAGS = new TreeSet<>();
  static final Set<String> OWN_ATTRIBUTES = new TreeSet<>();
  static int OWN_META;

  /** Learns the writer's own markup from Mardin and from generated datasets whose texts are plain words. */
  @BeforeAll
  static void learnTheWritersOwnMarkup() {
    List<Object> reports = new ArrayList<>(AllReports.of(ENGINE, RenderFixtures.mardin(), RenderFixtures.AS_OF));
    Gen<Dataset> plain = GeneratedDatasets.datasets(random -> "Metin " + random.nextInt(1000));
    for (int i = 0; i < 30; i++) {
      reports.addAll(AllReports.of(ENGINE, plain.next(new SplittableRandom(i)), RenderFixtures.AS_OF));
    }
    for (Object report : reports) {
      String html = AllReports.write(ReportFormat.HTML, report, Language.EN);
      markup(html, OWN_TAGS, OWN_ATTRIBUTES);
      OWN_META = count(html.toLowerCase(Locale.ROOT), "<meta");
    }
  }

  static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  static void markup(String html, Set<String> tags, Set<String> attributes) {
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      tags.add(tag.group(1).toLowerCase(Locale.ROOT));
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        attributes.add(attribute.group(1).toLowerCase(Locale.ROOT));
      }
    }
  }

  static void assertSafe(Rendering r) {
    String text = r.text();
    switch (r.format()) {
      case HTML:
        assertSafeHtml(r, text);
        break;
      case CSV:
      case CSV_EXCEL_TR:
        CsvDialect dialect = r.format() == ReportFormat.CSV ? CsvDialect.RFC_4180 : CsvDialect.EXCEL_TR;
        for (List<String> row : CsvReportWriterTest.parse(text, dialect)) {
          for (String cell : row) {
            assertThat(Escaping.isFormulaStart(cell) && !NUMBER.matcher(cell).matches())
                .as("%s: a spreadsheet would evaluate the cell %s", r, cell).isFalse();
          }
        }
        break;
      case MARKDOWN:
        assertThat(MARKDOWN_HTML.matcher(text).find()).as("%s: raw HTML", r).isFalse();
        assertThat(MARKDOWN_LINK.matcher(text).find()).as("%s: a link", r).isFalse();
        break;
      default:
        try {
          assertThat(new ObjectMapper().readTree(text).isObject()).as("%s", r).isTrue();
        } catch (java.io.IOException e) {
          throw new AssertionError(r + " is not well-formed JSON", e);
        }
    }
  }

  static void assertSafeHtml(Rendering r, String html) {
    Set<String> tags = new TreeSet<>();
    Set<String> attributes = new TreeSet<>();
    markup(html, tags, attributes);
    assertThat(tags).as("%s: elements", r).isSubsetOf(OWN_TAGS);
    assertThat(attributes).as("%s: attributes", r).isSubsetOf(OWN_ATTRIBUTES);
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).as("%s", r).doesNotContain("<script", "<!--", "<![cdata[", "<iframe", "<img", "<body ");
    // The writer's own head: its style sheet, its meta elements (with the content security policy), no others.
    assertThat(count(lower, "<style")).as("%s: style sheets", r).isEqualTo(1);
    assertThat(count(lower, "<meta")).as("%s: meta elements", r).isEqualTo(OWN_META);
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      assertThat(tag.group(2).toLowerCase(Locale.ROOT)).as("%s: %s", r, tag.group())
          .doesNotContain("javascript:", "onerror", "onload", "onmouseover");
    }
  }

  @Nested
  class Every_text_of_a_real_dataset_a_payload {
    @Test
    void reaches_every_format_as_harmless_text() {
      List<Rendering> files = hostileMardin();

      assertThat(files).hasSizeGreaterThanOrEqualTo(5 * 2 * 4);
      files.forEach(HostileDatasetReportsTest::assertSafe);
    }

    @Test
    void is_shown_not_dropped() {
      List<Rendering> files = hostileMardin();

      String html = files.stream().filter(r -> r.format() == ReportFormat.HTML).map(Rendering::text)
          .reduce("", String::concat);
      assertThat(html).contains(Escaping.html(HostileTexts.XSS.get(0)), Escaping.html(HostileTexts.XSS.get(2)));
      String csv = files.stream().filter(r -> r.format() == ReportFormat.CSV).map(Rendering::text)
          .reduce("", String::concat);
      assertThat(csv).contains("'=cmd|' /C calc'!A0", "'@SUM(1,1)");
    }
  }

  @Nested
  class Generated_datasets_of_payloads {
    @Test
    void reach_every_format_as_harmless_text() {
      forAll(15, GeneratedDatasets.datasets(HostileTexts.from(PAYLOADS)), KdkJson.strict()::write,
          dataset -> AllReports.rendered(AllReports.of(ENGINE, dataset, RenderFixtures.AS_OF))
              .forEach(HostileDatasetReportsTest::assertSafe));
    }
  }
}
