package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code kdk} command as a whole: version, help of every subcommand, unknown commands, and a quiet output. */
class KdkTest {

  @Nested
  class Version {
    @Test
    void prints_the_sdk_version_and_exits_0() {
      KdkRun run = KdkRun.of("--version").assertSucceeded();

      assertThat(run.out()).matches("kdk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }
  }

  static Stream<Arguments> subcommands() {
    return Stream.of(
        Arguments.of("demo", List.of("--lang", "--out")),
        Arguments.of("validate", List.of("FILE", "--lang", "--format", "--as-of", "--profile", "Exit codes")),
        Arguments.of("report", List.of("FILE", "--kind", "--format", "--plan", "--province", "--phase", "--as-of",
            "--out", "--lang")),
        Arguments.of("rules", List.of("--lang", "--format")),
        Arguments.of("schema", List.of("--help")),
        Arguments.of("generate", List.of("--scale", "--seed", "--out", "--limit")));
  }

  @Nested
  class Help {
    @ParameterizedTest(name = "kdk {0} --help")
    @MethodSource("org.kdk.examples.cli.KdkTest#subcommands")
    void every_subcommand_explains_its_options_and_exits_0(String subcommand, List<String> options) {
      KdkRun run = KdkRun.of(subcommand, "--help").assertSucceeded();

      assertThat(run.out()).startsWith("Usage: kdk " + subcommand).contains(options).contains("--help");
    }

    @ParameterizedTest(name = "kdk help {0}")
    @MethodSource("org.kdk.examples.cli.KdkTest#subcommands")
    void the_help_subcommand_gives_the_same_text(String subcommand, List<String> options) {
      assertThat(KdkRun.of("help", subcommand).assertSucceeded().out())
          .isEqualTo(KdkRun.of(subcommand, "--help").out());
    }

    @Test
    void kdk_alone_lists_every_subcommand_and_exits_0() {
      KdkRun run = KdkRun.of().assertSucceeded();

      assertThat(run.out()).startsWith("Usage: kdk")
          .contains("demo", "validate", "report", "rules", "schema", "generate");
      assertThat(KdkRun.of("--help").out()).isEqualTo(run.out());
    }
  }

  @Nested
  class Mistakes {
    @Test
    void an_unknown_subcommand_is_one_line_that_points_at_the_help() {
      KdkRun run = KdkRun.of("valdate", "datasets/mardin.json").assertUserError();

      assertThat(run.err()).contains("'valdate'").contains("(see: kdk --help)");
    }

    @Test
    void an_unknown_option_names_the_subcommand_help() {
      KdkRun run = KdkRun.of("schema", "--pretty").assertUserError();

      assertThat(run.err()).contains("'--pretty'").contains("(see: kdk schema --help)");
    }
  }

  @Nested
  class LibraryLogging {
    @Test
    void validate_in_this_jvm_prints_nothing_but_its_report() {
      KdkRun run = KdkRun.of("validate", KdkRun.MARDIN).assertSucceeded();

      assertThat(run.out()).doesNotContain("HV0000", "Hibernate Validator", "jboss");
      assertThat(run.systemOut()).isEmpty();
      assertThat(run.systemErr()).isEmpty();
    }

    @Test
    void validate_in_a_fresh_jvm_prints_no_hibernate_validator_banner(@TempDir Path dir) throws Exception {
      KdkRun run = KdkRun.inFreshJvm(dir, "validate", KdkRun.MARDIN.toAbsolutePath()).assertSucceeded();

      assertThat(run.out()).contains("mardin.json:").doesNotContain("HV0000", "Hibernate Validator");
    }
  }
}
