package org.kdk.examples.walkthrough;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;

/** The walkthrough runs as the tutorial it is, and tells each of its eight steps. */
class WalkthroughTest {
  StringWriter text;
  Dataset dataset;

  @BeforeEach
  void run_the_walkthrough() {
    text = new StringWriter();
    dataset = new Walkthrough(new PrintWriter(text)).run();
  }

  List<String> lines() {
    return text.toString().lines().collect(Collectors.toList());
  }

  @Nested
  class Story {
    @Test
    void tells_eight_numbered_steps_in_order() {
      assertThat(lines()).hasSize(8);
      for (int i = 0; i < 8; i++) {
        assertThat(lines().get(i)).startsWith((i + 1) + ". ");
      }
    }

    @Test
    void starts_with_the_coordination_board_and_the_plan() {
      assertThat(lines().get(0)).isEqualTo(
          "1. A coordination board: Kars İl Kadın Hakları Koordinasyon Kurulu, status on 2013-01-01: ACTIVE");
      assertThat(lines().get(1)).startsWith("2. A local equality action plan: Kars Yerel Eşitlik Eylem Planı")
          .endsWith("state SITUATION_ANALYSIS");
    }

    @Test
    void moves_the_plan_to_drafting_without_changing_the_original() {
      assertThat(lines().get(2)).isEqualTo(
          "3. Drafting: state DRAFTING, history of 2 steps; the original plan is still SITUATION_ANALYSIS");
    }

    @Test
    void shows_a_refused_step_with_its_findings_and_the_plan_unchanged() {
      assertThat(lines().get(3)).startsWith("4. A refused step: ").contains(" findings, first: ")
          .contains("KDK-").endsWith("; the plan is still DRAFTING");
      assertThat(lines().get(3)).doesNotStartWith("4. A refused step: 0 findings");
    }

    @Test
    void records_the_board_approval_and_an_observation() {
      assertThat(lines().get(4)).isEqualTo("5. Board approval: state BOARD_APPROVED with decision 2012/3");
      assertThat(lines().get(5)).isEqualTo("6. An observation: 2014: 5 of 31 seats, 16.1 %");
    }

    @Test
    void ends_with_a_validation_summary_and_a_progress_report() {
      assertThat(lines().get(6)).startsWith("7. Validation: ").containsPattern("errors: \\d+, warnings: \\d+");
      assertThat(lines().get(7)).startsWith("8. Progress: share of the way to the 2015 target in 2014: ")
          .containsPattern("Markdown report of \\d+ lines");
    }
  }

  @Nested
  class Result {
    @Test
    void is_the_dataset_with_the_approved_and_observed_plan() {
      ActionPlan plan = dataset.plan(Id.of("kars-yeep")).orElseThrow();

      assertThat(plan.getState()).isEqualTo(PlanState.BOARD_APPROVED);
      assertThat(plan.getHistory()).hasSize(3);
      assertThat(plan.getIndicators().get(0).getObservations()).hasSize(1);
      assertThat(dataset.getCoordinationBoards()).hasSize(1);
    }

    @Test
    void is_the_same_on_every_run() {
      StringWriter again = new StringWriter();

      assertThat(new Walkthrough(new PrintWriter(again)).run()).isEqualTo(dataset);
      assertThat(again).hasToString(text.toString());
    }
  }

  @Nested
  class Main {
    @Test
    void prints_the_same_story_on_the_standard_output() {
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      PrintStream previous = System.out;
      System.setOut(new PrintStream(captured, true, UTF_8));
      try {
        Walkthrough.main(new String[0]);
      } finally {
        System.setOut(previous);
      }

      assertThat(captured.toString(UTF_8).lines()).containsExactlyElementsOf(lines());
    }
  }
}
