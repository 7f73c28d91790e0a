package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.ImmutableIndicator;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.reporting.report.ReportNote;
import org.kdk.reporting.testing.AllReports;
import org.kdk.reporting.testing.AllReports.Rendering;

/**
 * Small counts of a sensitive indicator are withheld in every report, format and language: two datasets that
 * differ only in counts below the disclosure threshold give byte-identical files.
 */
class DisclosureInEveryFormatTest {
  static final ReportEngine ENGINE = ReportEngine.standard();
  /** The fixture's sensitive count of women who turned to the violence prevention centre (threshold 5). */
  static final Id SENSITIVE = Id.of("yeep-g2");
  /** The fixture's sensitive percentage given as numerators over denominators. */
  static final Id PERCENTAGE = Id.of("yeep-g3");

  /**
   * The render fixtures' Mardin with the sensitive count observed as given: in 2013 a total of women and men
   * (one part small), in 2014 a small total.
   */
  static Dataset mardinWith(int women2013, int men2013, int total2014) {
    return mardinObserving(SENSITIVE,
        Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(women2013 + men2013))
            .women(Measurement.of(women2013)).men(Measurement.of(men2013)).build(),
        Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(total2014))
            .women(Measurement.of(total2014)).men(Measurement.of(0)).build());
  }

  /** The fixture's Mardin with its sensitive percentage (from numerators) observed with {@code women} women. */
  static Dataset mardinWithWomen(int women) {
    return mardinObserving(PERCENTAGE, Observation.builder().period(ReportingPeriod.ofYear(2014))
        .total(Measurement.ofRatio(140, 400)).women(Measurement.ofRatio(women, 200))
        .men(Measurement.ofRatio(50, 200)).build());
  }

  /** The fixture's Mardin in which the indicator {@code id} of its action plan has just {@code observations}. */
  static Dataset mardinObserving(Id id, Observation... observations) {
    Dataset mardin = RenderFixtures.mardin();
    ActionPlan plan = mardin.plan(RenderFixtures.PLAN).orElseThrow();
    Indicator indicator = plan.indicator(id).orElseThrow();
    return mardin.withPlan(plan.withIndicator(ImmutableIndicator.copyOf(indicator).withObservations(observations)));
  }

  static List<Rendering> everything(Dataset dataset) {
    return AllReports.rendered(AllReports.of(ENGINE, dataset, RenderFixtures.AS_OF));
  }

  /** Asserts that every report of {@code one} in every format and language is byte for byte that of {@code other}. */
  static void assertSameFiles(Dataset one, Dataset other) {
    List<Rendering> some = everything(one);
    List<Rendering> others = everything(other);
    assertThat(some).hasSize(others.size()).hasSizeGreaterThanOrEqualTo(4 * ReportFormat.values().length * 2);
    for (int i = 0; i < some.size(); i++) {
      assertThat(others.get(i).text()).as("%s", some.get(i)).isEqualTo(some.get(i).text());
    }
  }

  @Nested
  class Counts_below_the_threshold {
    @Test
    void change_no_byte_of_any_report_in_any_format_or_language() {
      assertSameFiles(mardinWith(9, 3, 3), mardinWith(10, 2, 1));
    }

    @Test
    void of_a_percentage_change_no_byte_either() {
      assertSameFiles(mardinWithWomen(3), mardinWithWomen(1));
    }

    @Test
    void are_withheld_with_a_note_saying_so() {
      assertThat(ENGINE.planReport(mardinWith(9, 3, 3), RenderFixtures.PLAN, RenderFixtures.AS_OF).getNotes())
          .extracting(ReportNote::getCode).contains("SUPPRESSED");
    }
  }

  @Nested
  class Counts_at_the_threshold_and_above {
    @Test
    void are_shown_in_the_plan_report_in_every_format_and_language() {
      List<Rendering> some = everything(mardinWith(9, 5, 5));

      List<Rendering> others = everything(mardinWith(8, 6, 6));

      for (int i = 0; i < some.size(); i++) {
        if (some.get(i).report() instanceof PlanReport
            && ((PlanReport) some.get(i).report()).getPlanId().equals(RenderFixtures.PLAN)) {
          assertThat(others.get(i).text()).as("%s", some.get(i)).isNotEqualTo(some.get(i).text());
        }
      }
    }
  }
}
