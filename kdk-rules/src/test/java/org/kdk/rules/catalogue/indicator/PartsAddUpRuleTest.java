package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.AgeGroup;
import org.kdk.core.indicator.AgeGroupMeasurement;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.DistrictMeasurement;
import org.kdk.core.indicator.ImmutableObservation;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;

class PartsAddUpRuleTest {
  private final PartsAddUpRule rule = new PartsAddUpRule();

  private static Indicator counted(Observation observation) {
    return indicator("g1", count()).addObservation(observation).build();
  }

  private static ImmutableObservation.Builder total(long total) {
    return Observation.builder().period(Y2013).total(n(total));
  }

  @Nested
  class Passing {
    @Test
    void accepts_women_and_men_adding_up_to_exactly_the_total() {
      assertThat(run(rule, counted(total(100).women(n(60)).men(n(40)).build()))).isEmpty();
    }

    @Test
    void accepts_overlapping_age_groups_whose_sum_may_count_people_twice() {
      Observation overlapping = total(100)
          .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), n(60)))
          .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(18, 30), n(60)))
          .build();
      assertThat(run(rule, counted(overlapping))).isEmpty();
    }

    @Test
    void does_not_sum_percentages() {
      Indicator share = indicator("g1", percentage())
          .addObservation(Observation.builder().period(Y2013).total(n(55)).women(n(60)).men(n(50)).build()).build();
      assertThat(run(rule, share)).isEmpty();
    }

    @Test
    void skips_a_record_without_a_plain_total() {
      Observation textual = Observation.builder().period(Y2013).total(Measurement.ofText("bilinmiyor"))
          .women(n(5)).men(n(6)).build();
      assertThat(run(rule, counted(textual))).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_women_and_men_above_the_total_of_a_count() {
      var findings = run(rule, counted(total(100).women(n(60)).men(n(50)).build()));
      assertOnly(findings, "KDK-IND-005", Severity.ERROR, "plans[0].indicators[0].observations[0].women",
          "g1", "60", "50", "110", "100", "2013");
    }

    @Test
    void reports_women_alone_above_the_total() {
      assertOnly(run(rule, counted(total(100).women(n(120)).build())), "KDK-IND-005", Severity.ERROR,
          "plans[0].indicators[0].observations[0].women", "120", "100");
    }

    @Test
    void reports_men_alone_above_the_total() {
      assertOnly(run(rule, counted(total(100).men(n(101)).build())), "KDK-IND-005", Severity.ERROR,
          "plans[0].indicators[0].observations[0].men", "101", "100");
    }

    @Test
    void reports_disjoint_age_groups_above_the_total() {
      Observation observation = total(100)
          .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), n(50)))
          .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.atLeast(25), n(60)))
          .build();
      assertOnly(run(rule, counted(observation)), "KDK-IND-005", Severity.ERROR,
          "plans[0].indicators[0].observations[0].ageGroups", "15-24: 50", "25+: 60", "110", "100");
    }

    @Test
    void reports_districts_above_the_total() {
      Observation observation = total(100)
          .addDistrict(DistrictMeasurement.of("Kızıltepe", n(70)))
          .addDistrict(DistrictMeasurement.of("Midyat", n(40)))
          .build();
      assertOnly(run(rule, counted(observation)), "KDK-IND-005", Severity.ERROR,
          "plans[0].indicators[0].observations[0].districts", "Kızıltepe: 70", "Midyat: 40", "110");
    }

    @Test
    void reports_the_target_of_an_amount() {
      Indicator money = indicator("g1", definition(Measure.MONEY, "TRY", Direction.INCREASE))
          .addTarget(TargetValue.builder().period(Y2014).value(n(1000)).women(n(800)).men(n(300)).build())
          .build();
      assertOnly(run(rule, money), "KDK-IND-005", Severity.ERROR, "plans[0].indicators[0].targets[0].women",
          "800", "300", "1100", "1000", "2014");
    }
  }
}
