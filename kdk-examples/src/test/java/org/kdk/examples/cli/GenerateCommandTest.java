package org.kdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;

/**
 * {@code kdk generate --scale N --seed S --out FILE}: a synthetic national dataset, the same for the same seed,
 * quiet when not on a terminal. The tests use {@code --limit} to stay quick.
 */
class GenerateCommandTest {
  @TempDir
  Path dir;

  private KdkRun generate(String file, Object... options) {
    List<Object> arguments = new ArrayList<>(List.of("--out", dir.resolve(file)));
    arguments.addAll(List.of(options));
    return KdkRun.of("generate", arguments);
  }

  @Nested
  class Writing {
    @Test
    void writes_a_dataset_that_reads_back_strictly_and_says_what_it_wrote() {
      KdkRun run = generate("national.json", "--limit", 12, "--seed", 7).assertSucceeded();

      Dataset dataset = KdkJson.strict().readDataset(dir.resolve("national.json"));
      assertThat(dataset.getMunicipalities()).hasSize(12);
      assertThat(dataset.getPlans()).hasSize(12);
      assertThat(run.out()).isEqualTo(dir.resolve("national.json") + ": 12 municipalities, 12 plans"
          + System.lineSeparator());
    }

    @Test
    void the_same_seed_gives_the_same_file_byte_for_byte() throws IOException {
      generate("a.json", "--limit", 5, "--seed", 7).assertSucceeded();
      generate("b.json", "--limit", 5, "--seed", 7).assertSucceeded();

      assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isEqualTo(-1L);
    }

    @Test
    void another_seed_gives_another_file() throws IOException {
      generate("a.json", "--limit", 5, "--seed", 7).assertSucceeded();
      generate("b.json", "--limit", 5, "--seed", 8).assertSucceeded();

      assertThat(Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json"))).isNotEqualTo(-1L);
    }

    @Test
    void creates_the_folders_of_out() {
      generate("deep/er/national.json", "--limit", 1).assertSucceeded();

      assertThat(dir.resolve("deep/er/national.json")).isNotEmptyFile();
    }
  }

  @Nested
  class Progress {
    @Test
    void is_not_shown_when_the_output_is_not_a_terminal() {
      KdkRun run = generate("national.json", "--limit", 40).assertSucceeded();

      assertThat(run.err()).isEmpty();
      assertThat(run.systemErr()).isEmpty();
      assertThat(run.systemOut()).isEmpty();
    }

    @Test
    void is_not_shown_in_a_pipe_of_a_fresh_jvm() throws Exception {
      KdkRun run = KdkRun.inFreshJvm(dir, "generate", "--limit", 40, "--out", dir.resolve("national.json"));

      run.assertSucceeded();
      assertThat(run.out()).contains("40 municipalities");
    }
  }

  @Nested
  class Mistakes {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--scale, 0, --scale must be from 1 to 100: 0", "--scale, 101, --scale must be from 1 to 100: 101",
        "--limit, 0, --limit must be at least 1: 0", "--seed, seven, '--seed'"})
    void a_value_out_of_range_is_one_line_and_exit_code_2(String option, String value, String message) {
      assertThat(generate("national.json", option, value).assertUserError().err()).contains(message);
      assertThat(dir.resolve("national.json")).doesNotExist();
    }

    @Test
    void a_missing_out_is_one_line_and_exit_code_2() {
      assertThat(KdkRun.of("generate", "--limit", 1).assertUserError().err()).contains("--out");
    }

    @Test
    void an_out_that_is_a_folder_is_one_line_and_exit_code_2() {
      assertThat(KdkRun.of("generate", "--limit", 1, "--out", dir).assertUserError().err())
          .contains("cannot write " + dir);
    }
  }
}
