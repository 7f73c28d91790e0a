package org.kdk.examples.cli;

import java.io.Console;
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
    this.terminal = isTerminal(System.console());
    this.label = label;
    this.total = Math.max(total, 1);
  }

  /**
   * Whether the console is a terminal. Up to Java 21 there is a console only on a terminal; from Java 22
   * {@code System.console()} also returns one when the output is piped, and {@code Console.isTerminal()} tells.
   */
  static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
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
