package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kdk demo}: validates the bundled Mardin dataset, writes every report in every format into a folder in the
 * chosen language, and says what it wrote and where to look first.
 */
class DemoCommandTest {
  static final List<String> REPORTS = List.of("scorecard-TR-47", "plan-mardin-yeep", "plan-mardin-yesp",
      "dashboard-phase-2");
  static final List<String> ENDINGS = List.of("html", "md", "csv", "excel-tr.csv", "json");

  /** The files the run says it wrote: the indented lines between the count and the first-look line. */
  static List<Path> listed(KdkRun run) {
    List<String> lines = run.outLines();
    return lines.subList(3, lines.size() - 1).stream().map(line -> Path.of(line.strip()))
        .collect(Collectors.toList());
  }

  @Nested
  class Writing {
    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({
        "tr, Mardin veri kümesi doğrulandı:, KABUL EDİLEBİLİR — 0 hata, '22 dosya yazıldı, klasör ', 'İlk olarak şuna bakın: '",
        "en, Validated the Mardin dataset:, ACCEPTABLE — errors: 0, 'Wrote 22 files to ', 'Look first at: '"})
    void writes_every_report_says_what_and_points_at_the_html_scorecard_first(String lang, String validated,
        String verdict, String wrote, String lookFirst, @TempDir Path dir) {
      Path out = dir.resolve("kdk-demo");

      KdkRun run = KdkRun.of("demo", "--out", out, "--lang", lang).assertSucceeded();

      List<String> lines = run.outLines();
      assertThat(lines.get(0)).isEqualTo(validated);
      assertThat(lines.get(1)).startsWith("  " + verdict);
      assertThat(lines.get(2)).isEqualTo(wrote + out + ":");
      assertThat(lines.get(lines.size() - 1)).isEqualTo(lookFirst + out.resolve("scorecard-TR-47.html"));
      assertThat(listed(run)).hasSize(22).allSatisfy(file -> assertThat(file).startsWith(out).isNotEmptyFile());
    }

    @Test
    void writes_the_validation_and_each_report_in_each_format(@TempDir Path out) {
      KdkRun run = KdkRun.of("demo", "--out", out).assertSucceeded();

      assertThat(listed(run)).contains(out.resolve("validation.txt"), out.resolve("validation.json"));
      for (String report : REPORTS) {
        for (String ending : ENDINGS) {
          assertThat(listed(run)).contains(out.resolve(report + "." + ending));
        }
      }
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"tr, KABUL EDİLEBİLİR, 30.06.2015 itibarıyla", "en, ACCEPTABLE, As of 2015-06-30"})
    void writes_the_files_in_the_chosen_language(String lang, String verdict, String asOf, @TempDir Path out)
        throws IOException {
      KdkRun.of("demo", "--out", out, "--lang", lang).assertSucceeded();

      assertThat(Files.readString(out.resolve("validation.txt"))).contains(verdict);
      assertThat(Files.readString(out.resolve("scorecard-TR-47.html"))).contains("<html lang=\"" + lang + "\">");
      assertThat(Files.readString(out.resolve("dashboard-phase-2.md"))).contains(asOf);
    }

    @Test
    void is_turkish_by_default(@TempDir Path dir) throws IOException {
      KdkRun.of("demo", "--out", dir.resolve("default")).assertSucceeded();
      KdkRun.of("demo", "--out", dir.resolve("tr"), "--lang", "tr").assertSucceeded();

      assertThat(dir.resolve("default").resolve("plan-mardin-yeep.md"))
          .hasSameTextualContentAs(dir.resolve("tr").resolve("plan-mardin-yeep.md"));
    }
  }

  @Nested
  class Mistakes {
    @Test
    void an_out_that_is_a_file_is_one_line_and_exit_code_2(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("kdk-demo"), "not a folder");

      assertThat(KdkRun.of("demo", "--out", file).assertUserError().err()).contains("cannot write");
    }

    @Test
    void an_unknown_language_is_one_line_and_exit_code_2(@TempDir Path dir) {
      KdkRun run = KdkRun.of("demo", "--out", dir, "--lang", "fr").assertUserError();

      assertThat(run.err()).contains("'fr'").contains("(see: kdk demo --help)");
      assertThat(dir).isEmptyDirectory();
    }
  }
}
