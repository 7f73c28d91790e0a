package org.kdk.reporting.render;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.kdk.core.i18n.Labelled;

/**
 * CSV lehçesi — how a CSV file separates, quotes and writes numbers. Both dialects end records with CRLF, quote
 * with {@code "} only where needed (RFC 4180 §2) and are UTF-8.
 */
public enum CsvDialect implements Labelled {
  /** RFC 4180: {@code ,} between cells, decimal point, no byte order mark — for programs. */
  RFC_4180(',', '.', false),
  /**
   * Excel with Turkish regional settings: {@code ;} between cells (the comma is the decimal separator there),
   * decimal comma, and a UTF-8 byte order mark so that Excel reads {@code ş} and {@code İ} correctly.
   */
  EXCEL_TR(';', ',', true);

  /** The byte order mark, written as the first character by dialects that want one. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private final char delimiter;
  private final char decimalSeparator;
  private final boolean byteOrderMark;

  CsvDialect(char delimiter, char decimalSeparator, boolean byteOrderMark) {
    this.delimiter = delimiter;
    this.decimalSeparator = decimalSeparator;
    this.byteOrderMark = byteOrderMark;
  }

  /** The cell separator. */
  public char delimiter() {
    return delimiter;
  }

  /** The decimal separator of numbers. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** Whether the file starts with a UTF-8 byte order mark. */
  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  /** The report format of this dialect. */
  public ReportFormat format() {
    return this == RFC_4180 ? ReportFormat.CSV : ReportFormat.CSV_EXCEL_TR;
  }

  /** The Commons CSV format that writes (and reads back) this dialect. */
  CSVFormat csvFormat() {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setQuote('"')
        .setQuoteMode(QuoteMode.MINIMAL)
        .setRecordSeparator("\r\n")
        .get();
  }
}
