package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kdk report FILE --kind plan|scorecard|dashboard --format html|md|csv|csv-excel-tr|json}: every kind in every
 * format and both languages, to the standard output or a file, and the mistakes that exit with 2.
 */
class ReportCommandTest {
  /** A format and how its Turkish and English outputs start or say so. */
  record Format(String option, String turkish, String english) {
    static final List<Format> ALL = List.of(
        new Format("html", "<html lang=\"tr\">", "<html lang=\"en\">"),
        new Format("md", "30.06.2015 itibarıyla", "As of 2015-06-30"),
        new Format("csv", "bölüm,tema,kimlik", "section,theme,id"),
        new Format("csv-excel-tr", "\uFEFFbölüm;tema;kimlik", "\uFEFFsection;theme;id"),
        new Format("json", "\"language\" : \"tr\"", "\"language\" : \"en\""));

    String marker(String lang) {
      return lang.equals("tr") ? turkish : english;
    }

    @Override
    public String toString() {
      return option;
    }
  }

  static Stream<Arguments> reports() {
    List<Arguments> all = new ArrayList<>();
    for (String kind : List.of("plan", "scorecard", "dashboard")) {
      for (Format format : Format.ALL) {
        for (String lang : List.of("tr", "en")) {
          all.add(Arguments.of(kind, format, lang));
        }
      }
    }
    return all.stream();
  }

  /** The dataset of a kind: the phase-2 dashboard needs the twelve provinces. */
  static Path dataset(String kind) {
    return kind.equals("dashboard") ? KdkRun.PHASE2 : KdkRun.MARDIN;
  }

  @Nested
  class Every_kind_in_every_format {
    @ParameterizedTest(name = "--kind {0} --format {1} --lang {2}")
    @MethodSource("org.kdk.examples.cli.ReportCommandTest#reports")
    void goes_to_the_standard_output_in_the_language(String kind, Format format, String lang) {
      KdkRun run = KdkRun.of("report", dataset(kind), "--kind", kind, "--format", format, "--lang", lang)
          .assertSucceeded();

      assertThat(run.out()).isNotBlank().contains(format.marker(lang));
      if (format.option().equals("json")) {
        assertThat(run.json().get("kind").asText()).isEqualTo(kind);
      }
    }

    @ParameterizedTest(name = "--kind {0} --format {1} --lang {2}")
    @MethodSource("org.kdk.examples.cli.ReportCommandTest#reports")
    void goes_to_the_file_of_out_with_the_same_text(String kind, Format format, String lang, @TempDir Path dir)
        throws IOException {
      Path file = dir.resolve("reports").resolve(kind + "." + format);

      KdkRun run = KdkRun.of("report", dataset(kind), "--kind", kind, "--format", format, "--lang", lang,
          "--out", file).assertSucceeded();

      assertThat(run.out()).isEmpty();
      assertThat(file).isNotEmptyFile();
      assertThat(Files.readString(file)).isEqualTo(
          KdkRun.of("report", dataset(kind), "--kind", kind, "--format", format, "--lang", lang).out());
    }
  }

  @Nested
  class Choices {
    @Test
    void the_plan_option_picks_the_plan() {
      KdkRun first = KdkRun.of("report", KdkRun.MARDIN, "--kind", "plan", "--format", "md").assertSucceeded();
      KdkRun strategic = KdkRun.of("report", KdkRun.MARDIN, "--kind", "plan", "--format", "md", "--plan",
          "mardin-yesp").assertSucceeded();

      assertThat(first.out()).isEqualTo(KdkRun.of("report", KdkRun.MARDIN, "--kind", "plan", "--format", "md",
          "--plan", "mardin-yeep").out());
      assertThat(strategic.out()).isNotEqualTo(first.out());
    }

    @Test
    void the_province_option_picks_the_province() {
      KdkRun run = KdkRun.of("report", KdkRun.PHASE2, "--kind", "scorecard", "--format", "md", "--province",
          "TR-16", "--lang", "en").assertSucceeded();

      assertThat(run.out()).startsWith("# Bursa (TR-16) — province scorecard");
    }

    @Test
    void the_as_of_option_sets_the_date() {
      KdkRun run = KdkRun.of("report", KdkRun.MARDIN, "--kind", "plan", "--format", "md", "--lang", "en",
          "--as-of", "2013-12-31").assertSucceeded();

      assertThat(run.out()).contains("As of 2013-12-31");
    }

    @Test
    void format_names_are_case_insensitive_and_markdown_is_md() {
      String md = KdkRun.of("report", KdkRun.MARDIN, "--kind", "plan", "--format", "md").out();

      assertThat(KdkRun.of("report", KdkRun.MARDIN, "--kind", "PLAN", "--format", "Markdown").out()).isEqualTo(md);
    }
  }

  static Stream<Arguments> mistakes() {
    String mardin = KdkRun.MARDIN.toString();
    return Stream.of(
        Arguments.of(List.of(mardin, "--kind", "plan", "--format", "md", "--plan", "nope"), "nope"),
        Arguments.of(List.of(mardin, "--kind", "plan", "--format", "md", "--plan", "../etc/passwd"), "../etc/passwd"),
        Arguments.of(List.of(mardin, "--kind", "scorecard", "--format", "md", "--province", "TR-99"), "TR-99"),
        Arguments.of(List.of(mardin, "--kind", "scorecard", "--format", "md", "--province", "Mardin"), "Mardin"),
        Arguments.of(List.of(mardin, "--kind", "plan", "--format", "pdf"), "'pdf'"),
        Arguments.of(List.of(mardin, "--kind", "budget", "--format", "md"), "'budget'"),
        Arguments.of(List.of(mardin, "--kind", "dashboard", "--format", "md", "--phase", "7"), "phase 7"),
        Arguments.of(List.of(mardin, "--kind", "plan", "--format", "md", "--as-of", "30.06.2015"), "'30.06.2015'"),
        Arguments.of(List.of(mardin, "--format", "md"), "--kind"),
        Arguments.of(List.of(mardin, "--kind", "plan"), "--format"),
        Arguments.of(List.of("--kind", "plan", "--format", "md"), "FILE"),
        Arguments.of(List.of("missing.json", "--kind", "plan", "--format", "md"), "missing.json"));
  }

  @Nested
  class Mistakes {
    @ParameterizedTest(name = "report {0}")
    @MethodSource("org.kdk.examples.cli.ReportCommandTest#mistakes")
    void are_one_line_naming_the_culprit_and_exit_code_2(List<String> arguments, String culprit) {
      KdkRun run = KdkRun.of("report", arguments).assertUserError();

      assertThat(run.err()).contains(culprit);
      assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource({"tr, Okunamayan belge", "en, Unreadable document"})
    void an_unreadable_file_is_one_line_in_the_language_and_exit_code_2(String lang, String problem) {
      KdkRun run = KdkRun.of("report", "missing.json", "--kind", "plan", "--format", "md", "--lang", lang)
          .assertUserError();

      assertThat(run.err()).contains("missing.json").contains(problem);
    }

    @Test
    void a_plan_report_of_a_dataset_without_plans_is_one_line_and_exit_code_2(@TempDir Path dir) throws IOException {
      Path noPlans = Files.writeString(dir.resolve("empty.json"), "{\"format\": \"kdk-dataset\", \"version\": 1}");

      assertThat(KdkRun.of("report", noPlans, "--kind", "plan", "--format", "md").assertUserError().err())
          .contains("holds no plan");
    }

    @Test
    void an_out_that_is_a_folder_is_one_line_and_exit_code_2(@TempDir Path dir) {
      KdkRun run = KdkRun.of("report", KdkRun.MARDIN, "--kind", "plan", "--format", "md", "--out", dir)
          .assertUserError();

      assertThat(run.err()).contains("cannot write " + dir);
    }
  }
}
