package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.indicator.AgeGroupMeasurement;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.DistrictMeasurement;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;

/**
 * Göstergelerin değerleri — the one walk the indicator rules share: every indicator of every plan
 * ({@code plans[i].indicators[j]}) and every measurement of an indicator — the baseline, each target and each
 * observation; for each the total, women, men, age groups and districts — with its JSON path and a label in
 * Turkish and English ("2014 hedefi (kadın)" / "the target for 2014 (women)").
 *
 * <p>Paths follow the document: a baseline's and a target's value is {@code value}, an observation's is
 * {@code total}; parts are {@code women}, {@code men}, {@code ageGroups[k].value}, {@code districts[k].value}.
 * Stateless; the lists returned are unmodifiable.
 */
final class IndicatorValues {
  private static final Texts LABELS = Texts.of(IndicatorValues.class, "Locations");
  private static final int TEXT_SHOWN = 60;

  private IndicatorValues() {}

  /** Which list of the indicator a record comes from. */
  enum Kind {
    BASELINE,
    TARGET,
    OBSERVATION
  }

  /** Which part of a record a measurement is. */
  enum Part {
    TOTAL,
    WOMEN,
    MEN,
    AGE_GROUP,
    DISTRICT
  }

  /** An indicator of a plan, with the indexes that make its path. */
  record Site(int planIndex, ActionPlan plan, int indicatorIndex, Indicator indicator) {

    /** {@code plans[i].indicators[j]}. */
    String path() {
      return "plans[" + planIndex + "].indicators[" + indicatorIndex + "]";
    }

    /** The indicator's measure. */
    Measure measure() {
      return indicator.getDefinition().getMeasure();
    }

    /** The indicator's id as text, for messages. */
    String id() {
      return indicator.getId().getValue();
    }
  }

  /**
   * One record of an indicator: the baseline, a target or an observation, with its path, its period (empty for
   * the baseline), its label, and its measurements, the total first.
   */
  record Entry(Kind kind, int index, String path, Optional<ReportingPeriod> period, LocalizedText label,
      List<Value> values) {

    /** The measurement for everyone. */
    Value total() {
      return values.get(0);
    }

    /** The measurements of {@code part}, in document order. */
    List<Value> parts(Part part) {
      List<Value> found = new ArrayList<>();
      for (Value value : values) {
        if (value.part() == part) {
          found.add(value);
        }
      }
      return found;
    }
  }

  /**
   * One measurement, with its path and its label in both languages; {@code name} is the age group
   * ({@code 15-24}) or the district ({@code Kızıltepe}) of such a part, empty for the others.
   */
  record Value(Kind kind, Part part, String name, String path, LocalizedText label, Measurement measurement) {}

  /** Every indicator of every plan of {@code dataset}, in document order. */
  static List<Site> sites(Dataset dataset) {
    List<Site> sites = new ArrayList<>();
    List<ActionPlan> plans = dataset.getPlans();
    for (int i = 0; i < plans.size(); i++) {
      List<Indicator> indicators = plans.get(i).getIndicators();
      for (int j = 0; j < indicators.size(); j++) {
        sites.add(new Site(i, plans.get(i), j, indicators.get(j)));
      }
    }
    return Collections.unmodifiableList(sites);
  }

  /** The records of the indicator at {@code site}: the baseline if any, then the targets, then the observations. */
  static List<Entry> entries(Site site) {
    Indicator indicator = site.indicator();
    List<Entry> entries = new ArrayList<>();
    indicator.getBaseline().ifPresent(b -> entries.add(baseline(site.path() + ".baseline", b)));
    List<TargetValue> targets = indicator.getTargets();
    for (int k = 0; k < targets.size(); k++) {
      entries.add(target(site.path() + ".targets[" + k + "]", k, targets.get(k)));
    }
    List<Observation> observations = indicator.getObservations();
    for (int k = 0; k < observations.size(); k++) {
      entries.add(observation(site.path() + ".observations[" + k + "]", k, observations.get(k)));
    }
    return Collections.unmodifiableList(entries);
  }

  /** Every measurement of the indicator at {@code site}, record by record, each record's total first. */
  static List<Value> values(Site site) {
    List<Value> values = new ArrayList<>();
    for (Entry entry : entries(site)) {
      values.addAll(entry.values());
    }
    return Collections.unmodifiableList(values);
  }

  private static Entry baseline(String path, Baseline baseline) {
    LocalizedText label = label("baseline", baseline.getDate());
    List<Value> values = new ArrayList<>();
    values.add(new Value(Kind.BASELINE, Part.TOTAL, "", path + ".value", label, baseline.getValue()));
    addSexes(values, Kind.BASELINE, path, label, baseline.getWomen(), baseline.getMen());
    return new Entry(Kind.BASELINE, 0, path, Optional.empty(), label, Collections.unmodifiableList(values));
  }

  private static Entry target(String path, int index, TargetValue target) {
    LocalizedText label = label("target", target.getPeriod());
    List<Value> values = new ArrayList<>();
    values.add(new Value(Kind.TARGET, Part.TOTAL, "", path + ".value", label, target.getValue()));
    addSexes(values, Kind.TARGET, path, label, target.getWomen(), target.getMen());
    return new Entry(Kind.TARGET, index, path, Optional.of(target.getPeriod()), label,
        Collections.unmodifiableList(values));
  }

  private static Entry observation(String path, int index, Observation observation) {
    LocalizedText label = label("observation", observation.getPeriod());
    List<Value> values = new ArrayList<>();
    values.add(new Value(Kind.OBSERVATION, Part.TOTAL, "", path + ".total", label, observation.getTotal()));
    addSexes(values, Kind.OBSERVATION, path, label, observation.getWomen(), observation.getMen());
    List<AgeGroupMeasurement> ageGroups = observation.getAgeGroups();
    for (int k = 0; k < ageGroups.size(); k++) {
      AgeGroupMeasurement part = ageGroups.get(k);
      values.add(new Value(Kind.OBSERVATION, Part.AGE_GROUP,
          part.getAgeGroup().toString(), path + ".ageGroups[" + k + "].value",
          label("ageGroup", label, part.getAgeGroup()), part.getValue()));
    }
    List<DistrictMeasurement> districts = observation.getDistricts();
    for (int k = 0; k < districts.size(); k++) {
      DistrictMeasurement part = districts.get(k);
      values.add(new Value(Kind.OBSERVATION, Part.DISTRICT, part.getDistrict(),
          path + ".districts[" + k + "].value",
          label("district", label, part.getDistrict()), part.getValue()));
    }
    return new Entry(Kind.OBSERVATION, index, path, Optional.of(observation.getPeriod()), label,
        Collections.unmodifiableList(values));
  }

  private static void addSexes(List<Value> values, Kind kind, String path, LocalizedText label,
      Optional<Measurement> women, Optional<Measurement> men) {
    women.ifPresent(m -> values.add(new Value(kind, Part.WOMEN, "", path + ".women", label("women", label), m)));
    men.ifPresent(m -> values.add(new Value(kind, Part.MEN, "", path + ".men", label("men", label), m)));
  }

  /** The label {@code key} of {@code Locations.properties}; a {@link LocalizedText} argument is taken per language. */
  private static LocalizedText label(String key, Object... arguments) {
    return LocalizedText.of(format(key, Language.TR, arguments), format(key, Language.EN, arguments));
  }

  private static String format(String key, Language language, Object... arguments) {
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = arguments[i] instanceof LocalizedText
          ? ((LocalizedText) arguments[i]).get(language) : arguments[i];
    }
    return LABELS.format(key, language, resolved);
  }

  /** A number as written, without exponent or trailing zeros: {@code 45}, {@code 12.5}. */
  static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A computed number rounded to {@code decimals} places for a message: {@code 66.67}. */
  static String rounded(BigDecimal value, int decimals) {
    return number(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  /**
   * The number {@code number} that {@code measurement} stands for under {@code measure}, as a message shows it:
   * the value as given, or, when it was computed from numerator and denominator, rounded with them beside it:
   * {@code 9.68 (3/31)}.
   */
  static String number(Measurement measurement, Measure measure, BigDecimal number) {
    if (measurement.getValue().isPresent() || !measurement.hasRatio()) {
      return number(number);
    }
    return rounded(number, measure == Measure.RATIO ? 4 : 2) + " (" + number(measurement.getNumerator().get())
        + "/" + number(measurement.getDenominator().get()) + ")";
  }

  /** A measurement as a message shows it: {@code 45}, {@code 31/47}, {@code "metin"}, or several of these. */
  static String show(Measurement measurement) {
    List<String> shown = new ArrayList<>();
    measurement.getValue().ifPresent(v -> shown.add(number(v)));
    if (measurement.hasRatio()) {
      shown.add(number(measurement.getNumerator().get()) + "/" + number(measurement.getDenominator().get()));
    }
    measurement.getText().ifPresent(t -> shown.add("\""
        + (t.length() > TEXT_SHOWN ? t.substring(0, TEXT_SHOWN) + "…" : t) + "\""));
    return String.join(" ", shown);
  }
}
