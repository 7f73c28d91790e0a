package org.kdk.examples.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.DatedDataset;
import org.kdk.core.testing.PropertyCheck;
import org.kdk.core.value.Id;
import org.kdk.examples.generate.NationalDatasetGenerator;
import org.kdk.reporting.disclosure.DisclosurePolicy;
import org.kdk.reporting.progress.ProgressCalculator;
import org.kdk.reporting.render.ReportFormat;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.rules.KdkValidator;

/**
 * One validator and one report engine (which uses that validator) shared by eight threads over thousands of
 * documents give exactly what they give used by one thread: the same validation reports and the same reports,
 * byte for byte, in every format. The threads run first, on datasets nobody has used yet (so that every lazy
 * initialisation races), every eighth document twice at once.
 */
class SharedValidatorAndEngineTest {
  static final int GENERATED = 1_900;
  static final int NATIONAL = 100;
  static final int THREADS = 8;

  final KdkValidator validator = KdkValidator.standard();
  final ReportEngine engine = ReportEngine.of(ProgressCalculator.standard(), DisclosurePolicy.defaults(), validator);

  /** A document and the day to use it on. */
  record Document(int index, Dataset dataset, LocalDate asOf) {}

  /** Generated datasets, then one document per municipality of the national synthetic dataset. */
  static List<Document> documents() {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < GENERATED; i++) {
      long seed = PropertyCheck.seedOf(PropertyCheck.DEFAULT_SEED, i);
      DatedDataset generated = DatedDataset.ALL.next(new SplittableRandom(seed));
      documents.add(new Document(i, generated.dataset(), generated.asOf()));
    }
    Dataset national = NationalDatasetGenerator.of(1, 7).limitedTo(NATIONAL).generate();
    for (var plan : national.getPlans()) {
      String base = plan.getId().getValue().replaceFirst("-yeep$", "");
      Predicate<Id> ours = id -> id.getValue().startsWith(base);
      Dataset one = Dataset.builder().title(base)
          .addAllInstitutions(national.getInstitutions().stream().filter(x -> ours.test(x.getId())).toList())
          .addAllMunicipalities(national.getMunicipalities().stream().filter(x -> ours.test(x.getId())).toList())
          .addAllEqualityUnits(national.getEqualityUnits().stream().filter(x -> ours.test(x.getId())).toList())
          .addAllEqualityCommissions(national.getEqualityCommissions().stream().filter(x -> ours.test(x.getId()))
              .toList())
          .addAllDecisions(national.getDecisions().stream().filter(x -> ours.test(x.getId())).toList())
          .addPlans(plan).build();
      documents.add(new Document(documents.size(), one, LocalDate.of(2022, 6, 30)));
    }
    return documents;
  }

  /**
   * What the shared instances say about a document: one of the engine's reports (a plan report, a scorecard
   * or the dashboard, by turns) as JSON and written in a format and language that change from document to
   * document, and, unless the report is a scorecard (whose findings come from the validator), the validation
   * report.
   */
  String everything(Document d) {
    Dataset dataset = d.dataset();
    StringBuilder out = new StringBuilder();
    ReportFormat format = ReportFormat.values()[d.index() % ReportFormat.values().length];
    Language language = Language.values()[d.index() / ReportFormat.values().length % 2];
    int kind = dataset.getPlans().isEmpty() ? 2 : d.index() % 3;
    if (kind != 1) {
      out.append(KdkJson.strict().write(validator.validate(dataset, d.asOf())));
    }
    if (kind == 0) {
      PlanReport report = engine.planReport(dataset, dataset.getPlans().get(0).getId(), d.asOf());
      out.append(KdkJson.strict().write(report)).append(format.write(report, language));
    } else if (kind == 1) {
      String province = dataset.getPlans().get(0).getScope().getProvinceCode();
      ProvinceScorecard report = engine.scorecard(dataset, province, d.asOf());
      out.append(KdkJson.strict().write(report)).append(format.write(report, language));
    } else {
      ProgrammeDashboard report = engine.dashboard(dataset, 3, d.asOf());
      out.append(KdkJson.strict().write(report)).append(format.write(report, language));
    }
    return out.toString();
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes: thousands of reports are too many to keep whole. */
  static String digest(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eight_threads_sharing_one_validator_and_one_engine_give_what_one_thread_gives() throws Exception {
    List<Document> documents = documents();
    assertThat(documents).hasSizeGreaterThanOrEqualTo(2_000);

    // Every document, every eighth one twice at once, in a shuffled order, on eight threads.
    List<Document> order = new ArrayList<>(documents);
    documents.stream().filter(d -> d.index() % 8 == 0).forEach(order::add);
    Collections.shuffle(order, new Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<String>> futures = new ArrayList<>();
    try {
      for (Document d : order) {
        futures.add(pool.submit(() -> digest(everything(d))));
      }
      List<List<String>> parallel = new ArrayList<>();
      documents.forEach(d -> parallel.add(new ArrayList<>()));
      for (int i = 0; i < order.size(); i++) {
        parallel.get(order.get(i).index()).add(futures.get(i).get(5, TimeUnit.MINUTES));
      }

      for (Document d : documents) {
        String sequential = digest(everything(d));
        assertThat(parallel.get(d.index())).as("document %d", d.index()).isNotEmpty()
            .allSatisfy(digest -> assertThat(digest).isEqualTo(sequential));
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }
}
