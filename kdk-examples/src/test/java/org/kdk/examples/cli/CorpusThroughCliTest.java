package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.corpus.Corpus;

/**
 * kdk-core's corpus of broken and hostile documents through {@code kdk validate}: each file the reader refuses ends
 * the command with exit code 2 and exactly one line on standard error naming the file, in Turkish and in English;
 * each readable file that breaks a rule ends it with exit code 1 and the finding in the report. The files come from
 * kdk-core's test-jar ({@code org/kdk/core/corpus/}); the huge generated documents are kdk-core's to test.
 */
class CorpusThroughCliTest {
  static Stream<Corpus.Entry> unreadableFiles() {
    return Corpus.unreadable().stream().filter(entry -> !entry.isGenerated());
  }

  static Stream<Corpus.Entry> findings() {
    return Corpus.findings().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableFiles")
  void an_unreadable_file_exits_2_with_one_line_naming_it(Corpus.Entry entry, @TempDir Path dir) {
    Path file = entry.writeTo(dir);

    for (String lang : new String[] {"tr", "en"}) {
      KdkRun run = KdkRun.of("validate", "--lang", lang, file).assertUserError();

      assertThat(run.err()).as(lang).startsWith("kdk: " + file + ": ")
          .doesNotContain("\u2028", "\u2029", "\u001b", "\u202e", "com.fasterxml", "[Source");
      assertThat(run.out()).as(lang).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void a_readable_file_that_breaks_a_rule_exits_1_and_reports_it(Corpus.Entry entry, @TempDir Path dir) {
    Path file = entry.writeTo(dir);

    KdkRun run = KdkRun.of("validate", "--lang", "en", file);

    assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(Kdk.RULE_ERRORS);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(entry.problem(), entry.expectedPath());
  }
}
