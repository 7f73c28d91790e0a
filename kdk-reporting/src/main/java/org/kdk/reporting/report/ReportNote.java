package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.LocalizedText;

/**
 * Rapor notu — a note every format prints with a report, such as the statement that small counts of a sensitive
 * indicator were withheld, or that figures are illustrative. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableReportNote.class)
@JsonDeserialize(as = ImmutableReportNote.class)
public abstract class ReportNote {
  ReportNote() {}

  /** A stable code: {@code SUPPRESSED}, {@code ILLUSTRATIVE}. */
  @Value.Parameter
  public abstract String getCode();

  /** The note's text. */
  @Value.Parameter
  public abstract LocalizedText getText();

  /** A note. */
  public static ReportNote of(String code, LocalizedText text) {
    return ImmutableReportNote.of(code, text);
  }
}
