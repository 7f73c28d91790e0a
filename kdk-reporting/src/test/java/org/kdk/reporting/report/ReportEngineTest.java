package org.kdk.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.reporting.report.ReportData.date;
import static org.kdk.reporting.report.ReportData.id;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.json.KdkJson;
import org.kdk.reporting.disclosure.DisclosurePolicy;
import org.kdk.reporting.progress.ProgressCalculator;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.profile.Profiles;

class ReportEngineTest {
  final ReportEngine engine = ReportEngine.standard();

  static Dataset mardinFromJson() throws IOException {
    try (InputStream in = ReportEngineTest.class.getResourceAsStream("/org/kdk/core/golden/mardin-core.json")) {
      assertThat(in).as("the Mardin golden file of kdk-core's test jar").isNotNull();
      return KdkJson.strict().readDataset(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Every report of the engine for {@code dataset} on {@code asOf}, as one list. */
  static List<Object> allReports(ReportEngine engine, Dataset dataset, LocalDate asOf) {
    List<Object> reports = new ArrayList<>();
    for (var plan : dataset.getPlans()) {
      reports.add(engine.planReport(dataset, plan.getId(), asOf));
    }
    reports.add(engine.scorecard(dataset, "TR-47", asOf));
    reports.add(engine.scorecard(dataset, "TR-36", asOf));
    reports.add(engine.dashboard(dataset, 2, asOf));
    reports.add(engine.dashboard(dataset, 3, asOf));
    return reports;
  }

  @Nested
  class Construction {
    @Test
    void the_standard_engine_uses_the_default_calculator_policy_and_current_law() {
      assertThat(engine.calculator()).isSameAs(ProgressCalculator.standard());
      assertThat(engine.disclosure()).isEqualTo(DisclosurePolicy.defaults());
      assertThat(engine.validator().profile().getName()).isEqualTo(Profiles.currentLaw().getName());
      assertThat(ReportEngine.standard()).isSameAs(engine);
    }

    @Test
    void an_engine_can_be_made_of_other_parts() {
      KdkValidator phase2 = KdkValidator.of(Profiles.phase2Programme());
      ReportEngine custom = ReportEngine.of(ProgressCalculator.standard(), DisclosurePolicy.of(3), phase2);
      assertThat(custom.disclosure().getThreshold()).isEqualTo(3);
      assertThat(custom.scorecard(MardinDataset.build(), "TR-47", date(2015, 6, 30)).getFindings().getProfile())
          .isEqualTo(Profiles.phase2Programme().getName());
    }

    @Test
    void rejects_missing_arguments() {
      Dataset mardin = MardinDataset.build();
      assertThatThrownBy(() -> ReportEngine.of(null, DisclosurePolicy.defaults(), KdkValidator.standard()))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("calculator");
      assertThatThrownBy(() -> engine.planReport(mardin, id("mardin-yeep"), null))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
      assertThatThrownBy(() -> engine.scorecard(null, "TR-47", date(2015, 1, 1)))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("dataset");
      assertThatThrownBy(() -> engine.dashboard(mardin, 2, null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Determinism {
    @Test
    void the_same_input_twice_gives_equal_reports_and_identical_json() {
      LocalDate asOf = date(2015, 6, 30);
      List<Object> first = allReports(engine, MardinDataset.build(), asOf);
      List<Object> second = allReports(engine, MardinDataset.build(), asOf);
      assertThat(second).isEqualTo(first);
      for (int i = 0; i < first.size(); i++) {
        assertThat(KdkJson.strict().write(second.get(i))).isEqualTo(KdkJson.strict().write(first.get(i)));
      }
    }

    @Test
    void a_dataset_read_from_json_reports_as_the_one_built_in_code() throws IOException {
      LocalDate asOf = date(2014, 6, 30);
      assertThat(allReports(engine, mardinFromJson(), asOf)).isEqualTo(allReports(engine, MardinDataset.build(), asOf));
    }

    @Test
    void reports_are_written_and_read_back_as_json() {
      for (Object report : allReports(engine, MardinDataset.build(), date(2015, 6, 30))) {
        String json = KdkJson.strict().write(report);
        assertThat(KdkJson.strict().read(json, report.getClass().getSuperclass())).as(json).isEqualTo(report);
      }
    }
  }

  @Nested
  class Threads {
    @Test
    void one_engine_shared_by_eight_threads_reports_as_sequential_use() throws Exception {
      List<Dataset> datasets = List.of(MardinDataset.build(), mardinFromJson(), Dataset.empty(),
          ReportEngineDashboardTest.programme());
      List<LocalDate> dates = new ArrayList<>();
      for (LocalDate d = date(2012, 1, 1); d.isBefore(date(2017, 1, 1)); d = d.plusMonths(7)) {
        dates.add(d);
      }
      List<Callable<List<Object>>> tasks = new ArrayList<>();
      for (Dataset dataset : datasets) {
        for (LocalDate asOf : dates) {
          tasks.add(() -> allReports(engine, dataset, asOf));
        }
      }
      List<List<Object>> sequential = new ArrayList<>();
      for (Callable<List<Object>> task : tasks) {
        sequential.add(task.call());
      }

      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Object>>> futures = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
          for (Callable<List<Object>> task : tasks) {
            futures.add(pool.submit(task));
          }
        }
        for (int i = 0; i < futures.size(); i++) {
          assertThat(futures.get(i).get(2, TimeUnit.MINUTES)).isEqualTo(sequential.get(i % tasks.size()));
        }
      } finally {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
      }
    }
  }

  @Nested
  class NoteTexts {
    @Test
    void every_note_has_a_turkish_and_an_english_text() {
      Texts notes = Texts.of(ReportEngine.class, "Notes");
      assertThat(notes.keys(Language.TR)).isEqualTo(notes.keys(Language.EN)).containsExactly("FINDING_WITHHELD",
          "ILLUSTRATIVE", "PERSON_WITHHELD", "SUPPRESSED");
    }
  }
}
