package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.AS_OF;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Severity;

class CommissionTermRuleTest {
  private final CommissionTermRule rule = new CommissionTermRule();

  private static Dataset withTerm(LocalDate start, LocalDate end) {
    return Dataset.builder().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .term(DateRange.of(start, end)).build()).build();
  }

  @Test
  void accepts_exactly_one_calendar_year() {
    assertThat(run(rule, withTerm(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31)))).isEmpty();
  }

  @Test
  void accepts_a_term_that_ends_on_the_anniversary() {
    assertThat(run(rule, withTerm(LocalDate.of(2013, 4, 1), LocalDate.of(2014, 4, 1)))).isEmpty();
  }

  @Test
  void rejects_a_term_one_day_past_the_anniversary() {
    assertThat(run(rule, withTerm(LocalDate.of(2013, 4, 1), LocalDate.of(2014, 4, 2)))).singleElement()
        .satisfies(f -> assertFinding(f, "KDK-MECH-003", Severity.ERROR, "equalityCommissions[0].term",
            "Örnek Eşitlik Komisyonu", "2013-04-01", "2014-04-02", "367", "12", "2014-04-01"));
  }

  @Test
  void rejects_a_two_year_term() {
    assertThat(run(rule, withTerm(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31)))).singleElement()
        .satisfies(f -> assertFinding(f, "KDK-MECH-003", Severity.ERROR, "equalityCommissions[0].term",
            "2014-12-31", "730"));
  }

  @Test
  void measures_from_a_leap_day() {
    assertThat(run(rule, withTerm(LocalDate.of(2012, 2, 29), LocalDate.of(2013, 2, 28)))).isEmpty();
    assertThat(run(rule, withTerm(LocalDate.of(2012, 2, 29), LocalDate.of(2013, 3, 1)))).hasSize(1);
  }

  @Test
  void skips_a_commission_without_a_term() {
    Dataset dataset = Dataset.builder().addEqualityCommission(commission("K").build()).build();
    assertThat(run(rule, dataset)).isEmpty();
  }

  @Test
  void takes_the_longest_term_from_the_parameter() {
    Dataset twoYears = withTerm(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31));
    assertThat(run(rule, twoYears, AS_OF, "maxMonths", 24)).isEmpty();
    assertThat(run(rule, withTerm(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 7, 2)), AS_OF, "maxMonths", 6))
        .singleElement().satisfies(f -> assertThat(f.getMessage().getEn().orElseThrow()).contains("6 months"));
  }
}
