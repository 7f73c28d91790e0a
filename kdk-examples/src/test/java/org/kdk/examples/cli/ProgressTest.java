package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress of a long run: shown on a terminal only, so piped output and logs stay clean. */
class ProgressTest {
  @Test
  void the_streams_of_a_test_are_not_a_terminal() {
    assertThat(Progress.isTerminal(System.console())).isFalse();
    assertThat(Progress.isTerminal(null)).isFalse();
  }

  @Test
  void prints_nothing_when_not_on_a_terminal() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), "kdk generate", 3);

    progress.update(1);
    progress.update(3);
    progress.finish();

    assertThat(err).hasToString("");
  }
}
