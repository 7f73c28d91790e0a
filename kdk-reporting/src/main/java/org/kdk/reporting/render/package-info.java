/**
 * Rendering the three reports of {@code org.kdk.reporting.report} as files: JSON ({@link
 * org.kdk.reporting.render.JsonReportWriter}), CSV in two dialects ({@link
 * org.kdk.reporting.render.CsvReportWriter}), Markdown ({@link org.kdk.reporting.render.MarkdownReportWriter}) and
 * HTML ({@link HtmlReportWriter}), in Turkish or English.
 *
 * <p>The writers share {@link org.kdk.reporting.render.ReportText} (headings and column names), {@link
 * org.kdk.reporting.render.Numbers} (numbers, money and dates per language) and {@link
 * org.kdk.reporting.render.Escaping} (user text made safe for each format). Output is deterministic: the same
 * report and language give the same characters on every machine and under every default locale. All types are
 * immutable and thread-safe; methods reject {@code null} arguments.
 */
package org.kdk.reporting.render;
