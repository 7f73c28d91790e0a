package org.kdk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.testing.Datasets;

class KdkValidatorTest {

  /** A user's own rule: every plan title must start with "Plan". */
  static final class TitleRule implements Rule {
    @Override
    public String getId() {
      return "ACME-001";
    }

    @Override
    public Severity getDefaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Basis getBasis() {
      return Basis.of(BasisKind.PROGRAMME_PRACTICE, "Belediyemizin yazım kuralı", "Our municipality's style rule");
    }

    @Override
    public LocalizedText getTitle() {
      return LocalizedText.of("Plan adı", "Plan title");
    }

    @Override
    public void check(RuleContext context) {
      for (int i = 0; i < context.dataset().getPlans().size(); i++) {
        String title = context.dataset().getPlans().get(i).getTitle();
        if (!title.startsWith("Belediye")) {
          context.report("plans[" + i + "].title", LocalizedText.of("Ad: " + title, "Title: " + title),
              LocalizedText.of("Düzeltin.", "Fix it."));
        }
      }
    }
  }

  /** A broken rule: it throws. */
  static final class ThrowingRule implements Rule {
    @Override
    public String getId() {
      return "ACME-002";
    }

    @Override
    public Severity getDefaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Basis getBasis() {
      return Basis.of(BasisKind.DATA_QUALITY, "Deneme", "Test");
    }

    @Override
    public LocalizedText getTitle() {
      return LocalizedText.of("Bozuk", "Broken");
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @Nested
  class Reports {
    @Test
    void collects_every_finding_of_a_user_rule_not_just_the_first() {
      ValidationReport report = KdkValidator.standard().withRule(new TitleRule())
          .validate(Datasets.small(), Datasets.AS_OF);
      assertThat(report.findingsOf("ACME-001")).extracting(Finding::getPath)
          .containsExactly("plans[0].title", "plans[1].title");
      assertThat(report.findingsOf("ACME-001")).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
      assertThat(report.getSubject()).isEqualTo("small");
      assertThat(report.getProfile()).isEqualTo("current-law");
    }

    @Test
    void a_profile_switches_a_rule_off_or_changes_its_severity() {
      KdkValidator validator = KdkValidator.standard().withRule(new TitleRule());
      assertThat(validator.withProfile(validator.profile().withRuleDisabled("ACME-001"))
          .validate(Datasets.small(), Datasets.AS_OF).findingsOf("ACME-001")).isEmpty();
      ValidationReport raised = validator.withProfile(validator.profile().withSeverity("ACME-001", Severity.ERROR))
          .validate(Datasets.small(), Datasets.AS_OF);
      assertThat(raised.findingsOf("ACME-001")).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
      assertThat(raised.isAcceptable()).isFalse();
    }

    @Test
    void a_profile_change_leaves_the_original_profile_unchanged() {
      var profile = Profiles.currentLaw();
      profile.withRuleDisabled("ACME-001");
      assertThat(profile.settingOf("ACME-001").isEnabled()).isTrue();
    }

    @Test
    void refuses_a_second_rule_with_the_same_id() {
      assertThatThrownBy(() -> KdkValidator.standard().withRule(new TitleRule()).withRule(new TitleRule()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACME-001");
    }

    @Test
    void turns_a_throwing_rule_into_a_finding_instead_of_crashing() {
      ValidationReport report = KdkValidator.standard().withRule(new ThrowingRule())
          .validate(Datasets.small(), Datasets.AS_OF);
      assertThat(report.findingsOf("ACME-002")).singleElement()
          .satisfies(f -> assertThat(f.getMessage().get(Locale.ENGLISH)).contains("boom"));
    }

    @Test
    void validates_a_single_plan_and_prints_readably_in_both_languages() {
      ValidationReport report = KdkValidator.standard().withRule(new TitleRule())
          .validate(Datasets.thinPlan("p9", "TR-47"), Datasets.AS_OF);
      assertThat(report.getSubject()).isEqualTo("p9");
      assertThat(report.toString()).startsWith("Validation of p9 as of 2015-06-30 (profile current-law)");
      assertThat(report.format(Locale.forLanguageTag("tr"))).startsWith("p9 doğrulaması, 2015-06-30 itibarıyla")
          .contains("Uyarı ACME-001 plans[0].title: Ad: Plan p9");
    }

    @Test
    void sorts_errors_first_and_counts_by_severity() {
      ValidationReport report = KdkValidator.standard().withRule(new TitleRule())
          .validate(Datasets.small(), Datasets.AS_OF);
      List<Severity> order = report.getFindings().stream().map(Finding::getSeverity).collect(Collectors.toList());
      assertThat(order).isSorted();
      assertThat(report.counts().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(report.getFindings().size());
    }

    @Test
    void a_report_is_data_that_survives_a_json_round_trip() throws Exception {
      ValidationReport report = KdkValidator.standard().withRule(new TitleRule())
          .validate(Datasets.small(), Datasets.AS_OF);
      String json = KdkJson.strict().write(report);
      assertThat(KdkJson.strict().read(json, ValidationReport.class)).isEqualTo(report);
      assertThat(new ObjectMapper().readTree(json).get("findings").get(0).has("ruleId")).isTrue();
    }
  }

  @Nested
  class Concurrency {
    @Test
    void one_validator_shared_by_eight_threads_gives_the_same_reports_as_sequential_use() throws Exception {
      KdkValidator validator = KdkValidator.of(Profiles.phase2Programme()).withRule(new TitleRule());
      List<Dataset> datasets = IntStream.range(0, 200)
          .mapToObj(i -> Dataset.builder().title("d" + i).addPlan(Datasets.thinPlan("p" + i, i % 2 == 0 ? "TR-47" : "TR-36"))
              .build())
          .collect(Collectors.toList());
      List<ValidationReport> sequential = datasets.stream().map(d -> validator.validate(d, Datasets.AS_OF))
          .collect(Collectors.toList());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<ValidationReport>> futures = datasets.stream()
            .map(d -> pool.submit(() -> validator.validate(d, Datasets.AS_OF))).collect(Collectors.toList());
        for (int i = 0; i < datasets.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
