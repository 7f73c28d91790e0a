package org.kdk.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.core.value.Id;
import org.kdk.core.value.ReportingPeriod;

/** The with… conveniences return changed copies and leave the originals as they were. */
class CopyConveniencesTest {
  final Dataset mardin = MardinDataset.build();
  final ActionPlan yeep = mardin.plan(Id.of("mardin-yeep")).orElseThrow();
  final Indicator indicator = yeep.getIndicators().get(0);

  @Test
  void an_observation_of_a_new_period_is_appended_and_one_of_a_known_period_replaces_it() {
    Observation y2015 = Observation.builder().period(ReportingPeriod.ofYear(2015)).total(Measurement.ofRatio(5, 31)).build();
    Observation y2014 = Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.ofRatio(4, 31)).build();
    assertThat(indicator.withObservation(y2015).getObservations()).hasSize(indicator.getObservations().size() + 1);
    assertThat(indicator.withObservation(y2014).getObservations()).hasSameSizeAs(indicator.getObservations())
        .contains(y2014);
    assertThat(indicator.getObservations()).doesNotContain(y2014, y2015);
  }

  @Test
  void a_plan_takes_an_approval_and_a_replaced_indicator() {
    Approval approval = Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("mardin-ikhkk-2012-1"), LocalDate.of(2013, 2, 1));
    assertThat(yeep.withApproval(approval).getApprovals()).endsWith(approval);
    Indicator changed = indicator.withObservation(Observation.builder().period(ReportingPeriod.ofYear(2013))
        .total(Measurement.ofRatio(2, 31)).build());
    assertThat(yeep.withIndicator(changed).getIndicators()).containsExactly(changed);
    assertThat(yeep.getIndicators()).containsExactly(indicator);
  }

  @Test
  void a_dataset_replaces_a_plan_by_id_or_appends_a_new_one() {
    ActionPlan renamed = yeep.withApproval(yeep.getApprovals().get(0));
    assertThat(mardin.withPlan(renamed).getPlans()).hasSize(2).contains(renamed);
    assertThat(mardin.getPlans()).contains(yeep);
  }
}
