package org.kdk.examples.cli;

/** {@code --kind plan|scorecard|dashboard}. */
enum ReportKind {
  PLAN,
  SCORECARD,
  DASHBOARD
}
