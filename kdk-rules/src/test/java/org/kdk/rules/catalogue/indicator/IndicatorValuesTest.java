package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.BASELINE_DAY;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.dataset;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.ratio;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.AgeGroup;
import org.kdk.core.indicator.AgeGroupMeasurement;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.DistrictMeasurement;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Kind;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Part;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Value;

class IndicatorValuesTest {

  private static Indicator full() {
    return indicator("g2", count())
        .baseline(Baseline.builder().date(BASELINE_DAY).value(n(10)).women(n(4)).men(n(6)).build())
        .addTarget(TargetValue.builder().period(Y2014).value(n(20)).women(n(12)).build())
        .addObservation(Observation.builder().period(Y2013).total(n(15)).men(n(7))
            .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), n(5)))
            .addDistrict(DistrictMeasurement.of("Kızıltepe", n(3)))
            .build())
        .build();
  }

  @Test
  void walks_every_indicator_of_every_plan_with_its_path() {
    List<Site> sites = IndicatorValues.sites(dataset(indicator("g1", count()).build(), full()));
    assertThat(sites).extracting(Site::path)
        .containsExactly("plans[0].indicators[0]", "plans[0].indicators[1]");
    assertThat(sites.get(1).id()).isEqualTo("g2");
    assertThat(sites.get(1).measure()).isEqualTo(Measure.COUNT);
  }

  @Test
  void walks_every_measurement_baseline_targets_observations_and_their_parts_in_document_order() {
    Site site = IndicatorValues.sites(dataset(full())).get(0);
    List<Value> values = IndicatorValues.values(site);
    assertThat(values).extracting(Value::path).containsExactly(
        "plans[0].indicators[0].baseline.value",
        "plans[0].indicators[0].baseline.women",
        "plans[0].indicators[0].baseline.men",
        "plans[0].indicators[0].targets[0].value",
        "plans[0].indicators[0].targets[0].women",
        "plans[0].indicators[0].observations[0].total",
        "plans[0].indicators[0].observations[0].men",
        "plans[0].indicators[0].observations[0].ageGroups[0].value",
        "plans[0].indicators[0].observations[0].districts[0].value");
    assertThat(values).extracting(Value::part).containsExactly(Part.TOTAL, Part.WOMEN, Part.MEN, Part.TOTAL,
        Part.WOMEN, Part.TOTAL, Part.MEN, Part.AGE_GROUP, Part.DISTRICT);
    assertThat(values).extracting(Value::kind).containsSequence(Kind.BASELINE, Kind.BASELINE, Kind.BASELINE,
        Kind.TARGET);
    assertThat(values.get(7).name()).isEqualTo("15-24");
    assertThat(values.get(8).name()).isEqualTo("Kızıltepe");
  }

  @Test
  void groups_the_measurements_by_record_with_the_record_period() {
    Site site = IndicatorValues.sites(dataset(full())).get(0);
    var entries = IndicatorValues.entries(site);
    assertThat(entries).extracting(IndicatorValues.Entry::path).containsExactly(
        "plans[0].indicators[0].baseline", "plans[0].indicators[0].targets[0]",
        "plans[0].indicators[0].observations[0]");
    assertThat(entries.get(0).period()).isEmpty();
    assertThat(entries.get(1).period()).contains(Y2014);
    assertThat(entries.get(2).total().measurement()).isEqualTo(n(15));
    assertThat(entries.get(2).parts(Part.MEN)).hasSize(1);
  }

  @Test
  void labels_each_measurement_in_turkish_and_english() {
    List<Value> values = IndicatorValues.values(IndicatorValues.sites(dataset(full())).get(0));
    List<String> english = values.stream().map(v -> v.label().get(Language.EN)).collect(Collectors.toList());
    List<String> turkish = values.stream().map(v -> v.label().get(Language.TR)).collect(Collectors.toList());
    assertThat(english).containsExactly("the baseline (2012-12-31)", "the baseline (2012-12-31) (women)",
        "the baseline (2012-12-31) (men)", "the target for 2014", "the target for 2014 (women)",
        "the actual value for 2013", "the actual value for 2013 (men)",
        "the actual value for 2013 (age group 15-24)", "the actual value for 2013 (district Kızıltepe)");
    assertThat(turkish).containsExactly("başlangıç değeri (2012-12-31)", "başlangıç değeri (2012-12-31) (kadın)",
        "başlangıç değeri (2012-12-31) (erkek)", "2014 hedefi", "2014 hedefi (kadın)", "2013 gerçekleşeni",
        "2013 gerçekleşeni (erkek)", "2013 gerçekleşeni (15-24 yaş grubu)", "2013 gerçekleşeni (Kızıltepe ilçesi)");
  }

  @Test
  void shows_numbers_without_exponents_or_trailing_zeros_and_computed_ones_rounded_with_their_parts() {
    assertThat(IndicatorValues.number(new BigDecimal("1E+5"))).isEqualTo("100000");
    assertThat(IndicatorValues.number(new BigDecimal("12.50"))).isEqualTo("12.5");
    assertThat(IndicatorValues.number(new BigDecimal("0.00"))).isEqualTo("0");
    Measurement third = ratio(1, 3);
    assertThat(IndicatorValues.number(third, Measure.PERCENTAGE, third.toNumber(Measure.PERCENTAGE).get()))
        .isEqualTo("33.33 (1/3)");
    assertThat(IndicatorValues.number(third, Measure.RATIO, third.toNumber(Measure.RATIO).get()))
        .isEqualTo("0.3333 (1/3)");
    assertThat(IndicatorValues.show(Measurement.builder().value(BigDecimal.TEN).numerator(BigDecimal.ONE)
        .denominator(BigDecimal.TEN).text("not").build())).isEqualTo("10 1/10 \"not\"");
  }
}
