package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;

class ReportFormatTest {

  @Test
  void file_extensions() {
    assertThat(ReportFormat.JSON.fileExtension()).isEqualTo("json");
    assertThat(ReportFormat.CSV.fileExtension()).isEqualTo("csv");
    assertThat(ReportFormat.CSV_EXCEL_TR.fileExtension()).isEqualTo("csv");
    assertThat(ReportFormat.MARKDOWN.fileExtension()).isEqualTo("md");
    assertThat(ReportFormat.HTML.fileExtension()).isEqualTo("html");
  }

  @Test
  void media_types() {
    assertThat(ReportFormat.CSV_EXCEL_TR.mediaType()).isEqualTo("text/csv");
    assertThat(ReportFormat.MARKDOWN.mediaType()).isEqualTo("text/markdown");
  }

  @Test
  void every_format_and_dialect_has_labels_in_both_languages() {
    for (ReportFormat format : ReportFormat.values()) {
      for (Language language : Language.values()) {
        assertThat(format.getDisplayName(language)).isNotBlank();
      }
    }
    for (CsvDialect dialect : CsvDialect.values()) {
      assertThat(dialect.getDisplayName(Language.TR)).isNotEqualTo(dialect.getDisplayName(Language.EN));
    }
    assertThat(ReportFormat.CSV_EXCEL_TR.getDisplayName(Language.TR)).isEqualTo("Excel için CSV (Türkçe)");
  }

  @Test
  void each_csv_dialect_belongs_to_its_format() {
    assertThat(CsvDialect.RFC_4180.format()).isEqualTo(ReportFormat.CSV);
    assertThat(CsvDialect.EXCEL_TR.format()).isEqualTo(ReportFormat.CSV_EXCEL_TR);
    assertThat(CsvDialect.EXCEL_TR.delimiter()).isEqualTo(';');
    assertThat(CsvDialect.EXCEL_TR.decimalSeparator()).isEqualTo(',');
    assertThat(CsvDialect.EXCEL_TR.hasByteOrderMark()).isTrue();
    assertThat(CsvDialect.RFC_4180.hasByteOrderMark()).isFalse();
  }
}
