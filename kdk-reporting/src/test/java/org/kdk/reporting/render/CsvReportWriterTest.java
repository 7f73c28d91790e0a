package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Measure;
import org.kdk.core.testing.Golden;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.reporting.progress.Trend;
import org.kdk.reporting.report.ImmutablePlanReport;
import org.kdk.reporting.report.PlanReport;

class CsvReportWriterTest {
  private static final CsvReportWriter RFC = CsvReportWriter.of(CsvDialect.RFC_4180);
  private static final CsvReportWriter EXCEL = CsvReportWriter.of(CsvDialect.EXCEL_TR);
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final int VALUE = 6;
  private static final int NOTE = 8;

  private static String golden(String kind, Language language, CsvDialect dialect) {
    return "src/test/resources/org/kdk/reporting/golden/" + kind + "-" + language.name().toLowerCase(Locale.ROOT)
        + (dialect == CsvDialect.EXCEL_TR ? "-excel" : "") + ".csv";
  }

  /** The records of {@code csv}, parsed by Commons CSV in {@code dialect} (after the byte order mark). */
  static List<List<String>> parse(String csv, CsvDialect dialect) {
    String body = dialect.hasByteOrderMark() ? csv.substring(1) : csv;
    try (CSVParser parser = CSVParser.parse(new StringReader(body), dialect.csvFormat())) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<List<String>> rows(List<List<String>> all, String section, String metric) {
    return all.stream().filter(r -> r.get(0).equals(section) && r.get(5).equals(metric)).collect(Collectors.toList());
  }

  @Nested
  class GoldenFiles {
    @ParameterizedTest
    @EnumSource(Language.class)
    void plan_report(Language language) {
      for (CsvDialect dialect : CsvDialect.values()) {
        Golden.assertMatches(golden("plan", language, dialect),
            CsvReportWriter.of(dialect).write(RenderFixtures.planReport(), language));
      }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void scorecard(Language language) {
      for (CsvDialect dialect : CsvDialect.values()) {
        Golden.assertMatches(golden("scorecard", language, dialect),
            CsvReportWriter.of(dialect).write(RenderFixtures.scorecard(), language));
      }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void dashboard(Language language) {
      for (CsvDialect dialect : CsvDialect.values()) {
        Golden.assertMatches(golden("dashboard", language, dialect),
            CsvReportWriter.of(dialect).write(RenderFixtures.dashboard(), language));
      }
    }
  }

  @Nested
  class Dialects {
    @Test
    void rfc_4180_has_commas_crlf_and_decimal_points_and_no_byte_order_mark() {
      String csv = RFC.write(RenderFixtures.planReport(), Language.EN);
      assertThat(csv).startsWith("section,theme,id,name,period,metric,value,unit,note\r\n");
      assertThat(csv.charAt(0)).isNotEqualTo(CsvDialect.BYTE_ORDER_MARK);
      assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
      List<String> planned = parse(csv, CsvDialect.RFC_4180).stream()
          .filter(r -> r.get(0).equals("ACTION") && r.get(2).equals("yeep-f3") && r.get(5).equals("PLANNED"))
          .findFirst().orElseThrow();
      assertThat(planned.get(VALUE)).isEqualTo("18500.50");
    }

    @Test
    void excel_tr_has_a_byte_order_mark_semicolons_crlf_and_decimal_commas() {
      String csv = EXCEL.write(RenderFixtures.planReport(), Language.TR);
      assertThat(csv.charAt(0)).isEqualTo(CsvDialect.BYTE_ORDER_MARK);
      assertThat(csv.substring(1)).startsWith("bölüm;tema;kimlik;ad;dönem;ölçüt;değer;birim;not\r\n");
      List<List<String>> rows = parse(csv, CsvDialect.EXCEL_TR);
      List<String> planned = rows.stream()
          .filter(r -> r.get(0).equals("ACTION") && r.get(2).equals("yeep-f3") && r.get(5).equals("PLANNED"))
          .findFirst().orElseThrow();
      assertThat(planned.get(VALUE)).isEqualTo("18500,50");
      assertThat(planned.get(7)).isEqualTo("TRY");
    }

    @Test
    void a_turkish_text_with_separators_quotes_and_line_breaks_survives_both_dialects() {
      String name = "Şanlıurfa İl \"Özel\" İdaresi; a, b\r\nİkinci satır ğüşöçı";
      for (CsvDialect dialect : CsvDialect.values()) {
        String csv = CsvReportWriter.of(dialect).write(RenderFixtures.handPlan(name), Language.TR);
        List<List<String>> rows = parse(csv, dialect);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(9));
        assertThat(rows(rows, "PLAN", "KIND").get(0).get(3)).isEqualTo(name);
        assertThat(rows(rows, "PLAN", "PROVINCE").get(0).get(VALUE)).isEqualTo(name);
      }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void both_dialects_parse_back_into_the_same_cells(Language language) {
      for (String csvOf : List.of("plan", "scorecard", "dashboard")) {
        String rfc;
        String excel;
        switch (csvOf) {
          case "plan":
            rfc = RFC.write(RenderFixtures.planReport(), language);
            excel = EXCEL.write(RenderFixtures.planReport(), language);
            break;
          case "scorecard":
            rfc = RFC.write(RenderFixtures.scorecard(), language);
            excel = EXCEL.write(RenderFixtures.scorecard(), language);
            break;
          default:
            rfc = RFC.write(RenderFixtures.dashboard(), language);
            excel = EXCEL.write(RenderFixtures.dashboard(), language);
        }
        List<List<String>> a = parse(rfc, CsvDialect.RFC_4180);
        List<List<String>> b = parse(excel, CsvDialect.EXCEL_TR);
        assertThat(b).as(csvOf).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
          List<String> expected = new ArrayList<>(a.get(i));
          if (NUMBER.matcher(expected.get(VALUE)).matches()) {
            expected.set(VALUE, expected.get(VALUE).replace('.', ','));
          }
          assertThat(b.get(i)).as(csvOf + " row " + i).isEqualTo(expected);
        }
      }
    }
  }

  @Nested
  class Cells {
    @ParameterizedTest
    @FieldSource("org.kdk.reporting.render.RenderFixtures#CSV_PAYLOADS")
    void text_cells_that_a_spreadsheet_would_evaluate_are_neutralised(String payload) {
      for (CsvDialect dialect : CsvDialect.values()) {
        List<List<String>> rows = parse(CsvReportWriter.of(dialect).write(RenderFixtures.handPlan(payload),
            Language.EN), dialect);
        assertThat(rows(rows, "PLAN", "KIND").get(0).get(3)).isEqualTo("'" + payload);
        assertThat(rows(rows, "PLAN", "PROVINCE").get(0).get(VALUE)).isEqualTo("'" + payload);
        assertThat(rows(rows, "NOTE", "").get(0).get(NOTE)).isEqualTo("'" + payload);
        for (List<String> row : rows) {
          for (String cell : row) {
            assertThat(Escaping.isFormulaStart(cell) && !NUMBER.matcher(cell.replace(',', '.')).matches())
                .as("cell %s", cell).isFalse();
          }
        }
      }
    }

    @Test
    void negative_numbers_are_numbers_not_formulas() {
      PlanReport report = ImmutablePlanReport.copyOf(RenderFixtures.handPlan("x"))
          .withIndicators(IndicatorProgress.builder().indicatorId(Id.of("g9")).code("KDK-R4-02")
              .name(LocalizedText.of("Fark", "Gap")).measure(Measure.PERCENTAGE).unit("%")
              .direction(Direction.INCREASE).sensitive(false)
              .addPeriods(PeriodProgress.builder().period(ReportingPeriod.ofYear(2014))
                  .actual(new BigDecimal("40")).women(new BigDecimal("38.75")).men(new BigDecimal("41.25"))
                  .gap(new BigDecimal("-2.50")).status(ProgressStatus.NO_DATA).build())
              .status(ProgressStatus.NO_DATA).trend(Trend.UNKNOWN).build());
      List<List<String>> rfc = parse(RFC.write(report, Language.EN), CsvDialect.RFC_4180);
      List<List<String>> excel = parse(EXCEL.write(report, Language.TR), CsvDialect.EXCEL_TR);
      assertThat(rows(rfc, "INDICATOR", "GAP")).anySatisfy(r -> assertThat(r.get(VALUE)).isEqualTo("-2.50"));
      assertThat(rows(excel, "INDICATOR", "GAP")).anySatisfy(r -> {
        assertThat(r.get(VALUE)).isEqualTo("-2,50");
        assertThat(r.get(7)).isEqualTo("puan");
      });
    }

    @Test
    void withheld_values_are_empty_cells_noted_as_suppressed() {
      List<List<String>> tr = parse(RFC.write(RenderFixtures.planReport(), Language.TR), CsvDialect.RFC_4180);
      List<List<String>> g2 = tr.stream().filter(r -> r.get(0).equals("INDICATOR") && r.get(2).equals("yeep-g2"))
          .collect(Collectors.toList());
      assertThat(g2).filteredOn(r -> r.get(4).equals("2014") && r.get(5).equals("ACTUAL"))
          .singleElement().satisfies(r -> {
            assertThat(r.get(VALUE)).isEmpty();
            assertThat(r.get(NOTE)).isEqualTo("gizlendi");
          });
      assertThat(g2).filteredOn(r -> r.get(4).equals("2013") && r.get(5).equals("WOMEN"))
          .singleElement().satisfies(r -> assertThat(r.get(VALUE)).isEmpty());
      assertThat(g2).filteredOn(r -> r.get(4).equals("2013") && r.get(5).equals("ACTUAL"))
          .singleElement().satisfies(r -> assertThat(r.get(VALUE)).isEqualTo("12"));
      List<List<String>> en = parse(RFC.write(RenderFixtures.planReport(), Language.EN), CsvDialect.RFC_4180);
      assertThat(en).filteredOn(r -> r.get(NOTE).equals("suppressed")).isNotEmpty();
    }

    @Test
    void every_report_note_becomes_a_note_row() {
      PlanReport report = RenderFixtures.planReport();
      List<List<String>> rows = parse(RFC.write(report, Language.EN), CsvDialect.RFC_4180);
      assertThat(rows(rows, "NOTE", "")).extracting(r -> r.get(2))
          .containsExactlyElementsOf(report.getNotes().stream().map(n -> n.getCode()).collect(Collectors.toList()));
      assertThat(rows(rows, "NOTE", "")).extracting(r -> r.get(2)).contains("SUPPRESSED", "ILLUSTRATIVE");
    }

    @Test
    void codes_stay_codes_and_names_are_localized() {
      List<List<String>> tr = parse(RFC.write(RenderFixtures.scorecard(), Language.TR), CsvDialect.RFC_4180);
      List<List<String>> en = parse(RFC.write(RenderFixtures.scorecard(), Language.EN), CsvDialect.RFC_4180);
      assertThat(tr.subList(1, tr.size())).extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(5))
          .containsExactlyElementsOf(en.subList(1, en.size()).stream().map(r -> r.get(0) + " " + r.get(2) + " " + r.get(5))
              .collect(Collectors.toList()));
      assertThat(rows(tr, "MECHANISM", "APPLICABLE").get(0).get(3)).isEqualTo("Koordinasyon kurulu");
      assertThat(rows(en, "MECHANISM", "APPLICABLE").get(0).get(3)).isEqualTo("Coordination board");
    }
  }

  @Test
  void is_deterministic() {
    for (CsvDialect dialect : CsvDialect.values()) {
      CsvReportWriter writer = CsvReportWriter.of(dialect);
      assertThat(writer.write(RenderFixtures.planReport(), Language.TR))
          .isEqualTo(writer.write(RenderFixtures.planReport(), Language.TR));
      assertThat(writer.write(RenderFixtures.scorecard(), Language.EN))
          .isEqualTo(writer.write(RenderFixtures.scorecard(), Language.EN));
    }
  }
}
