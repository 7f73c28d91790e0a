package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class CommissionRecordRuleTest {
  private final CommissionRecordRule rule = new CommissionRecordRule();

  @Test
  void accepts_a_commission_with_term_and_founding_decision() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K").term(DateRange.ofYears(2015, 2015))
        .foundingDecisionId(Id.of("karar-2015-3")).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void warns_about_a_missing_term() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .foundingDecisionId(Id.of("karar-2015-3")).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-004",
        Severity.WARNING, "equalityCommissions[0].term", "Örnek Eşitlik Komisyonu", "komisyon"));
  }

  @Test
  void warns_about_a_missing_founding_decision() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .term(DateRange.ofYears(2015, 2015)).build()).build();
    assertThat(run(rule, dataset)).singleElement().satisfies(f -> {
      assertFinding(f, "KDK-MECH-004", Severity.WARNING, "equalityCommissions[0].foundingDecisionId",
          "Örnek Eşitlik Komisyonu", "komisyon");
      assertThat(f.getMessage().getEn().orElseThrow()).contains("founding decision");
      assertThat(f.getMessage().getTr()).contains("kuruluş kararı");
    });
  }

  @Test
  void reports_each_missing_item() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K").build()).build();
    List<Finding> findings = run(rule, dataset);
    assertThat(findings).extracting(Finding::getPath)
        .containsExactly("equalityCommissions[0].term", "equalityCommissions[0].foundingDecisionId");
  }

  @Test
  void does_not_expect_records_of_a_commission_only_proposed() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K")
        .addStatusHistory(StatusChange.of(LocalDate.of(2015, 1, 1), MechanismStatus.PROPOSED)).build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void does_not_expect_records_before_the_commission_exists() {
    Dataset later = Dataset.builder().addEqualityCommission(commission("K")
        .addStatusHistory(StatusChange.of(LocalDate.of(2016, 1, 1), MechanismStatus.ESTABLISHED)).build()).build();
    assertThat(run(rule, later)).isEmpty();
    Dataset laterByDate = Dataset.builder().addEqualityCommission(commission("K")
        .establishedOn(LocalDate.of(2016, 1, 1)).build()).build();
    assertThat(run(rule, laterByDate)).isEmpty();
    assertThat(run(rule, laterByDate, LocalDate.of(2016, 1, 1))).hasSize(2);
  }
}
