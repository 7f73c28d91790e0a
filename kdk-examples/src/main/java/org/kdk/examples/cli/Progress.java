package org.kdk.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on a terminal: a line on standard error rewritten in place. Silent when the output is
 * piped or redirected, so scripts and logs stay clean.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final String label;
  private final int total;
  private int lastPercent = -1;

  Progress(PrintWriter err, String label, int total) {
    this.err = err;
    this.terminal = System.console() != null;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  void update(int done) {
    if (!terminal) {
      return;
    }
    int percent = (int) (100L * done / total);
    if (percent != lastPercent) {
      lastPercent = percent;
      err.print(String.format(Locale.ROOT, "\r%s %3d%% (%d/%d)", label, percent, done, total));
      err.flush();
    }
  }

  void finish() {
    if (terminal && lastPercent >= 0) {
      err.println();
      err.flush();
    }
  }
}
