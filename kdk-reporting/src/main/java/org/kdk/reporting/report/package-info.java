/**
 * The three reports as data: the plan report, the province scorecard and the programme dashboard, built by
 * {@link org.kdk.reporting.report.ReportEngine} and rendered by {@code org.kdk.reporting.render}.
 *
 * <p>Reports hold codes and numbers, not formatted text, so that every format and both languages render the
 * same facts. All types are immutable and thread-safe; methods reject {@code null} arguments.
 */
@KdkStyle
package org.kdk.reporting.report;

import org.kdk.core.style.KdkStyle;
